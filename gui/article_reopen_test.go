package gui

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestReopensWhereTheUserLeftOff: the next start opens the last article at
// the sentence that was selected, not at its first unlabelled sentence; an
// article opened for the first time starts at its first unlabelled one.
func TestReopensWhereTheUserLeftOff(t *testing.T) {
	st, _, _ := suggestStore(t) // alice has labelled nothing: sentence 0 is her first unlabelled
	a := test.NewTempApp(t)
	first := newUI(a, st, Options{Annotator: "alice"}, inline, defaultServices())
	if first.selected != 0 {
		t.Fatalf("first start selected sentence index %d, want 0 (the first unlabelled)", first.selected)
	}
	first.selectSentence(7)
	again := newUI(a, st, Options{Annotator: "alice"}, inline, defaultServices())
	if again.selected != 7 {
		t.Errorf("next start selected sentence index %d, want 7 where the user left off", again.selected)
	}
}
