package gui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"github.com/veritag/veritag/internal/guitest"
)

// teamWindow finds an open team window by the start of its title.
func teamWindow(t *testing.T, u *UI, title string) fyne.Window {
	t.Helper()
	for _, w := range u.app.Driver().AllWindows() {
		if strings.HasPrefix(w.Title(), title) {
			return w
		}
	}
	t.Fatalf("no %q window", title)
	return nil
}

// TestTeamWindowsReachTheMainWindow checks the wiring of the team windows:
// a final label decided in the adjudication window is stored and shown in
// the article and the panel, Enter opens the sentence in the main window,
// and the agreement window measures the backend's annotations.
func TestTeamWindowsReachTheMainWindow(t *testing.T) {
	f := newFakeBackend()
	kurskID, otherID := teamFixture(f)
	u := newTestUI(t, f)
	u.open(otherID, 0)
	u.team.ShowAdjudication()
	c := teamWindow(t, u, "Adjudication").Canvas()
	c.OnTypedRune()('2') // FACT for sentence 3, the most contested, then on to sentence 1
	if got := f.adjudicated(kurskID, 3); got != "FACT" {
		t.Errorf("stored final label %q, want FACT", got)
	}
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if u.doc.ID != kurskID || u.selected != 1 {
		t.Errorf("Enter opened %d at %d, want %d at 1", u.doc.ID, u.selected, kurskID)
	}
	if u.adjudged[3] != "FACT" {
		t.Errorf("article view does not show the final label: %v", u.adjudged)
	}
	u.selectSentence(3)
	if !strings.Contains(guitest.Texts(u.panel.others), "Final label (adjudicated): FACT") {
		t.Errorf("panel: %s", guitest.Texts(u.panel.others))
	}
	u.team.ShowAgreement()
	if got := guitest.Texts(teamWindow(t, u, "Agreement").Content()); !strings.Contains(got, "66.7%") {
		t.Errorf("agreement window shows:\n%s", got)
	}
}
