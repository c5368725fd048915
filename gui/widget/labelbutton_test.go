package widget

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/veritag/veritag/data/model"
)

// TestLabelButtonMarkup pins what a label button draws, active and not:
// key badge, name and one-line guideline (testdata/label_button_*.xml).
func TestLabelButtonMarkup(t *testing.T) {
	test.NewTempApp(t)
	styles := NewLabelStyles(model.DefaultLabels)
	look := func(name string) LabelStyle { return styles[name] }
	tapped := 0
	b := NewLabelButton(model.DefaultLabels[1], look, func() bool { return false }, func() float32 { return 297 }, func() { tapped++ })
	w := test.NewWindow(b)
	defer w.Close()
	w.Resize(fyne.NewSize(360, 90))
	test.AssertObjectRendersToMarkup(t, "label_button_idle.xml", b)
	b.SetActive(true)
	if !b.Active() {
		t.Error("SetActive(true) left the button inactive")
	}
	test.AssertObjectRendersToMarkup(t, "label_button_active.xml", b)
	test.Tap(b)
	b.Disable()
	test.Tap(b)
	if tapped != 1 {
		t.Errorf("%d taps ran the action, want 1 (the disabled button does nothing)", tapped)
	}
}
