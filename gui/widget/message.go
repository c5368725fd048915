package widget

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// BusyContent says what is being done, with a progress bar.
func BusyContent(what string, bar fyne.CanvasObject) fyne.CanvasObject {
	title := widget.NewLabelWithStyle(what, fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	return container.NewCenter(container.NewVBox(title, container.NewGridWrap(fyne.NewSize(380, bar.MinSize().Height), bar)))
}

// MessageContent is an icon, a bold line and an explanation, centred.
func MessageContent(icon fyne.Resource, title, text string) fyne.CanvasObject {
	t := widget.NewLabelWithStyle(title, fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	body := widget.NewLabelWithStyle(text, fyne.TextAlignCenter, fyne.TextStyle{})
	body.Wrapping = fyne.TextWrapWord
	img := widget.NewIcon(icon)
	return container.NewCenter(container.NewGridWrap(fyne.NewSize(520, 200),
		container.NewVBox(container.NewCenter(container.NewGridWrap(fyne.NewSquareSize(48), img)), t, body)))
}
