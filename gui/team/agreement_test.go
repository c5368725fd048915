package team

import (
	"reflect"
	"strings"
	"testing"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/internal/guitest"
)

func TestAgreementFigures(t *testing.T) {
	data, kurskID, otherID := teamData()
	w, mw := newWindows(t, data)
	w.ShowAgreement()
	v := w.agreement
	if v == nil || v.items == nil {
		t.Fatal("the agreement window shows no result")
	}
	// Worked by hand: 5 items; pairs agreeing per item 1, 1/3, 1, 0, 1;
	// Fleiss' Pe = .6² + (1/3)² + (1/15)²; alpha = 1 - 14·5/118; alice and
	// bob agree on 4 of 5 with chance 11/25.
	got := map[string]string{"items": v.items.Text, "annotators": v.annotators.Text, "percent": v.percent.Text,
		"fleiss": v.fleiss.Text, "alpha": v.alpha.Text}
	want := map[string]string{"items": "5", "annotators": "3", "percent": "66.7%", "fleiss": "0.364", "alpha": "0.407"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("figures %v, want %v", got, want)
	}
	pairs := guitest.Texts(v.pairs)
	if !strings.Contains(pairs, "alice\nbob\n5\n0.643") {
		t.Errorf("Cohen's kappa table:\n%s", pairs)
	}
	if got := guitest.Texts(v.perLabel); !strings.Contains(got, "SPECULATION") {
		t.Errorf("per-label table:\n%s", got)
	}
	wantHeat := [][]int{{7, 3, 1}, {3, 3, 1}, {1, 1, 0}}
	if !reflect.DeepEqual(v.heat.Labels, []string{"CLAIM", "FACT", "SPECULATION"}) || !reflect.DeepEqual(v.heat.Counts, wantHeat) {
		t.Errorf("heat map %v %v, want %v", v.heat.Labels, v.heat.Counts, wantHeat)
	}
	if heat := guitest.Texts(v.heat); !strings.Contains(heat, "7") || !strings.Contains(heat, "SPECULATION") {
		t.Errorf("heat map writes %q", heat)
	}
	docs := v.result.report.Documents
	if len(docs) != 2 || docs[0].DocID != kurskID || docs[1].DocID != otherID {
		t.Fatalf("articles by disagreement %+v", docs)
	}
	v.docs.Select(0)
	if len(mw.opened) != 1 || mw.opened[0] != [2]int64{kurskID, 1} {
		t.Errorf("clicking the most contested article opened %v, want %d at its first conflict 1", mw.opened, kurskID)
	}
	v.win.Close()
	if w.agreement != nil {
		t.Error("closing the window kept the view")
	}
}

func TestAgreementUndefinedAndEmpty(t *testing.T) {
	data := &memData{}
	doc := data.addDoc("Kursk", "The troops fought in Kursk.")
	data.vote(doc, 0, model.Annotation{Annotator: "alice", Label: "FACT"})
	w, _ := newWindows(t, data)
	w.ShowAgreement()
	v := w.agreement
	if v.percent.Text != "undefined" || v.fleiss.Text != "undefined" || v.alpha.Text != "undefined" {
		t.Errorf("with one annotator: %q %q %q, want undefined", v.percent.Text, v.fleiss.Text, v.alpha.Text)
	}
	if got := guitest.Texts(v.win.Content()); !strings.Contains(got, "Nothing to compare yet") {
		t.Errorf("no empty state:\n%s", got)
	}
}

func TestDecimalFormat(t *testing.T) {
	x, y, z := -0.0004, -0.25, 0.5
	if got := coefficient(&x) + " " + coefficient(&y) + " " + percent(&z) + " " + coefficient(nil); got != "0.000 −0.250 50.0% undefined" {
		t.Errorf("got %q", got)
	}
}
