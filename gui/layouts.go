package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// sideWidth gives a side region (library, panel) a width that follows the
// text size, and all the height.
type sideWidth struct {
	u     *UI
	width float32
}

// Layout fills the space.
func (s *sideWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(size)
	}
}

// MinSize is the side width.
func (s *sideWidth) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(s.width*s.u.app.Settings().Theme().Size(theme.SizeNameText), 0)
}

// chipPad pads a chip's text left and right.
type chipPad struct{}

// Layout centres the text with room on each side.
func (chipPad) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(size)
	}
}

// MinSize is the text with padding.
func (chipPad) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s.AddWidthHeight(12, 2)
}
