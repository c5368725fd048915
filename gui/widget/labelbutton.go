package widget

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/veritag/veritag/data/model"
)

// LabelButton is a large button for one label: its key in a badge of the
// label's colour, its name and its one-line guideline. It is filled with
// the label's tint when active: when the sentence shown carries the label.
type LabelButton struct {
	widget.DisableableWidget
	Label   model.Label
	look    func(name string) LabelStyle // the label's colours, looked up at each refresh
	dark    func() bool                  // whether the app shows its dark variant
	onTap   func()
	active  bool
	hovered bool
	desc    *WrapLabel
}

// NewLabelButton makes the button of label l; look gives a label's colours,
// dark whether the app is dark, width the width its guideline wraps at.
func NewLabelButton(l model.Label, look func(name string) LabelStyle, dark func() bool, width func() float32, onTap func()) *LabelButton {
	b := &LabelButton{Label: l, look: look, dark: dark, onTap: onTap}
	b.desc = NewWrapLabel(Description(l), width)
	b.desc.SizeName = theme.SizeNameCaptionText
	b.ExtendBaseWidget(b)
	return b
}

// Description is a label's guideline, translated for the default labels.
func Description(l model.Label) string {
	if l.Description == "" {
		return ""
	}
	return lang.L(l.Description)
}

// Tapped runs the button's action unless it is disabled.
func (b *LabelButton) Tapped(*fyne.PointEvent) {
	if !b.Disabled() {
		b.onTap()
	}
}

// Active reports whether the button shows its label as the sentence's.
func (b *LabelButton) Active() bool { return b.active }

// SetActive marks whether the sentence shown carries the label.
func (b *LabelButton) SetActive(on bool) {
	if on != b.active {
		b.active = on
		b.Refresh()
	}
}

// Cursor shows a pointing hand.
func (b *LabelButton) Cursor() desktop.Cursor { return desktop.PointerCursor }

// MouseIn highlights the button.
func (b *LabelButton) MouseIn(*desktop.MouseEvent) { b.hovered = true; b.Refresh() }

// MouseMoved does nothing.
func (b *LabelButton) MouseMoved(*desktop.MouseEvent) {}

// MouseOut removes the highlight.
func (b *LabelButton) MouseOut() { b.hovered = false; b.Refresh() }

// CreateRenderer makes the button's drawing objects.
func (b *LabelButton) CreateRenderer() fyne.WidgetRenderer {
	r := &labelButtonRenderer{b: b, bg: canvas.NewRectangle(color.Transparent), badge: canvas.NewRectangle(color.Transparent),
		key: canvas.NewText(b.Label.Key, color.White), name: canvas.NewText(b.Label.Name, color.Black)}
	r.key.TextStyle.Bold, r.name.TextStyle.Bold = true, true
	r.key.Alignment = fyne.TextAlignCenter
	r.Refresh()
	return r
}

type labelButtonRenderer struct {
	b         *LabelButton
	bg, badge *canvas.Rectangle
	key, name *canvas.Text
}

func (r *labelButtonRenderer) pad() float32 { return r.b.Theme().Size(theme.SizeNamePadding) * 2 }

func (r *labelButtonRenderer) badgeSize() float32 {
	return r.b.Theme().Size(theme.SizeNameText) * 2.2
}

func (r *labelButtonRenderer) Layout(size fyne.Size) {
	p, bs := r.pad(), r.badgeSize()
	r.bg.Resize(size)
	r.badge.Move(fyne.NewPos(p, p))
	r.badge.Resize(fyne.NewSquareSize(bs))
	r.key.Move(r.badge.Position())
	r.key.Resize(r.badge.Size())
	x := p + bs + p
	nameH := r.name.MinSize().Height
	r.name.Move(fyne.NewPos(x, p))
	r.name.Resize(fyne.NewSize(size.Width-x-p, nameH))
	r.b.desc.Move(fyne.NewPos(x, p+nameH))
	w := size.Width - x - p
	r.b.desc.Resize(fyne.NewSize(w, r.b.desc.Size().Height)) // wrap at the new width first
	r.b.desc.Resize(fyne.NewSize(w, r.b.desc.MinSize().Height))
}

func (r *labelButtonRenderer) MinSize() fyne.Size {
	p, bs := r.pad(), r.badgeSize()
	h := max(bs, r.name.MinSize().Height+r.b.desc.MinSize().Height)
	return fyne.NewSize(bs+3*p+50, h+2*p)
}

func (r *labelButtonRenderer) Refresh() {
	b := r.b
	th := b.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	st := b.look(b.Label.Name)
	dark := b.dark()
	r.bg.CornerRadius = th.Size(theme.SizeNameInputRadius)
	r.bg.StrokeWidth = 1
	r.bg.StrokeColor = th.Color(theme.ColorNameInputBorder, v)
	r.bg.FillColor = th.Color(theme.ColorNameButton, v)
	switch {
	case b.active:
		r.bg.FillColor, r.bg.StrokeColor, r.bg.StrokeWidth = st.Tint(dark), st.Fill, 2
	case b.hovered && !b.Disabled():
		r.bg.FillColor = th.Color(theme.ColorNameHover, v)
	}
	r.badge.FillColor, r.key.Color = st.Fill, st.Ink()
	r.badge.CornerRadius = th.Size(theme.SizeNameInputRadius)
	r.key.TextSize = th.Size(theme.SizeNameSubHeadingText)
	r.name.Text = b.Label.Name
	r.name.TextSize = th.Size(theme.SizeNameText)
	r.name.Color = th.Color(theme.ColorNameForeground, v)
	if b.Disabled() {
		r.name.Color = th.Color(theme.ColorNameDisabled, v)
	}
	b.desc.Refresh()
	r.Layout(b.Size())
	canvas.Refresh(b)
}

func (r *labelButtonRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.bg, r.badge, r.key, r.name, r.b.desc}
}

func (r *labelButtonRenderer) Destroy() {}
