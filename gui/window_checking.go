package gui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// ShowChecking shows, in a small window of its own, that the database
// name of size bytes is read whole before it opens (it changed since
// Veritag last saw it), so a long wait is not taken for a hang. The caller
// closes the window when the database is open.
func ShowChecking(a fyne.App, name string, size int64) fyne.Window {
	w := smallWindow(a)
	title := widget.NewLabelWithStyle(lang.L("Checking {{.Name}} ({{.Size}}) before opening it…",
		map[string]any{"Name": name, "Size": fmt.Sprintf("%.0f MB", float64(size)/(1<<20))}), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	why := widget.NewLabel(lang.L("It changed since Veritag last opened it, so every page is read once to be sure it is sound."))
	why.Wrapping = fyne.TextWrapWord
	w.SetContent(container.NewBorder(title, widget.NewProgressBarInfinite(), container.NewVBox(widget.NewIcon(theme.StorageIcon())), nil, why))
	w.Resize(fyne.NewSize(560, 160))
	w.Show()
	return w
}
