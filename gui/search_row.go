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

// snippetRunes is how much of a long sentence a result shows, and
// snippetLead how much of it comes before the first matched word.
const (
	snippetRunes = 160
	snippetLead  = 40
)

// resultRow is one search result: the sentence with its matched letters
// highlighted, then its label, article and position.
type resultRow struct {
	widget.BaseWidget
	s       *searchView
	id      int
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
	r.text.Truncation = fyne.TextTruncateEllipsis
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
	r.text.Segments = highlight(h.text, h.matched)
	r.text.Refresh()
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

// highlight turns a sentence into rich text segments with the matched
// runes in bold primary colour. A long sentence shows the match in
// context: a window starting a little before the first matched word and
// cut at spaces, with an ellipsis where it is cut.
func highlight(text string, matched []int) []widget.RichTextSegment {
	runes := []rune(text)
	is := make(map[int]bool, len(matched))
	first := len(runes)
	for _, m := range matched {
		is[m] = true
		first = min(first, m)
	}
	from, to := 0, len(runes)
	if len(runes) > snippetRunes {
		if first > snippetLead {
			from = first - snippetLead
			for from < first && runes[from-1] != ' ' {
				from++
			}
		}
		to = min(len(runes), from+snippetRunes)
		for end := to; to < len(runes) && end > from+snippetRunes/2; end-- {
			if runes[end] == ' ' {
				to = end
				break
			}
		}
	}
	plain := widget.RichTextStyleInline
	strong := widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePrimary, TextStyle: fyne.TextStyle{Bold: true}}
	var segs []widget.RichTextSegment
	add := func(s string, hit bool) {
		st := plain
		if hit {
			st = strong
		}
		segs = append(segs, &widget.TextSegment{Text: s, Style: st})
	}
	if from > 0 {
		add("…", false)
	}
	start := from
	for i := from; i <= to; i++ {
		if i == to || (i > start && is[i] != is[start]) {
			if i > start {
				add(string(runes[start:i]), is[start])
			}
			start = i
		}
	}
	if to < len(runes) {
		add("…", false)
	}
	return segs
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
