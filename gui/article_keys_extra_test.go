package gui

import (
	"testing"
)

func TestShiftDigitsNoteAndNextUntaggedKeys(t *testing.T) {
	f := newFakeBackend()
	kursk(f)
	second := f.addDoc("Second", []string{"One sentence here.", "Another one."})
	u := newTestUI(t, f)
	press(u, "1k@") // tag sentence 1, back to it, Shift+2
	if c := u.mine[0].Confidence; c != 2 {
		t.Errorf("Shift+2 set confidence %d, want 2", c)
	}
	press(u, "#")
	if c := u.mine[0].Confidence; c != 3 {
		t.Errorf("Shift+3 set confidence %d, want 3", c)
	}
	press(u, "n")
	if u.win.Canvas().Focused() != u.panel.note {
		t.Error("n did not put the keyboard in the note field")
	}
	u.win.Canvas().Unfocus()
	press(u, "u")
	if u.selected != 1 {
		t.Errorf("u selected sentence %d, want 1 (the first untagged after the selection)", u.selected)
	}
	for i := 1; i < len(u.sents); i++ {
		u.selectSentence(i)
		press(u, "2")
	}
	u.selectSentence(0)
	press(u, "u")
	if u.doc.ID != second || u.selected != 0 {
		t.Errorf("u in a fully tagged article went to doc %d sentence %d, want the next article's first (doc %d)", u.doc.ID, u.selected, second)
	}
}
