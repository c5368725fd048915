package gui

import (
	"strings"
	"testing"
)

func TestUndoSaysWhatWasUndoneAndWhere(t *testing.T) {
	f := newFakeBackend()
	kursk(f)
	u := newTestUI(t, f)
	press(u, "3") // sentence 1 becomes SPECULATION, the selection moves on
	u.setNote(0, "hedged")
	shortcut(u, scUndo)
	if got := u.status.saveState.Text; !strings.HasPrefix(got, "Undone: note on sentence 1 (index 0)") {
		t.Errorf("undoing a note says %q", got)
	}
	shortcut(u, scUndo)
	if got := u.status.saveState.Text; !strings.HasPrefix(got, "Undone: tag SPECULATION → (none) on sentence 1 (index 0)") {
		t.Errorf("undoing a tag says %q", got)
	}
	if got := u.status.position.Text; !strings.HasPrefix(got, "Sentence 1 (index 0) of ") {
		t.Errorf("the status bar says %q: the GUI's sentence number and veritag-cli's index must both show", got)
	}
}
