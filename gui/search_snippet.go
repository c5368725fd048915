package gui

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// ellipsis marks where a result's text is cut.
const ellipsis = "…"

// Styles of a result's text: plain, the matched letters, and the line
// that says a note matched.
var (
	plainStyle = widget.RichTextStyleInline
	hitStyle   = widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePrimary, TextStyle: fyne.TextStyle{Bold: true}}
	noteStyle  = widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePlaceHolder, TextStyle: fyne.TextStyle{Italic: true}}
)

// snippet returns text as rich text segments, the matched runes (rune
// indexes) in bold primary colour, after lead (the note marker, "" for
// none), cut to fit width: when the whole text is wider, a window around
// the matched words, starting a little before them and cut at spaces,
// with an ellipsis where it is cut. A width of 0 or less fits anything.
func snippet(text string, matched []int, lead string, width float32) []widget.RichTextSegment {
	runes := []rune(text)
	for i, r := range runes {
		if r == '\n' || r == '\r' || r == '\t' {
			runes[i] = ' ' // one line
		}
	}
	is := make([]bool, len(runes))
	first, last := len(runes), -1
	for _, m := range matched {
		if m >= 0 && m < len(runes) {
			is[m] = true
			first, last = min(first, m), max(last, m)
		}
	}
	if last < 0 {
		first, last = 0, -1
	}
	from, to := 0, len(runes)
	if width > 0 {
		avail := width - 2*theme.InnerPadding() - textWidth(lead, noteStyle)
		from, to = fitWindow(runes, is, first, last, avail)
		for to > from+1 && segmentsWidth(segmentsOf(runes, is, lead, from, to)) > width-2*theme.InnerPadding() {
			to-- // kerning made the sum of the runes too small
		}
	}
	return segmentsOf(runes, is, lead, from, to)
}

// fitWindow returns the runes [from, to) of a text to show in avail
// pixels with ellipses where cut: the matched span [first, last] (cut at
// the right if even it is too wide), up to a quarter of the room before
// it, the rest after it, and cut at spaces where that loses little.
func fitWindow(runes []rune, is []bool, first, last int, avail float32) (from, to int) {
	n := len(runes)
	sum := make([]float32, n+1) // sum[i]: the width of runes[:i]
	for i, r := range runes {
		st := plainStyle
		if is[i] {
			st = hitStyle
		}
		sum[i+1] = sum[i] + runeWidth(r, st)
	}
	if sum[n] <= avail {
		return 0, n
	}
	ell := textWidth(ellipsis, plainStyle)
	fits := func(from, to int) bool {
		w := sum[to] - sum[from]
		if from > 0 {
			w += ell
		}
		if to < n {
			w += ell
		}
		return w <= avail
	}
	from, to = first, first
	for to < n && to <= last && fits(from, to+1) {
		to++
	}
	if to <= last {
		return from, max(to, from+1)
	}
	for from > 0 && fits(from-1, to) && sum[first]-sum[from-1] <= avail/4 {
		from--
	}
	for to < n && fits(from, to+1) {
		to++
	}
	for from > 0 && fits(from-1, to) {
		from--
	}
	if from > 0 {
		if sp := slices.Index(runes[from:first], ' '); sp >= 0 {
			from += sp + 1
		}
	}
	if to < n {
		for j := to; j > last+1 && sum[to]-sum[j] < avail/4; j-- {
			if runes[j] == ' ' {
				to = j
				break
			}
		}
		for to > last+1 && runes[to-1] == ' ' {
			to--
		}
	}
	return from, to
}

// segmentsOf returns lead and runes[from:to] as segments, with the
// matched runes highlighted and an ellipsis where the text is cut.
func segmentsOf(runes []rune, is []bool, lead string, from, to int) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	add := func(s string, st widget.RichTextStyle) {
		segs = append(segs, &widget.TextSegment{Text: s, Style: st})
	}
	if lead != "" {
		add(lead, noteStyle)
	}
	if from > 0 {
		add(ellipsis, plainStyle)
	}
	start := from
	for i := from; i <= to; i++ {
		if i == to || i > start && is[i] != is[start] {
			if i > start {
				st := plainStyle
				if is[start] {
					st = hitStyle
				}
				add(string(runes[start:i]), st)
			}
			start = i
		}
	}
	if to < len(runes) {
		add(ellipsis, plainStyle)
	}
	return segs
}

// runeWidths caches runeWidth by rune, style and text size.
var runeWidths = map[runeStyle]float32{}

// runeStyle is a key of runeWidths.
type runeStyle struct {
	r     rune
	style fyne.TextStyle
	size  float32
}

// runeWidth is the width of r drawn in style st at the theme's text size.
// Called on the UI thread only.
func runeWidth(r rune, st widget.RichTextStyle) float32 {
	k := runeStyle{r, st.TextStyle, theme.TextSize()}
	w, ok := runeWidths[k]
	if !ok {
		w = fyne.MeasureText(string(r), k.size, k.style).Width
		runeWidths[k] = w
	}
	return w
}

// textWidth is the width of s drawn in style st.
func textWidth(s string, st widget.RichTextStyle) float32 {
	if s == "" {
		return 0
	}
	return fyne.MeasureText(s, theme.TextSize(), st.TextStyle).Width
}

// segmentsWidth is the width of segs drawn on one line.
func segmentsWidth(segs []widget.RichTextSegment) float32 {
	var w float32
	for _, s := range segs {
		t := s.(*widget.TextSegment)
		w += textWidth(t.Text, t.Style)
	}
	return w
}
