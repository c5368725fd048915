package widget

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// LabelChip is a label's name on a pill of its colour.
func LabelChip(name string, st LabelStyle) fyne.CanvasObject {
	bg := canvas.NewRectangle(st.Fill)
	bg.CornerRadius = theme.Size(theme.SizeNameText)
	t := canvas.NewText(name, st.Ink())
	t.TextStyle.Bold = true
	t.TextSize = theme.Size(theme.SizeNameCaptionText)
	t.Alignment = fyne.TextAlignCenter
	return container.NewStack(bg, container.New(&ChipPad{}, t))
}

// KeyBadge is a label's key on a square of its colour.
func KeyBadge(key string, st LabelStyle) fyne.CanvasObject {
	bg := canvas.NewRectangle(st.Fill)
	bg.CornerRadius = theme.Size(theme.SizeNameInputRadius)
	bg.SetMinSize(fyne.NewSquareSize(theme.Size(theme.SizeNameText) * 2.2))
	text := canvas.NewText(key, st.Ink())
	text.TextStyle.Bold = true
	text.TextSize = theme.Size(theme.SizeNameSubHeadingText)
	text.Alignment = fyne.TextAlignCenter
	return container.NewStack(bg, container.NewCenter(text))
}
