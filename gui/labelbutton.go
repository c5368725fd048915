package gui

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

// labelButton is a large button for one label: its key in a badge of the
// label's colour, its name and its one-line guideline. It is filled with
// the label's tint when active: when the sentence shown carries the label.
type labelButton struct {
	widget.DisableableWidget
	u       *UI
	label   model.Label
	onTap   func()
	active  bool
	hovered bool
	desc    *wrapLabel
}

func newLabelButton(u *UI, l model.Label, width func() float32, onTap func()) *labelButton {
	b := &labelButton{u: u, label: l, onTap: onTap}
	b.desc = newWrapLabel(description(l), width)
	b.desc.SizeName = theme.SizeNameCaptionText
	b.ExtendBaseWidget(b)
	return b
}

// description is a label's guideline, translated for the default labels.
func description(l model.Label) string {
	if l.Description == "" {
		return ""
	}
	return lang.L(l.Description)
}

// Tapped runs the button's action unless it is disabled.
func (b *labelButton) Tapped(*fyne.PointEvent) {
	if !b.Disabled() {
		b.onTap()
	}
}

// setActive marks whether the sentence shown carries the label.
func (b *labelButton) setActive(on bool) {
	if on != b.active {
		b.active = on
		b.Refresh()
	}
}

// Cursor shows a pointing hand.
func (b *labelButton) Cursor() desktop.Cursor { return desktop.PointerCursor }

// MouseIn highlights the button.
func (b *labelButton) MouseIn(*desktop.MouseEvent) { b.hovered = true; b.Refresh() }

// MouseMoved does nothing.
func (b *labelButton) MouseMoved(*desktop.MouseEvent) {}

// MouseOut removes the highlight.
func (b *labelButton) MouseOut() { b.hovered = false; b.Refresh() }

// CreateRenderer makes the button's drawing objects.
func (b *labelButton) CreateRenderer() fyne.WidgetRenderer {
	r := &labelButtonRenderer{b: b, bg: canvas.NewRectangle(color.Transparent), badge: canvas.NewRectangle(color.Transparent),
		key: canvas.NewText(b.label.Key, color.White), name: canvas.NewText(b.label.Name, color.Black)}
	r.key.TextStyle.Bold, r.name.TextStyle.Bold = true, true
	r.key.Alignment = fyne.TextAlignCenter
	r.Refresh()
	return r
}

type labelButtonRenderer struct {
	b         *labelButton
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
	st := b.u.style(b.label.Name)
	dark := b.u.theme.effective(v) == theme.VariantDark
	r.bg.CornerRadius = th.Size(theme.SizeNameInputRadius)
	r.bg.StrokeWidth = 1
	r.bg.StrokeColor = th.Color(theme.ColorNameInputBorder, v)
	r.bg.FillColor = th.Color(theme.ColorNameButton, v)
	switch {
	case b.active:
		r.bg.FillColor, r.bg.StrokeColor, r.bg.StrokeWidth = st.tint(dark), st.color, 2
	case b.hovered && !b.Disabled():
		r.bg.FillColor = th.Color(theme.ColorNameHover, v)
	}
	r.badge.FillColor, r.key.Color = st.color, st.ink()
	r.badge.CornerRadius = th.Size(theme.SizeNameInputRadius)
	r.key.TextSize = th.Size(theme.SizeNameSubHeadingText)
	r.name.Text = b.label.Name
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
