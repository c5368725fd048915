package gui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

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

func TestHelpOverlayFitsTheWindow(t *testing.T) {
	test.NewTempApp(t).Settings().SetTheme(&appTheme{variant: themeSystem})
	labels := []model.Label{{Name: "CLAIM", Key: "1"}, {Name: "FACT", Key: "2"}, {Name: "SPECULATION", Key: "3"}}
	for _, size := range []fyne.Size{{Width: 1280, Height: 800}, {Width: 900, Height: 600}} {
		w := test.NewTempWindow(t, widget.NewLabel(""))
		w.SetPadded(false)
		w.Resize(size)
		h := showHelpOverlay(w.Canvas(), labels)
		got, need := h.popup.Content.Size(), h.popup.Content.MinSize()
		if got.Width > size.Width || got.Height > size.Height {
			t.Errorf("at %v the key help is %v, larger than the window", size, got)
		}
		if need.Width > got.Width+1 || need.Height > got.Height+1 {
			t.Errorf("at %v the key help needs %v but has %v: it is cut", size, need, got)
		}
		if !strings.Contains(guitest.Texts(h.popup.Content), "Ctrl+Q") {
			t.Errorf("at %v the key help lost its last keys", size)
		}
		h.hide()
	}
}
