package widget

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// ThinBar is a slim progress bar for list rows.
type ThinBar struct {
	widget.BaseWidget
	value float64 // 0..1
}

// NewThinBar makes an empty bar.
func NewThinBar() *ThinBar {
	b := &ThinBar{}
	b.ExtendBaseWidget(b)
	return b
}

// SetValue changes the share shown as done.
func (b *ThinBar) SetValue(v float64) {
	if v != b.value {
		b.value = v
		b.Refresh()
	}
}

// CreateRenderer draws the track and the done part.
func (b *ThinBar) CreateRenderer() fyne.WidgetRenderer {
	r := &thinBarRenderer{b: b, track: canvas.NewRectangle(nil), done: canvas.NewRectangle(nil)}
	r.Refresh()
	return r
}

type thinBarRenderer struct {
	b           *ThinBar
	track, done *canvas.Rectangle
}

func (r *thinBarRenderer) Layout(size fyne.Size) {
	h := r.MinSize().Height
	y := (size.Height - h) / 2
	r.track.Move(fyne.NewPos(0, y))
	r.track.Resize(fyne.NewSize(size.Width, h))
	r.done.Move(fyne.NewPos(0, y))
	r.done.Resize(fyne.NewSize(size.Width*float32(max(0, min(r.b.value, 1))), h))
}

func (r *thinBarRenderer) MinSize() fyne.Size {
	return fyne.NewSize(20, r.b.Theme().Size(theme.SizeNamePadding)+1)
}

func (r *thinBarRenderer) Refresh() {
	th, v := r.b.Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	r.track.FillColor = th.Color(theme.ColorNameInputBorder, v)
	r.done.FillColor = th.Color(theme.ColorNameSuccess, v)
	r.track.CornerRadius, r.done.CornerRadius = 2, 2
	r.Layout(r.b.Size())
	canvas.Refresh(r.b)
}

func (r *thinBarRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.track, r.done} }

func (r *thinBarRenderer) Destroy() {}
