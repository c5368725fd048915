package gui

import (
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// articleView shows the open article as a virtualised list of sentence
// rows. Row heights are measured once per width and cached; when the width
// changes the list is rebuilt with the new heights, because setting
// thousands of heights on a list already on screen refreshes it each time.
type articleView struct {
	widget.BaseWidget
	u       *UI
	list    *widget.List
	empty   *widget.Label
	geo     geometry
	rows    []rowLayout
	tops    []float32 // y of each row in the list
	created []*sentenceRow
	width   float32  // the list width rows were measured for
	dirty   bool     // rows must be measured again
	reveals int      // sentence to bring into view once laid out, or -1
	anchor  int      // sentence to keep at the top after measuring again, or -1
	scale   float32  // the article's text size factor (Ctrl+= and Ctrl+-)
	tip     *dotsTip // who chose which label, over a row's dots
}

// rowLayout is one sentence measured at the current width.
type rowLayout struct {
	breaks []int32 // rune offsets where the second and later lines start
	height float32
}

func newArticleView(u *UI) *articleView {
	a := &articleView{u: u, empty: widget.NewLabel(lang.L("No article open. Import one with Ctrl+O.")), reveals: -1, anchor: -1, scale: u.textScale(), tip: newDotsTip()}
	a.empty.Alignment = fyne.TextAlignCenter
	a.ExtendBaseWidget(a)
	return a
}

// CreateRenderer shows the list, or a hint when no article is open.
func (a *articleView) CreateRenderer() fyne.WidgetRenderer { return &articleRenderer{a: a} }

// setDocument shows the UI's open article from the top.
func (a *articleView) setDocument() {
	a.list = nil
	a.remeasure()
}

// remeasure lays the rows out again, after the article, the label set or
// the text size changed.
func (a *articleView) remeasure() {
	a.dirty = true
	a.Refresh()
}

// measure lays out every sentence for list width w and builds a list that
// knows every row's height before it is first drawn.
func (a *articleView) measure(w float32) {
	a.anchor = -1
	if a.list != nil {
		a.anchor = a.rowAt(a.list.GetScrollOffset())
	}
	a.width, a.dirty = w, false
	a.created = nil
	a.list = nil
	if len(a.u.sents) == 0 {
		return
	}
	a.geo = newGeometry(a.Theme(), w, a.u.labels, a.scale)
	a.geo.dotRoom = len(a.u.others) > 0
	a.rows = make([]rowLayout, len(a.u.sents))
	a.tops = make([]float32, len(a.u.sents))
	sep := a.Theme().Size(theme.SizeNamePadding) // the list's gap between rows
	y := float32(0)
	list := widget.NewList(func() int { return len(a.u.sents) }, a.newRow, a.updateRow)
	list.HideSeparators = true
	for i, s := range a.u.sents {
		a.rows[i] = a.geo.measure(s.Text, a.u.shapes[i], i == 0)
		a.tops[i] = y
		y += a.rows[i].height + sep
		list.SetItemHeight(i, a.rows[i].height)
	}
	a.list = list
	if a.reveals < 0 {
		a.reveals = a.u.selected
	}
}

// rowAt is the sentence at offset y of the list.
func (a *articleView) rowAt(y float32) int {
	i := sort.Search(len(a.tops), func(i int) bool { return a.tops[i] > y })
	return max(0, i-1)
}

func (a *articleView) newRow() fyne.CanvasObject { return newSentenceRow(a) }

// updateRow shows sentence id in a row. Rows are remembered when first
// used (the list also makes throwaway rows to measure its template).
func (a *articleView) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	r := o.(*sentenceRow)
	if r.id < 0 {
		a.created = append(a.created, r)
	}
	r.id = id
	r.Refresh()
}

// refreshRow redraws sentence i if it is on screen.
func (a *articleView) refreshRow(i int) {
	for _, r := range a.created {
		if r.id == i {
			r.Refresh()
		}
	}
}

// reveal scrolls so that sentence i is in view with some context around
// it, placing it a third of the way down when it has to move.
func (a *articleView) reveal(i int) {
	if a.list == nil || a.dirty || i < 0 || i >= len(a.tops) || a.list.Size().Height <= 0 {
		a.reveals = i
		return
	}
	a.reveals = -1
	view := a.list.Size().Height
	top, bottom := a.tops[i], a.tops[i]+a.rows[i].height
	offset := a.list.GetScrollOffset()
	margin := min(view/5, 3*a.geo.line)
	if top-margin >= offset && bottom+margin <= offset+view {
		return
	}
	target := top - view/3
	if bottom-top > view*2/3 {
		target = top - margin
	}
	a.list.ScrollToOffset(max(0, target))
}

// articleRenderer lays out the list, measuring rows when the width changes.
type articleRenderer struct{ a *articleView }

func (r *articleRenderer) Layout(size fyne.Size) {
	a := r.a
	if size.Width <= 0 {
		return
	}
	if a.dirty || size.Width != a.width {
		a.measure(size.Width)
	}
	if a.list == nil {
		a.empty.Resize(size)
		return
	}
	a.list.Resize(size)
	if a.anchor >= 0 && a.anchor < len(a.tops) {
		a.list.ScrollToOffset(a.tops[a.anchor])
		a.anchor = -1
	}
	if a.reveals >= 0 {
		a.reveal(a.reveals)
	}
}

func (r *articleRenderer) MinSize() fyne.Size { return fyne.NewSize(200, 100) }

func (r *articleRenderer) Refresh() {
	r.Layout(r.a.Size())
	if r.a.list != nil {
		r.a.list.Refresh()
	}
	r.a.empty.Refresh()
}

func (r *articleRenderer) Objects() []fyne.CanvasObject {
	if r.a.list == nil {
		return []fyne.CanvasObject{r.a.empty}
	}
	return []fyne.CanvasObject{r.a.list, r.a.tip.box}
}

func (r *articleRenderer) Destroy() {}
