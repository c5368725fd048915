package gui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/veritag/veritag/data/model"
)

// helpOverlay lists every key. Any key closes it.
type helpOverlay struct {
	popup *widget.PopUp
}

// visible reports whether the overlay is shown.
func (h *helpOverlay) visible() bool { return h != nil && h.popup != nil && h.popup.Visible() }

// hide closes the overlay.
func (h *helpOverlay) hide() {
	if h.visible() {
		h.popup.Hide()
	}
}

// keyHelp is what the overlay lists for a label set: keys, then what they
// do; first the annotation keys, then the app's.
func keyHelp(labels []model.Label) (annotate, app [][2]string) {
	var keys []string
	for _, l := range labels {
		keys = append(keys, l.Key)
	}
	annotate = [][2]string{
		{"↓  j", lang.L("Next sentence")},
		{"↑  k", lang.L("Previous sentence")},
		{strings.Join(keys, " "), lang.L("Tag the sentence and move to the next")},
	}
	for _, l := range labels {
		annotate = append(annotate, [2]string{l.Key, l.Name})
	}
	annotate = append(annotate, [][2]string{
		{"0  " + lang.L("Delete"), lang.L("Clear the tag")},
		{"Shift+1 2 3", lang.L("Confidence low, medium, high")},
		{"n", lang.L("Write a note (Enter saves, Esc returns)")},
		{"u", lang.L("Next untagged sentence (then the next article)")},
		{"a", lang.L("Accept the suggested label")},
		{"q", lang.L("Next uncertain suggestion")},
		{"PgUp PgDn Home End", lang.L("Move faster")},
		{"Ctrl+Z", lang.L("Undo")},
		{"Ctrl+Shift+Z", lang.L("Redo")},
	}...)
	app = [][2]string{
		{"Ctrl+F", lang.L("Search sentences in all articles")},
		{"Esc", lang.L("Back to the article")},
		{"Ctrl+O", lang.L("Import files")},
		{"Ctrl+E", lang.L("Export")},
		{"Ctrl+H", lang.L("Team hub: connect, see the sync, disconnect")},
		{"Ctrl+B", lang.L("Show or hide the library")},
		{"Ctrl+Shift+B", lang.L("Blind mode: hide or show other annotators' labels")},
		{"Ctrl+Shift+O  Ctrl+M", lang.L("Import folder…") + "  " + lang.L("Merge databases…")},
		{"Ctrl+L  Ctrl+G", lang.L("Labels…") + "  " + lang.L("Annotation guidelines")},
		{"Ctrl+Shift+A  Ctrl+J", lang.L("Agreement…") + "  " + lang.L("Adjudicate…")},
		{"Ctrl+Shift+M", lang.L("Suggestion model and consistency check…")},
		{"Ctrl+,", lang.L("Settings…")},
		{"Ctrl+=  Ctrl+-  Ctrl+0", lang.L("Article text size")},
		{"F1  ?", lang.L("This help")},
		{"Ctrl+Q", lang.L("Quit")},
	}
	return annotate, app
}

// keyTable lays out rows of keys and actions.
func keyTable(rows [][2]string) fyne.CanvasObject {
	grid := container.New(layout.NewFormLayout())
	for _, r := range rows {
		grid.Add(widget.NewLabelWithStyle(r[0], fyne.TextAlignTrailing, fyne.TextStyle{Monospace: true, Bold: true}))
		grid.Add(widget.NewLabel(r[1]))
	}
	return grid
}

// showHelp shows the key overlay.
func (u *UI) showHelp() {
	if !u.help.visible() {
		u.help = showHelpOverlay(u.win.Canvas(), u.labels)
	}
}

// showHelpOverlay shows the keys of a label set and of the app over c.
func showHelpOverlay(c fyne.Canvas, labels []model.Label) *helpOverlay {
	annotate, app := keyHelp(labels)
	h := &helpOverlay{}
	title := widget.NewLabelWithStyle(lang.L("Keyboard shortcuts"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	hint := widget.NewLabelWithStyle(lang.L("Press any key to close"), fyne.TextAlignCenter, fyne.TextStyle{Italic: true})
	closeBtn := widget.NewButton(lang.L("Close"), h.hide)
	bottom := container.NewVBox(hint, container.NewCenter(closeBtn))
	left, right := keyTable(annotate), keyTable(app)
	var tables fyne.CanvasObject = container.NewHBox(left, widget.NewSeparator(), right)
	room := c.Size().Subtract(fyne.NewSquareSize(4 * theme.Padding()))
	if room.Width > 0 && tables.MinSize().Width > room.Width { // a narrow window: one column
		tables = container.NewVBox(left, widget.NewSeparator(), right)
	}
	h.popup = widget.NewModalPopUp(container.NewBorder(title, bottom, nil, nil, container.NewVScroll(tables)), c)
	want := tables.MinSize().AddWidthHeight(2*theme.Padding(), title.MinSize().Height+bottom.MinSize().Height+4*theme.Padding())
	if room.Width > 0 && room.Height > 0 { // scrolls when the window is lower than the keys
		want = fyne.NewSize(min(want.Width, room.Width), min(want.Height, room.Height))
	}
	h.popup.Resize(want)
	h.popup.Show()
	return h
}
