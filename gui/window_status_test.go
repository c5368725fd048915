package gui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/veritag/veritag/data/model"
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

// where is a statusSource that says what it is told.
type where struct {
	annotator               string
	selected, total, tagged int
}

func (w *where) statusLine() (string, int, int, int) {
	return w.annotator, w.selected, w.total, w.tagged
}

func TestStatusBarAlone(t *testing.T) {
	test.NewTempApp(t)
	src := &where{annotator: "bruno", selected: -1}
	helped, hubbed := 0, 0
	s := newStatusBar(src, func() { helped++ }, func() { hubbed++ }, widget.NewLabel("badge"))
	s.update()
	if s.annotator.Text != "Annotator: bruno" || s.position.Text != "" {
		t.Errorf("no article: %q, %q", s.annotator.Text, s.position.Text)
	}
	*src = where{annotator: "bruno", selected: 4, total: 12, tagged: 3}
	s.saved()
	if !strings.HasPrefix(s.saveState.Text, "Saved ✓") || s.position.Text != "Sentence 5 (index 4) of 12 · 3 tagged" {
		t.Errorf("after a save: %q, %q", s.saveState.Text, s.position.Text)
	}
	s.showHub(true, model.HubReport{State: model.HubOffline, Pending: 2}, time.Now())
	if s.hub.text.Text != "Offline — 2 waiting" || len(s.centre.Objects) != 1 || s.centre.Objects[0] == s.saveState {
		t.Errorf("hub indicator %q not beside the save state", s.hub.text.Text)
	}
	test.Tap(s.hub.button)
	s.showHub(false, model.HubReport{}, time.Now())
	if s.centre.Objects[0] != s.saveState {
		t.Error("the hub indicator stays after disconnecting")
	}
	if hubbed != 1 || helped != 0 {
		t.Errorf("hub tapped %d times, help %d; want 1, 0", hubbed, helped)
	}
}
