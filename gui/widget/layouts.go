package widget

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// SideWidth gives a side region (library, panel) a width that follows the
// text size, and all the height.
type SideWidth struct {
	Width float32 // in multiples of the text size
}

// Layout fills the space.
func (s *SideWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(size)
	}
}

// MinSize is the side width.
func (s *SideWidth) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(s.Width*fyne.CurrentApp().Settings().Theme().Size(theme.SizeNameText), 0)
}

// ChipPad pads a chip's text left and right.
type ChipPad struct{}

// Layout centres the text with room on each side.
func (ChipPad) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(size)
	}
}

// MinSize is the text with padding.
func (ChipPad) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s.AddWidthHeight(12, 2)
}
