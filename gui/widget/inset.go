package widget

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
)

// Inset indents text as far as a Label indents its own.
func Inset(o fyne.CanvasObject) fyne.CanvasObject {
	in := theme.Size(theme.SizeNameInnerPadding)
	return container.New(layout.NewCustomPaddedLayout(0, 0, in, in), o)
}

// SetEnabled enables or disables a widget, refreshing it only on change.
func SetEnabled(w fyne.Disableable, on bool) {
	switch {
	case on && w.Disabled():
		w.Enable()
	case !on && !w.Disabled():
		w.Disable()
	}
}
