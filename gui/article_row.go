package gui

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	vwidget "github.com/veritag/veritag/gui/widget"
)

// sentenceRow is one sentence of the article: tinted with its label's
// colour, a chip naming the label, dots for other annotators' labels, a
// pair of scales in the colour of an adjudicated label and a frame when
// selected. Tapping selects it.
type sentenceRow struct {
	widget.BaseWidget
	a       *articleView
	id      int
	hovered bool
}

func newSentenceRow(a *articleView) *sentenceRow {
	r := &sentenceRow{a: a, id: -1}
	r.ExtendBaseWidget(r)
	return r
}

// Tapped selects the sentence and takes the keyboard away from any entry.
func (r *sentenceRow) Tapped(*fyne.PointEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(r); c != nil {
		c.Unfocus()
	}
	r.a.u.selectSentence(r.id)
}

// TappedSecondary selects the sentence and offers its labels in a menu.
func (r *sentenceRow) TappedSecondary(e *fyne.PointEvent) {
	r.Tapped(e)
	c := fyne.CurrentApp().Driver().CanvasForObject(r)
	widget.ShowPopUpMenuAtPosition(r.a.u.labelMenu(), c, e.AbsolutePosition)
}

// Cursor shows a pointing hand over a row.
func (r *sentenceRow) Cursor() desktop.Cursor { return desktop.PointerCursor }

// MouseIn highlights the row under the pointer.
func (r *sentenceRow) MouseIn(*desktop.MouseEvent) { r.hovered = true; r.Refresh() }

// MouseMoved shows who chose which label while the pointer is over the
// dots.
func (r *sentenceRow) MouseMoved(e *desktop.MouseEvent) { r.hoverDots(e.Position) }

// MouseOut removes the highlight and the dots' legend.
func (r *sentenceRow) MouseOut() { r.hovered = false; r.a.hideTip(); r.Refresh() }

// CreateRenderer makes the row's drawing objects.
func (r *sentenceRow) CreateRenderer() fyne.WidgetRenderer {
	rr := &rowRenderer{r: r, bg: canvas.NewRectangle(color.Transparent), frame: canvas.NewRectangle(color.Transparent),
		chipBg: canvas.NewRectangle(color.Transparent), chip: canvas.NewText("", color.White), scales: &canvas.Image{}}
	rr.chip.TextStyle.Bold = true
	rr.scales.FillMode = canvas.ImageFillContain
	rr.more = canvas.NewText("", color.Black)
	rr.Refresh()
	return rr
}

// rowRenderer draws a sentenceRow.
type rowRenderer struct {
	r       *sentenceRow
	bg      *canvas.Rectangle
	frame   *canvas.Rectangle
	chipBg  *canvas.Rectangle
	chip    *canvas.Text
	dots    []*canvas.Circle // one per other annotator at most
	more    *canvas.Text     // "+N" for the annotators without a dot
	scales  *canvas.Image
	lines   []*canvas.Text
	objects []fyne.CanvasObject
}

// Refresh reads the sentence's text, label and selection from the UI.
func (rr *rowRenderer) Refresh() {
	r := rr.r
	a, u := r.a, r.a.u
	if r.id < 0 || r.id >= len(u.sents) || r.id >= len(a.rows) {
		rr.setLines(nil, false)
		return
	}
	th := r.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	dark := u.theme.effective(v) == theme.VariantDark
	fg := th.Color(theme.ColorNameForeground, v)

	rr.bg.FillColor = color.Transparent
	rr.chipBg.Hidden, rr.chip.Hidden = true, true
	rr.chipBg.StrokeWidth = 0
	if ann, ok := u.mine[r.id]; ok {
		st := u.style(ann.Label)
		rr.bg.FillColor = st.Tint(dark)
		rr.chipBg.FillColor, rr.chip.Color, rr.chip.Text = st.Fill, st.Ink(), ann.Label
		rr.chipBg.Hidden, rr.chip.Hidden = false, false
	} else if sug, ok := u.suggestionFor(r.id); ok {
		// a ghost chip: the suggested label, outlined, with its probability
		st := u.style(sug.Label)
		rr.chipBg.FillColor, rr.chipBg.StrokeColor, rr.chipBg.StrokeWidth = color.Transparent, st.Fill, 1.5
		rr.chip.Color, rr.chip.Text = st.Fill, fmt.Sprintf("%s %.0f%%", sug.Label, 100*sug.Score)
		rr.chipBg.Hidden, rr.chip.Hidden = false, false
	}
	if r.hovered && rr.bg.FillColor == color.Transparent {
		rr.bg.FillColor = th.Color(theme.ColorNameHover, v)
	}
	rr.frame.StrokeColor = color.Transparent
	if r.id == u.selected {
		rr.frame.StrokeColor = fg
	}
	for len(rr.dots) < len(u.others[r.id]) {
		rr.dots = append(rr.dots, canvas.NewCircle(color.Transparent))
	}
	rr.more.Color = th.Color(theme.ColorNamePlaceHolder, v)
	rr.scales.Hidden = true
	if l := u.finalLabel(r.id); l != "" {
		if res := vwidget.ScalesIcon(u.style(l).Fill); rr.scales.Resource != res {
			rr.scales.Resource = res
			rr.scales.Refresh()
		}
		rr.scales.Hidden = false
	}
	sh := u.shapes[r.id]
	rr.setLines(vwidget.Lines([]rune(u.sents[r.id].Text), a.rows[r.id].breaks), sh.heading)
	if sh.nav {
		fg = th.Color(theme.ColorNamePlaceHolder, v) // navigation: there, but not to tag
	}
	for _, t := range rr.lines {
		t.Color = fg
	}
	rr.Layout(r.Size())
	canvas.Refresh(r)
}

// setLines makes one text object per line.
func (rr *rowRenderer) setLines(text []string, heading bool) {
	g := &rr.r.a.geo
	for len(rr.lines) < len(text) {
		rr.lines = append(rr.lines, canvas.NewText("", color.Black))
	}
	rr.lines = rr.lines[:len(text)]
	for i, t := range rr.lines {
		t.Text = text[i]
		t.TextStyle.Bold = heading
		t.TextSize = g.body.TextSize()
		if heading {
			t.TextSize = g.head.TextSize()
		}
	}
	rr.objects = append(rr.objects[:0], rr.bg, rr.frame, rr.chipBg, rr.chip)
	for _, d := range rr.dots {
		rr.objects = append(rr.objects, d)
	}
	rr.objects = append(rr.objects, rr.more, rr.scales)
	for _, t := range rr.lines {
		rr.objects = append(rr.objects, t)
	}
}

// Layout places the card, chip, dots and lines.
func (rr *rowRenderer) Layout(size fyne.Size) {
	r := rr.r
	if r.id < 0 || r.id >= len(r.a.rows) {
		return
	}
	g := &r.a.geo
	sh := r.a.u.shapes[r.id]
	y0 := g.gap(sh, r.id == 0)
	card := fyne.NewSize(g.cardW, size.Height-y0)
	for _, o := range []*canvas.Rectangle{rr.bg, rr.frame} {
		o.Move(fyne.NewPos(g.left, y0))
		o.Resize(card)
		o.CornerRadius = g.pad
	}
	rr.frame.StrokeWidth = 2
	line := g.line
	if sh.heading {
		line = g.headLine
	}
	chipY := y0 + g.pad + (line-g.chipH)/2
	rr.chipBg.Move(fyne.NewPos(g.left+2*g.pad, chipY))
	rr.chipBg.Resize(fyne.NewSize(g.chipW, g.chipH))
	rr.chipBg.CornerRadius = g.chipH / 2
	rr.chip.TextSize = g.chipSize
	rr.chip.Alignment = fyne.TextAlignCenter
	rr.chip.Move(rr.chipBg.Position())
	rr.chip.Resize(rr.chipBg.Size())
	p := r.plan()
	rr.layoutDots(p)
	rr.scales.Move(p.mark) // at the end of the first line of dots
	rr.scales.Resize(fyne.NewSquareSize(p.markSize))
	for i, t := range rr.lines {
		t.Move(fyne.NewPos(g.left+g.textX, y0+g.pad+float32(i)*line))
		t.Resize(fyne.NewSize(g.textW, line))
	}
}

// MinSize is small: the list sets each row's height.
func (rr *rowRenderer) MinSize() fyne.Size { return fyne.NewSize(50, 20) }

// Objects returns the drawing objects.
func (rr *rowRenderer) Objects() []fyne.CanvasObject { return rr.objects }

// Destroy does nothing.
func (rr *rowRenderer) Destroy() {}

// layoutDots places and colours the dots of other annotators' labels, and
// the "+N" of those without one.
func (rr *rowRenderer) layoutDots(p dotPlan) {
	u := rr.r.a.u
	for i, d := range rr.dots {
		d.Hidden = i >= len(p.pos)
		if !d.Hidden {
			d.FillColor = u.style(u.others[rr.r.id][i].Label).Fill
			d.Move(p.pos[i])
			d.Resize(fyne.NewSquareSize(p.size))
		}
	}
	rr.more.Hidden = p.more == 0
	rr.more.Text = moreText(p.more)
	rr.more.TextSize = p.textSize
	rr.more.Move(p.at)
	rr.more.Resize(rr.more.MinSize())
}
