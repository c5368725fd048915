package gui

import (
	"fmt"
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"github.com/veritag/veritag/data/model"
)

// dotPlan is where a row draws other annotators' labels: one dot each in
// the chip's gutter below the chip, wrapping within the gutter and never
// below the row's card; those that do not fit are counted as "+N" in the
// last places. The adjudication mark ends the first line.
type dotPlan struct {
	size     float32         // a dot's diameter
	pos      []fyne.Position // the dots drawn, in annotator order
	more     int             // annotators not drawn as a dot
	at       fyne.Position   // where "+N" starts, when more > 0
	textSize float32         // the size of "+N"
	mark     fyne.Position   // the adjudication mark's place
	markSize float32
	area     fyne.Position // the region the dots cover: from area
	areaEnd  fyne.Position // to areaEnd
}

// moreText is "+N" for annotators beyond the dots.
func moreText(n int) string { return fmt.Sprintf("+%d", n) }

// dotLine is the height of a line of dots and "+N", and its text size.
func (g *geometry) dotLine() (height, textSize float32) {
	textSize = g.chipSize * 0.8
	return max(g.chipH/2, fyne.MeasureText("+9", textSize, fyne.TextStyle{}).Height), textSize
}

// dotsTop is how far below the card's top the first line of dots starts.
func (g *geometry) dotsTop(heading bool) float32 {
	line := g.line
	if heading {
		line = g.headLine
	}
	return g.pad + (line-g.chipH)/2 + g.chipH + g.pad/2
}

// dotsRoom is the least height below a row's gap that holds one line of
// dots: an article that others labelled gives every row at least that.
func (g *geometry) dotsRoom(heading bool) float32 {
	h, _ := g.dotLine()
	return g.dotsTop(heading) + h + g.pad/2
}

// planDots places n dots in a row of height rowH whose card starts at y0,
// ending the first line with the adjudication mark when scales is set.
func (g *geometry) planDots(n int, y0, rowH float32, heading, scales bool) dotPlan {
	lineH, textSize := g.dotLine()
	p := dotPlan{size: g.chipH / 2, textSize: textSize, markSize: lineH}
	x0, top := g.left+2*g.pad, y0+g.dotsTop(heading)
	p.mark = fyne.NewPos(x0+g.chipW-p.markSize, top)
	if n == 0 {
		return p
	}
	colStep, rowStep := p.size+g.pad/2, lineH+g.pad/2
	lines := int(math.Floor(float64((rowH - g.pad/2 - top + g.pad/2) / rowStep)))
	end := func(line int) float32 { // where a line of the gutter ends
		if line == 0 && scales {
			return p.mark.X - g.pad/2
		}
		return x0 + g.chipW
	}
	type slot struct {
		pos  fyne.Position
		line int
	}
	var slots []slot
	for l := 0; l < lines; l++ {
		for x := x0; x+p.size <= end(l)+0.01; x += colStep {
			slots = append(slots, slot{fyne.NewPos(x, top+float32(l)*rowStep+(lineH-p.size)/2), l})
		}
	}
	if len(slots) == 0 {
		p.more = n
		return p
	}
	keep := min(n, len(slots))
	if n > len(slots) {
		// drop dots from the end until "+N" fits after the last one kept
		for keep = len(slots) - 1; keep > 0; keep-- {
			s := slots[keep]
			if s.pos.X+fyne.MeasureText(moreText(n-keep), textSize, fyne.TextStyle{}).Width <= end(s.line)+0.01 {
				break
			}
		}
		s := slots[keep]
		p.more, p.at = n-keep, fyne.NewPos(s.pos.X, top+float32(s.line)*rowStep)
	}
	for _, s := range slots[:keep] {
		p.pos = append(p.pos, s.pos)
	}
	lastLine := slots[max(0, keep-1)].line
	if p.more > 0 {
		lastLine = slots[keep].line
	}
	p.area = fyne.NewPos(x0, top)
	p.areaEnd = fyne.NewPos(x0+g.chipW, top+float32(lastLine)*rowStep+lineH)
	return p
}

// dotsTip is the legend of a row's dots: who chose which label, shown
// while the pointer is over the dots. It is drawn over the article, never
// in a popup, so keys keep working while it shows.
type dotsTip struct {
	bg    *canvas.Rectangle
	lines *fyne.Container
	box   *fyne.Container
}

func newDotsTip() *dotsTip {
	t := &dotsTip{bg: canvas.NewRectangle(color.Transparent), lines: container.NewVBox()}
	t.bg.CornerRadius = theme.Size(theme.SizeNameInputRadius)
	t.bg.StrokeWidth = 1
	t.box = container.NewStack(t.bg, container.NewPadded(t.lines))
	t.box.Hide()
	return t
}

// tipLine is one annotator's dot and "name: LABEL", the name clipped.
func (u *UI) tipLine(a model.Annotation) fyne.CanvasObject {
	size := theme.Size(theme.SizeNameCaptionText)
	dot := canvas.NewCircle(u.style(a.Label).Fill)
	dot.Resize(fyne.NewSquareSize(size * 0.8))
	text := canvas.NewText(clip(a.Annotator, 24)+": "+a.Label, theme.Color(theme.ColorNameForeground))
	text.TextSize = size
	return container.NewHBox(container.NewCenter(container.NewGridWrap(fyne.NewSquareSize(size*0.8), dot)), text)
}

// show lists anns beside the dots of the row at rowPos (in the article's
// coordinates), kept inside the article's bounds.
func (a *articleView) showTip(anns []model.Annotation, rowPos fyne.Position, p dotPlan) {
	t := a.tip
	t.lines.RemoveAll()
	for _, ann := range anns {
		t.lines.Add(a.u.tipLine(ann))
	}
	t.bg.FillColor = theme.Color(theme.ColorNameOverlayBackground)
	t.bg.StrokeColor = theme.Color(theme.ColorNameSeparator)
	size := t.box.MinSize()
	at := rowPos.Add(fyne.NewPos(p.area.X, p.areaEnd.Y+a.geo.pad/2))
	view := a.Size()
	if at.Y+size.Height > view.Height { // no room below: above the dots
		at.Y = rowPos.Y + p.area.Y - size.Height - a.geo.pad/2
	}
	at.X = max(0, min(at.X, view.Width-size.Width))
	at.Y = max(0, at.Y)
	t.box.Resize(fyne.NewSize(min(size.Width, view.Width), size.Height))
	t.box.Move(at)
	t.box.Show()
	t.box.Refresh()
}

// hideTip hides the dots' legend.
func (a *articleView) hideTip() {
	if a.tip.box.Visible() {
		a.tip.box.Hide()
	}
}

// hoverDots shows the legend while the pointer at pos (in the row) is
// over the row's dots, and hides it elsewhere.
func (r *sentenceRow) hoverDots(pos fyne.Position) {
	a, u := r.a, r.a.u
	if r.id < 0 || r.id >= len(a.rows) || len(u.others[r.id]) == 0 {
		a.hideTip()
		return
	}
	p := r.plan()
	grow := a.geo.pad / 2
	if len(p.pos) == 0 && p.more == 0 || pos.X < p.area.X-grow || pos.Y < p.area.Y-grow || pos.X > p.areaEnd.X+grow || pos.Y > p.areaEnd.Y+grow {
		a.hideTip()
		return
	}
	d := fyne.CurrentApp().Driver()
	a.showTip(u.others[r.id], d.AbsolutePositionForObject(r).Subtract(d.AbsolutePositionForObject(a)), p)
}

// plan is where this row draws its dots at its current size.
func (r *sentenceRow) plan() dotPlan {
	u := r.a.u
	sh := u.shapes[r.id]
	return r.a.geo.planDots(len(u.others[r.id]), r.a.geo.gap(sh, r.id == 0), r.Size().Height, sh.heading, u.finalLabel(r.id) != "")
}

// roomForDots measures the rows again when the article gained its first
// or lost its last other annotator's label, so that every row has room
// for a line of dots exactly when some row shows them.
func (a *articleView) roomForDots() {
	if a.geo.dotRoom != (len(a.u.others) > 0) && a.list != nil {
		a.remeasure()
	}
}
