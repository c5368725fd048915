package widget

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Heading is a bold section title.
func Heading(s string) fyne.CanvasObject {
	return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// Caption is small explanatory text that wraps.
func Caption(s string) fyne.CanvasObject {
	l := SmallText(s)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// SmallText is a label in the caption size.
func SmallText(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.SizeName = theme.SizeNameCaptionText
	return l
}

// Wrapped is a label that wraps its text.
func Wrapped(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// ConfidenceLevels are the confidence choices, 1 to 3.
func ConfidenceLevels() []string {
	return []string{lang.L("1 · low"), lang.L("2 · medium"), lang.L("3 · high")}
}
