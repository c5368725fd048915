package team

import (
	"strings"
	"testing"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/internal/guitest"

	"fyne.io/fyne/v2"
)

// adjudicate opens the adjudication window and returns it with functions
// that type into it.
func adjudicate(t *testing.T, w *Windows) (*adjudicationView, func(string), func(fyne.KeyName)) {
	t.Helper()
	w.ShowAdjudication()
	v := w.adjudicator
	if v == nil {
		t.Fatal("no adjudication window")
	}
	c := v.win.Canvas()
	typeRunes := func(s string) {
		for _, r := range s {
			c.OnTypedRune()(r)
		}
	}
	return v, typeRunes, func(k fyne.KeyName) { c.OnTypedKey()(&fyne.KeyEvent{Name: k}) }
}

func TestAdjudicationQueue(t *testing.T) {
	data, kurskID, _ := teamData()
	w, mw := newWindows(t, data)
	sents := data.docs[kurskID-1].Sentences
	v, typeRunes, typeKey := adjudicate(t, w)
	if len(v.queue) != 2 || v.queue[0].Index != 3 || v.queue[1].Index != 1 {
		t.Fatalf("queue %+v, want sentence 3 (three labels) then 1", v.queue)
	}
	if !strings.HasPrefix(v.position.Text, "1 of 2") || v.sentence.Text != sents[3].Text {
		t.Errorf("shows %q: %q", v.position.Text, v.sentence.Text)
	}
	votes := guitest.Texts(v.votes)
	for _, want := range []string{"alice", "bob", "carol", "SPECULATION", "FACT", "CLAIM", "“note by bob”", "Confidence: 3 · high"} {
		if !strings.Contains(votes, want) {
			t.Errorf("votes lack %q:\n%s", want, votes)
		}
	}
	if v.before.Text != sents[2].Text || v.after.Text != sents[4].Text {
		t.Errorf("context %q / %q", v.before.Text, v.after.Text)
	}

	typeRunes("2")
	if got := data.adjudicated(kurskID, 3); got != "FACT" {
		t.Errorf("stored final label %q, want FACT", got)
	}
	if v.at != 1 || !strings.Contains(v.position.Text, "1 adjudicated") {
		t.Errorf("after deciding: at %d, %q", v.at, v.position.Text)
	}
	if mw.adjudicated[[2]int64{kurskID, 3}] != "FACT" || mw.wrote != 1 {
		t.Errorf("the main window was not told of the final label: %v, %d writes", mw.adjudicated, mw.wrote)
	}

	typeRunes("0") // nothing to remove on an undecided item
	typeKey(fyne.KeyDown)
	if v.at != 1 {
		t.Errorf("moved past the end to %d", v.at)
	}
	typeRunes("k")
	if v.at != 0 || !v.buttons[1].Active() || !strings.Contains(v.verdict.Text, "Adjudicated: FACT") {
		t.Errorf("back on the first item: at %d, verdict %q", v.at, v.verdict.Text)
	}
	typeRunes("0")
	if got := data.adjudicated(kurskID, 3); got != "" || mw.adjudicated[[2]int64{kurskID, 3}] != "" || v.at != 0 {
		t.Errorf("0 left %q (main window told %q), at %d", got, mw.adjudicated[[2]int64{kurskID, 3}], v.at)
	}
	typeRunes("j")
	if !strings.Contains(v.verdict.Text, "Majority: CLAIM") {
		t.Errorf("verdict %q", v.verdict.Text)
	}
	typeKey(fyne.KeyReturn)
	if len(mw.opened) != 1 || mw.opened[0] != [2]int64{kurskID, 1} {
		t.Errorf("Enter opened %v, want sentence 1 of %d", mw.opened, kurskID)
	}
	typeKey(fyne.KeyEscape)
	if w.adjudicator != nil {
		t.Error("Esc did not close the window")
	}
}

func TestAdjudicationEmpty(t *testing.T) {
	data := &memData{}
	doc := data.addDoc("Kursk", "The troops fought in Kursk.")
	data.vote(doc, 0, model.Annotation{Annotator: "alice", Label: "FACT"})
	w, _ := newWindows(t, data)
	v, typeRunes, _ := adjudicate(t, w)
	if len(v.queue) != 0 || !strings.Contains(guitest.Texts(v.win.Content()), "Nothing to adjudicate") {
		t.Errorf("empty queue not said: %s", guitest.Texts(v.win.Content()))
	}
	typeRunes("1j0")
}
