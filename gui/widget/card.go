package widget

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Card is content on a rounded panel of the theme's input background,
// which follows a change of light or dark theme.
type Card struct {
	widget.BaseWidget
	content fyne.CanvasObject
}

// NewCard puts content on a card.
func NewCard(content fyne.CanvasObject) *Card {
	c := &Card{content: content}
	c.ExtendBaseWidget(c)
	return c
}

// CreateRenderer draws the panel behind the padded content.
func (c *Card) CreateRenderer() fyne.WidgetRenderer {
	bg := canvas.NewRectangle(nil)
	r := &cardRenderer{c: c, bg: bg, stack: container.NewStack(bg, container.NewPadded(c.content))}
	r.Refresh()
	return r
}

type cardRenderer struct {
	c     *Card
	bg    *canvas.Rectangle
	stack *fyne.Container
}

func (r *cardRenderer) Layout(size fyne.Size) { r.stack.Resize(size) }

func (r *cardRenderer) MinSize() fyne.Size { return r.stack.MinSize() }

func (r *cardRenderer) Refresh() {
	th := r.c.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.bg.FillColor = th.Color(theme.ColorNameInputBackground, v)
	r.bg.CornerRadius = th.Size(theme.SizeNameInputRadius) * 2
	r.bg.Refresh()
	r.stack.Refresh()
}

func (r *cardRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.stack} }

func (r *cardRenderer) Destroy() {}
