package gui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	vwidget "github.com/veritag/veritag/gui/widget"
)

// resultRow is one search result: the sentence with its matched letters
// highlighted, then its label, article and position.
type resultRow struct {
	widget.BaseWidget
	s       *searchView
	id      int
	hit     searchHit
	width   float32           // the width the text was fitted to
	bg      *canvas.Rectangle // shows the keyboard cursor
	content fyne.CanvasObject
	text    *widget.RichText
	chipBg  *canvas.Rectangle
	chip    *canvas.Text
	where   *widget.Label
}

func (s *searchView) newRow() fyne.CanvasObject {
	r := &resultRow{s: s, bg: canvas.NewRectangle(color.Transparent), text: widget.NewRichText(), chipBg: canvas.NewRectangle(color.Transparent),
		chip: canvas.NewText("", color.White), where: widget.NewLabel("")}
	r.text.Truncation = fyne.TextTruncateEllipsis // only if fitting fell short
	r.chip.TextStyle.Bold = true
	r.chip.Alignment = fyne.TextAlignCenter
	r.chip.TextSize = theme.Size(theme.SizeNameCaptionText)
	r.chipBg.CornerRadius = 4
	r.where.SizeName = theme.SizeNameCaptionText
	r.where.Importance = widget.MediumImportance // the foreground colour: readable (4.5:1) in both themes
	r.where.Truncation = fyne.TextTruncateEllipsis
	chip := container.NewStack(r.chipBg, container.New(&vwidget.ChipPad{}, r.chip))
	r.bg.CornerRadius = theme.Size(theme.SizeNameSelectionRadius)
	r.content = container.NewStack(r.bg, container.NewVBox(r.text, container.NewBorder(nil, nil, container.NewCenter(chip), nil, r.where)))
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer draws the row's widgets.
func (r *resultRow) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(r.content) }

// Tapped opens the article at this result.
func (r *resultRow) Tapped(*fyne.PointEvent) {
	r.s.cursor = r.id
	r.s.openCursor()
}

// Cursor shows a pointing hand.
func (r *resultRow) Cursor() desktop.Cursor { return desktop.PointerCursor }

func (s *searchView) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	r := o.(*resultRow)
	if id >= len(s.hits) {
		return
	}
	h := s.hits[id]
	r.id = id
	r.bg.FillColor = color.Transparent
	if id == s.cursor {
		r.bg.FillColor = theme.Color(theme.ColorNameSelection)
	}
	r.bg.Refresh()
	r.hit = h
	r.fit()
	label := s.labels[sentenceKey{h.docID, h.index}]
	if label == "" {
		r.chip.Text, r.chipBg.FillColor = lang.L("untagged"), color.Transparent
		r.chip.Color = theme.Color(theme.ColorNamePlaceHolder)
	} else {
		st := s.u.style(label)
		r.chip.Text, r.chipBg.FillColor, r.chip.Color = label, st.Fill, st.Ink()
	}
	r.chip.Refresh()
	r.chipBg.Refresh()
	r.where.SetText(s.u.docTitle(h.docID) + " · " + lang.L("sentence {{.N}}", map[string]any{"N": h.index + 1}))
}

// Resize fits the text to the new width.
func (r *resultRow) Resize(size fyne.Size) {
	r.BaseWidget.Resize(size)
	if size.Width != r.width {
		r.fit()
	}
}

// fit shows the result's text, or the note that matched, as a window
// around the matched words that fits the row.
func (r *resultRow) fit() {
	r.width = r.Size().Width
	lead := ""
	if r.hit.noteBy != "" {
		lead = lang.L("Note by {{.Annotator}}:", map[string]any{"Annotator": r.hit.noteBy}) + " "
	}
	r.text.Segments = snippet(r.hit.text, r.hit.matched, lead, r.width)
	r.text.Refresh()
}

// docTitle is the title of an article in the library.
func (u *UI) docTitle(id int64) string {
	for _, d := range u.docs {
		if d.ID == id {
			return d.Title
		}
	}
	return ""
}
