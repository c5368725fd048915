package widget

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Swatch is a tappable square of one colour, ringed when selected.
type Swatch struct {
	widget.BaseWidget
	color    color.NRGBA
	selected bool
	onTap    func()
}

// NewSwatch makes a swatch of colour c that runs onTap.
func NewSwatch(c color.NRGBA, onTap func()) *Swatch {
	s := &Swatch{color: c, onTap: onTap}
	s.ExtendBaseWidget(s)
	return s
}

// SetSelected rings the swatch or not.
func (s *Swatch) SetSelected(on bool) {
	if on != s.selected {
		s.selected = on
		s.Refresh()
	}
}

// Tapped chooses the colour.
func (s *Swatch) Tapped(*fyne.PointEvent) { s.onTap() }

// Cursor shows a pointing hand.
func (s *Swatch) Cursor() desktop.Cursor { return desktop.PointerCursor }

// CreateRenderer draws the colour inside a ring.
func (s *Swatch) CreateRenderer() fyne.WidgetRenderer {
	r := &swatchRenderer{s: s, fill: canvas.NewRectangle(s.color), ring: canvas.NewRectangle(color.Transparent)}
	r.Refresh()
	return r
}

type swatchRenderer struct {
	s          *Swatch
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
