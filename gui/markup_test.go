package gui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestLabelButtonMarkup pins what a panel label button draws, active and
// not: key badge, name and one-line guideline (testdata/label_button_*.xml).
func TestLabelButtonMarkup(t *testing.T) {
	f := newFakeBackend()
	kursk(f)
	u := newTestUI(t, f)
	b := u.panel.buttons[1] // FACT
	b.setActive(false)
	w := test.NewWindow(b)
	defer w.Close()
	w.Resize(fyne.NewSize(360, 90))
	test.AssertObjectRendersToMarkup(t, "label_button_idle.xml", b)
	b.setActive(true)
	test.AssertObjectRendersToMarkup(t, "label_button_active.xml", b)
}
