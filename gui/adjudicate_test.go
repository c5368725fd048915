package gui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// adjudicate opens the adjudication window and returns it with functions
// that type into it.
func adjudicate(t *testing.T, u *UI) (*adjudicationView, func(string), func(fyne.KeyName)) {
	t.Helper()
	u.showAdjudication()
	v := u.adjudicator
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
	f := newFakeBackend()
	kurskID, _ := team(f)
	u := newTestUI(t, f)
	v, typeRunes, typeKey := adjudicate(t, u)
	if len(v.queue) != 2 || v.queue[0].Index != 3 || v.queue[1].Index != 1 {
		t.Fatalf("queue %+v, want sentence 3 (three labels) then 1", v.queue)
	}
	if !strings.HasPrefix(v.position.Text, "1 of 2") || v.sentence.Text != u.sents[3].Text {
		t.Errorf("shows %q: %q", v.position.Text, v.sentence.Text)
	}
	votes := texts(v.votes)
	for _, want := range []string{"alice", "bob", "carol", "SPECULATION", "FACT", "CLAIM", "“note by bob”", "Confidence: 3 · high"} {
		if !strings.Contains(votes, want) {
			t.Errorf("votes lack %q:\n%s", want, votes)
		}
	}
	if v.before.Text != u.sents[2].Text || v.after.Text != u.sents[4].Text {
		t.Errorf("context %q / %q", v.before.Text, v.after.Text)
	}

	typeRunes("2")
	if got := f.adjudicated(kurskID, 3); got != "FACT" {
		t.Errorf("stored final label %q, want FACT", got)
	}
	if v.at != 1 || !strings.Contains(v.position.Text, "1 adjudicated") {
		t.Errorf("after deciding: at %d, %q", v.at, v.position.Text)
	}
	if u.adjudged[3] != "FACT" {
		t.Errorf("article view does not show the final label: %v", u.adjudged)
	}
	u.selectSentence(3)
	if !strings.Contains(texts(u.panel.others), "Final label (adjudicated): FACT") {
		t.Errorf("panel: %s", texts(u.panel.others))
	}

	typeRunes("0") // nothing to remove on an undecided item
	typeKey(fyne.KeyDown)
	if v.at != 1 {
		t.Errorf("moved past the end to %d", v.at)
	}
	typeRunes("k")
	if v.at != 0 || !v.buttons[1].active || !strings.Contains(v.verdict.Text, "Adjudicated: FACT") {
		t.Errorf("back on the first item: at %d, verdict %q", v.at, v.verdict.Text)
	}
	typeRunes("0")
	if got := f.adjudicated(kurskID, 3); got != "" || u.adjudged[3] != "" || v.at != 0 {
		t.Errorf("0 left %q (view %q), at %d", got, u.adjudged[3], v.at)
	}
	typeRunes("j")
	if !strings.Contains(v.verdict.Text, "Majority: CLAIM") {
		t.Errorf("verdict %q", v.verdict.Text)
	}
	typeKey(fyne.KeyEscape)
	if u.adjudicator != nil {
		t.Error("Esc did not close the window")
	}
}

func TestAdjudicationEmpty(t *testing.T) {
	f := newFakeBackend()
	doc := kursk(f)
	tagged(f, doc, 0, "FACT")
	u := newTestUI(t, f)
	v, typeRunes, _ := adjudicate(t, u)
	if len(v.queue) != 0 || !strings.Contains(texts(v.win.Content()), "Nothing to adjudicate") {
		t.Errorf("empty queue not said: %s", texts(v.win.Content()))
	}
	typeRunes("1j0")
}
