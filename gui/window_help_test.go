package gui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/internal/guitest"
)

func TestHelpOverlayAlone(t *testing.T) {
	test.NewTempApp(t).Settings().SetTheme(&appTheme{variant: themeSystem}) // it has the bold monospace font
	w := test.NewTempWindow(t, nil)
	labels := []model.Label{{Name: "RUMOUR", Key: "1"}, {Name: "QUOTE", Key: "2"}}
	h := showHelpOverlay(w.Canvas(), labels)
	if !h.visible() || w.Canvas().Overlays().Top() != h.popup {
		t.Fatal("the overlay is not shown")
	}
	got := guitest.Texts(h.popup.Content)
	for _, want := range []string{"Keyboard shortcuts", "1 2", "RUMOUR", "QUOTE", "Ctrl+F", "Ctrl+Q"} {
		if !strings.Contains(got, want) {
			t.Errorf("the overlay does not list %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "FACT") {
		t.Error("the overlay lists a label that is not in the set")
	}
	h.hide()
	if h.visible() {
		t.Error("hide left the overlay shown")
	}
}
