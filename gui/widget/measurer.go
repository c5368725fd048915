package widget

import (
	"unicode"

	"fyne.io/fyne/v2"
)

// Measurer wraps text into lines using a cached advance width per rune, so
// that laying out thousands of sentences costs map look-ups, not text
// shaping. Rows draw exactly the lines it computes, so measured and drawn
// heights always agree.
type Measurer struct {
	size   float32
	style  fyne.TextStyle
	latin  [0x250]float32 // advances of Latin runes, 0 until measured
	widths map[rune]float32
}

// TextSize is the text size the measurer measures at.
func (m *Measurer) TextSize() float32 { return m.size }

// NewMeasurer measures text of the given size and style.
func NewMeasurer(size float32, style fyne.TextStyle) *Measurer {
	return &Measurer{size: size, style: style, widths: make(map[rune]float32)}
}

// Width is the advance of r.
func (m *Measurer) Width(r rune) float32 {
	if r >= 0 && int(r) < len(m.latin) {
		if w := m.latin[r]; w > 0 {
			return w
		}
		w := fyne.MeasureText(string(r), m.size, m.style).Width
		m.latin[r] = max(w, 0.001) // a zero-width rune is measured once too
		return m.latin[r]
	}
	w, ok := m.widths[r]
	if !ok {
		w = fyne.MeasureText(string(r), m.size, m.style).Width
		m.widths[r] = w
	}
	return w
}

// LineHeight is the height of one line of text.
func (m *Measurer) LineHeight() float32 {
	return fyne.MeasureText("Ag", m.size, m.style).Height
}

// Wrap returns the rune offsets at which the second and later lines of
// text start when lines may be at most max wide. Lines break after spaces;
// a word longer than a line is cut; a newline always breaks.
func (m *Measurer) Wrap(text string, max float32) []int32 {
	var breaks []int32
	start, lastBreak := 0, 0
	var lineW, wordW float32
	i := -1
	for _, r := range text {
		i++
		if r == '\n' {
			breaks = append(breaks, int32(i+1))
			start, lastBreak, lineW, wordW = i+1, i+1, 0, 0
			continue
		}
		w := m.Width(r)
		if unicode.IsSpace(r) {
			lineW += w
			lastBreak, wordW = i+1, 0
			continue
		}
		if lineW+w > max && i > start {
			if lastBreak > start {
				start, lineW = lastBreak, wordW
			} else {
				start, lineW, wordW = i, 0, 0
			}
			breaks = append(breaks, int32(start))
		}
		lineW += w
		wordW += w
	}
	return breaks
}

// Lines cuts text at breaks, dropping the spaces and newlines at line ends.
func Lines(text []rune, breaks []int32) []string {
	out := make([]string, 0, len(breaks)+1)
	from := 0
	for _, b := range breaks {
		out = append(out, string(TrimRightSpace(text[from:b])))
		from = int(b)
	}
	return append(out, string(TrimRightSpace(text[from:])))
}

// TrimRightSpace drops trailing white space.
func TrimRightSpace(r []rune) []rune {
	for len(r) > 0 && unicode.IsSpace(r[len(r)-1]) {
		r = r[:len(r)-1]
	}
	return r
}
