package gui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// swatch is a tappable square of one colour, ringed when selected.
type swatch struct {
	widget.BaseWidget
	color    color.NRGBA
	selected bool
	onTap    func()
}

func newSwatch(c color.NRGBA, onTap func()) *swatch {
	s := &swatch{color: c, onTap: onTap}
	s.ExtendBaseWidget(s)
	return s
}

// setSelected rings the swatch or not.
func (s *swatch) setSelected(on bool) {
	if on != s.selected {
		s.selected = on
		s.Refresh()
	}
}

// Tapped chooses the colour.
func (s *swatch) Tapped(*fyne.PointEvent) { s.onTap() }

// Cursor shows a pointing hand.
func (s *swatch) Cursor() desktop.Cursor { return desktop.PointerCursor }

// CreateRenderer draws the colour inside a ring.
func (s *swatch) CreateRenderer() fyne.WidgetRenderer {
	r := &swatchRenderer{s: s, fill: canvas.NewRectangle(s.color), ring: canvas.NewRectangle(color.Transparent)}
	r.Refresh()
	return r
}

type swatchRenderer struct {
	s          *swatch
	fill, ring *canvas.Rectangle
}

func (r *swatchRenderer) Layout(size fyne.Size) {
	r.ring.Resize(size)
	r.fill.Move(fyne.NewPos(4, 4))
	r.fill.Resize(size.SubtractWidthHeight(8, 8))
}

func (r *swatchRenderer) MinSize() fyne.Size { return fyne.NewSquareSize(30) }

func (r *swatchRenderer) Refresh() {
	th := r.s.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.fill.FillColor = r.s.color
	r.fill.CornerRadius = 4
	r.ring.CornerRadius = 6
	r.ring.StrokeWidth = 2.5
	r.ring.StrokeColor = color.Transparent
	if r.s.selected {
		r.ring.StrokeColor = th.Color(theme.ColorNameForeground, v)
	}
	r.fill.Refresh()
	r.ring.Refresh()
}

func (r *swatchRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.ring, r.fill} }

func (r *swatchRenderer) Destroy() {}
