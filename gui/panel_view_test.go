package gui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/veritag/veritag/data/model"
	vwidget "github.com/veritag/veritag/gui/widget"
)

func TestPanelButtons(t *testing.T) {
	f := newFakeBackend()
	doc := kursk(f)
	u := newTestUI(t, f)
	if len(u.panel.buttons) != 3 || u.panel.buttons[2].Label.Key != "3" {
		t.Fatalf("buttons %+v", u.panel.buttons)
	}
	test.Tap(u.panel.buttons[2])
	mustLabel(t, f, doc, 0, "SPECULATION")
	if u.selected != 1 {
		t.Errorf("tapping a label did not move on: %d", u.selected)
	}
	press(u, "k")
	if !u.panel.buttons[2].Active() || u.panel.buttons[0].Active() {
		t.Error("the panel does not mark the sentence's label")
	}
	if u.panel.sentence.Text != u.sents[0].Text {
		t.Errorf("panel shows %q", u.panel.sentence.Text)
	}
	u.panel.confidence.SetSelected(vwidget.ConfidenceLevels()[1])
	if got := f.label(doc, 0, "alice"); got.Confidence != 2 || got.Label != "SPECULATION" {
		t.Errorf("confidence not stored: %+v", got)
	}
	press(u, "1")
	if got := f.label(doc, 0, "alice"); got.Confidence != 2 || got.Label != "CLAIM" {
		t.Errorf("relabelling lost the confidence: %+v", got)
	}
	press(u, "k")
	test.Tap(u.panel.clear)
	mustLabel(t, f, doc, 0, "")
	if !u.panel.confidence.Disabled() || !u.panel.note.Disabled() {
		t.Error("confidence and note stay enabled without a label")
	}
}

func TestPanelHistoryAndOthers(t *testing.T) {
	f := newFakeBackend()
	doc := kursk(f)
	f.Annotate(context.Background(), model.Annotation{DocID: doc, SentenceIndex: 0, Annotator: "bob", Label: "FACT", Note: "numbers"})
	u := newTestUI(t, f)
	if u.panel.othersBox.Hidden || len(u.panel.others.Objects) != 1 {
		t.Fatal("other annotators' labels not shown")
	}
	press(u, "1")
	press(u, "k2k")
	var lines []string
	for _, o := range u.panel.history.Objects {
		if w, ok := o.(*vwidget.WrapLabel); ok {
			lines = append(lines, w.Text)
		}
	}
	if len(lines) != 3 || !strings.Contains(lines[0], "alice: CLAIM → FACT") || !strings.Contains(lines[2], "bob") {
		t.Errorf("history %q", lines)
	}
	press(u, "j")
	if !u.panel.othersBox.Hidden {
		t.Error("others shown for a sentence nobody else tagged")
	}
}

func TestTagFailureIsShownNotSaved(t *testing.T) {
	f := newFakeBackend()
	kursk(f)
	u := newTestUI(t, f)
	f.fail = errTest
	press(u, "1")
	if _, ok := u.mine[0]; ok {
		t.Error("a tag that failed is shown")
	}
	if u.status.saveState.Text != "Not saved" || u.win.Canvas().Overlays().Top() == nil {
		t.Errorf("failure not reported: %q", u.status.saveState.Text)
	}
}

func TestRowTapSelects(t *testing.T) {
	f := newFakeBackend()
	kursk(f)
	u := newTestUI(t, f)
	u.win.Canvas().Focus(u.search.entry)
	var row *sentenceRow
	for _, r := range onScreen[*sentenceRow](u) {
		if r.id == 3 {
			row = r
		}
	}
	if row == nil {
		t.Fatal("row 3 not on screen")
	}
	test.Tap(row)
	if u.selected != 3 || u.win.Canvas().Focused() != nil {
		t.Errorf("selected %d, focus %v", u.selected, u.win.Canvas().Focused())
	}
}

func TestOutsideChangesAreShown(t *testing.T) {
	f := newFakeBackend()
	doc := kursk(f)
	u := newTestUI(t, f)
	press(u, "1")
	u.db.do(u.checkOutside)
	if u.mine[0].Label != "CLAIM" {
		t.Fatal("own change lost")
	}
	f.Annotate(context.Background(), model.Annotation{DocID: doc, SentenceIndex: 1, Annotator: "alice", Label: "FACT"})
	f.Annotate(context.Background(), model.Annotation{DocID: doc, SentenceIndex: 1, Annotator: "bob", Label: "CLAIM"})
	u.db.do(u.checkOutside)
	if u.mine[1].Label != "FACT" || len(u.others[1]) != 1 || u.progress[doc] != 2 {
		t.Errorf("outside changes not shown: mine %v, others %v, progress %d", u.mine, u.others, u.progress[doc])
	}
	if u.panel.othersBox.Hidden {
		t.Error("the panel does not show bob's label on the selected sentence")
	}
}
