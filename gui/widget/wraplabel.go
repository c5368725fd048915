package widget

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// measurers are shared by wrapped labels, one per text size and style.
var measurers = map[fyne.TextStyle]map[float32]*Measurer{}

// MeasurerFor returns the shared measurer for a text size and style.
func MeasurerFor(size float32, style fyne.TextStyle) *Measurer {
	bySize := measurers[style]
	if bySize == nil {
		bySize = map[float32]*Measurer{}
		measurers[style] = bySize
	}
	m := bySize[size]
	if m == nil {
		m = NewMeasurer(size, style)
		bySize[size] = m
	}
	return m
}

// WrapLabel is text wrapped to a known width. Unlike a wrapping Label it
// knows its height before it is first laid out, because its width comes
// from the panel it sits in.
type WrapLabel struct {
	widget.BaseWidget
	Text      string
	SizeName  fyne.ThemeSizeName
	Style     fyne.TextStyle
	ColorName fyne.ThemeColorName
	MaxLines  int // 0 for no limit; the last line shown ends in "…" when cut
	width     func() float32
}

// NewWrapLabel makes a label that wraps text at width() until it is laid
// out, then at its own width.
func NewWrapLabel(text string, width func() float32) *WrapLabel {
	w := &WrapLabel{Text: text, SizeName: theme.SizeNameText, ColorName: theme.ColorNameForeground, width: width}
	w.ExtendBaseWidget(w)
	return w
}

// SetText changes the text.
func (w *WrapLabel) SetText(s string) {
	if s != w.Text {
		w.Text = s
		w.Refresh()
	}
}

// CreateRenderer makes the line objects.
func (w *WrapLabel) CreateRenderer() fyne.WidgetRenderer {
	r := &wrapRenderer{w: w}
	r.Refresh()
	return r
}

type wrapRenderer struct {
	w        *WrapLabel
	lines    []*canvas.Text
	objects  []fyne.CanvasObject
	line     float32
	builtFor float32 // the width the lines were wrapped for
}

func (r *wrapRenderer) measurer() *Measurer {
	return MeasurerFor(r.w.Theme().Size(r.w.SizeName), r.w.Style)
}

func (r *wrapRenderer) maxWidth() float32 {
	if w := r.w.Size().Width; w > 0 {
		return w
	}
	return r.w.width()
}

func (r *wrapRenderer) Refresh() {
	r.wrap()
	r.Layout(r.w.Size())
	canvas.Refresh(r.w)
}

// wrap cuts the text into line objects for the current width.
func (r *wrapRenderer) wrap() {
	m := r.measurer()
	r.builtFor = r.maxWidth()
	runes := []rune(r.w.Text)
	text := Lines(runes, m.Wrap(r.w.Text, r.builtFor))
	if r.w.Text == "" {
		text = nil
	}
	if n := r.w.MaxLines; n > 0 && len(text) > n {
		text = text[:n]
		text[n-1] = ellipsize(m, text[n-1], r.builtFor)
	}
	for len(r.lines) < len(text) {
		r.lines = append(r.lines, canvas.NewText("", color.Black))
	}
	r.lines = r.lines[:len(text)]
	r.objects = r.objects[:0]
	c := r.w.Theme().Color(r.w.ColorName, fyne.CurrentApp().Settings().ThemeVariant())
	for i, t := range r.lines {
		t.Text, t.TextSize, t.TextStyle, t.Color = text[i], m.size, r.w.Style, c
		r.objects = append(r.objects, t)
	}
	r.line = m.LineHeight()
}

func (r *wrapRenderer) Layout(size fyne.Size) {
	if size.Width > 0 && size.Width != r.builtFor {
		r.wrap()
	}
	for i, t := range r.lines {
		t.Move(fyne.NewPos(0, float32(i)*r.line))
		t.Resize(fyne.NewSize(size.Width, r.line))
	}
}

func (r *wrapRenderer) MinSize() fyne.Size {
	m := r.measurer()
	if r.w.Text == "" && r.w.MaxLines == 0 {
		return fyne.Size{}
	}
	n := len(m.Wrap(r.w.Text, r.maxWidth())) + 1
	if r.w.MaxLines > 0 {
		n = r.w.MaxLines
	}
	return fyne.NewSize(0, float32(n)*m.LineHeight())
}

func (r *wrapRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *wrapRenderer) Destroy() {}

// ellipsize ends a cut line with "…", shortening it to fit width.
func ellipsize(m *Measurer, line string, width float32) string {
	r := []rune(line)
	w := m.Width('…')
	for _, c := range r {
		w += m.Width(c)
	}
	for len(r) > 0 && w > width {
		w -= m.Width(r[len(r)-1])
		r = r[:len(r)-1]
	}
	return string(TrimRightSpace(r)) + "…"
}
