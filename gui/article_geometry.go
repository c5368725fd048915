package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/veritag/veritag/data/model"
	vwidget "github.com/veritag/veritag/gui/widget"
)

// geometry is where things go in an article row at one list width: a
// centred reading column with a gutter for the label chip on its left.
type geometry struct {
	body, head     *vwidget.Measurer // sentence and heading text
	line, headLine float32           // line advance of each
	chipSize       float32           // chip text size
	chipW, chipH   float32
	pad            float32 // inner padding of the card
	left, cardW    float32 // the card's x and width
	textX, textW   float32 // text column, from the card's left
	paraGap        float32 // space above a new paragraph
	headGap        float32 // space above a heading
	dotRoom        bool    // others labelled the article: every row holds a line of dots
}

// maxMeasure is the widest reading column, in multiples of the text size
// (about 80 characters).
const maxMeasure = 44

// newGeometry lays rows out for a list width, with the theme's text sizes
// times scale (the article's own text size, Ctrl+= and Ctrl+-).
func newGeometry(th fyne.Theme, width float32, labels []model.Label, scale float32) geometry {
	size := th.Size(theme.SizeNameText) * scale
	pad := th.Size(theme.SizeNamePadding)
	g := geometry{
		body:     vwidget.NewMeasurer(size, fyne.TextStyle{}),
		head:     vwidget.NewMeasurer(th.Size(theme.SizeNameSubHeadingText)*scale, fyne.TextStyle{Bold: true}),
		chipSize: th.Size(theme.SizeNameCaptionText) * scale,
		pad:      pad,
	}
	g.line = g.body.LineHeight() + pad/2
	g.headLine = g.head.LineHeight() + pad/2
	g.paraGap = g.line * 0.7
	g.headGap = g.line * 1.2
	g.chipH = fyne.MeasureText("A", g.chipSize, fyne.TextStyle{Bold: true}).Height + 2
	g.chipW = 4 * g.chipSize
	for _, l := range labels {
		w := fyne.MeasureText(l.Name, g.chipSize, fyne.TextStyle{Bold: true}).Width + 2*pad
		g.chipW = max(g.chipW, min(w, 10*g.chipSize))
	}
	g.textX = 2*pad + g.chipW + 2*pad
	room := width - th.Size(theme.SizeNameScrollBar) - 4*pad
	g.textW = max(8*size, min(maxMeasure*size, room-g.textX-2*pad))
	g.cardW = g.textX + g.textW + 2*pad
	g.left = max(2*pad, (room-g.cardW)/2+2*pad)
	return g
}

// measure wraps one sentence and works out its row height.
func (g *geometry) measure(text string, sh shape, first bool) rowLayout {
	m, line := g.body, g.line
	if sh.heading {
		m, line = g.head, g.headLine
	}
	breaks := m.Wrap(text, g.textW)
	h := 2*g.pad + float32(len(breaks)+1)*line
	if g.dotRoom {
		h = max(h, g.dotsRoom(sh.heading))
	}
	return rowLayout{breaks: breaks, height: g.gap(sh, first) + h}
}

// gap is the space above a sentence: more for a heading, some for a new
// paragraph, none within a paragraph.
func (g *geometry) gap(sh shape, first bool) float32 {
	switch {
	case first:
		return g.pad
	case sh.heading:
		return g.headGap
	case sh.paraStart:
		return g.paraGap
	}
	return 0
}
