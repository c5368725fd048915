package widget

import (
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Heat map hues (Okabe–Ito): agreeing pairs and disagreeing pairs.
var (
	AgreeHue    = color.NRGBA{0x00, 0x9E, 0x73, 0xff} // bluish green
	DisagreeHue = color.NRGBA{0xD5, 0x5E, 0x00, 0xff} // vermillion
)

// HeatMap draws a confusion matrix: a square cell per pair of labels with
// its count written in it, coloured by the count — agreeing pairs on the
// diagonal in green, disagreeing pairs elsewhere in vermillion, each the
// darker the more pairs against the largest of its kind — and the label
// names on both axes.
type HeatMap struct {
	widget.BaseWidget
	Labels []string
	Counts [][]int
}

// NewHeatMap draws counts[row][col] for the labels on both axes.
func NewHeatMap(labels []string, counts [][]int) *HeatMap {
	h := &HeatMap{Labels: labels, Counts: counts}
	h.ExtendBaseWidget(h)
	return h
}

// CreateRenderer makes a rectangle and a count per cell and a name per
// row and column.
func (h *HeatMap) CreateRenderer() fyne.WidgetRenderer {
	r := &heatRenderer{h: h}
	text := func(s string) *canvas.Text {
		t := canvas.NewText(s, color.Black)
		t.TextStyle.Bold = true
		r.objects = append(r.objects, t)
		return t
	}
	for i, name := range h.Labels {
		for j := range h.Labels {
			c := canvas.NewRectangle(color.Transparent)
			r.cells = append(r.cells, c)
			r.objects = append(r.objects, c)
			r.nums = append(r.nums, text(strconv.Itoa(h.Counts[i][j])))
		}
		r.rows = append(r.rows, text(name))
		r.cols = append(r.cols, text(name))
	}
	for _, t := range r.nums {
		t.Alignment = fyne.TextAlignCenter
	}
	for _, t := range r.rows {
		t.Alignment = fyne.TextAlignTrailing
	}
	for _, t := range r.cols {
		t.Alignment = fyne.TextAlignCenter
	}
	r.Refresh()
	return r
}

type heatRenderer struct {
	h                 *HeatMap
	cells             []*canvas.Rectangle
	nums, rows, cols  []*canvas.Text
	objects           []fyne.CanvasObject
	textSize, numSize float32 // names; counts
	pad, rowHead      float32
}

// measure reads the theme's sizes and the width of the row names.
func (r *heatRenderer) measure() {
	th := r.h.Theme()
	r.textSize, r.pad = th.Size(theme.SizeNameCaptionText), th.Size(theme.SizeNamePadding)
	r.numSize = th.Size(theme.SizeNameText)
	r.rowHead = 0
	for _, name := range r.h.Labels {
		r.rowHead = max(r.rowHead, fyne.MeasureText(name, r.textSize, fyne.TextStyle{Bold: true}).Width)
	}
	r.rowHead += 2 * r.pad
}

// colHead is the height of the column names.
func (r *heatRenderer) colHead() float32 {
	return fyne.MeasureText("M", r.textSize, fyne.TextStyle{Bold: true}).Height + 2*r.pad
}

// minCell is the smallest cell that holds the largest count.
func (r *heatRenderer) minCell() float32 {
	w := float32(0)
	for _, t := range r.nums {
		w = max(w, fyne.MeasureText(t.Text, r.textSize, fyne.TextStyle{Bold: true}).Width)
	}
	return max(3*r.textSize, w+2*r.pad)
}

func (r *heatRenderer) Layout(size fyne.Size) {
	r.measure()
	n := float32(len(r.h.Labels))
	if n == 0 {
		return
	}
	head := r.colHead()
	cell := min((size.Width-r.rowHead)/n, (size.Height-head)/n, 9*r.textSize)
	cell = max(cell, r.minCell())
	x0 := max(0, (size.Width-r.rowHead-n*cell)/2) + r.rowHead
	y0 := head
	line := fyne.MeasureText("M", r.textSize, fyne.TextStyle{Bold: true}).Height
	numSize := min(r.numSize, cell/3)
	numLine := fyne.MeasureText("0", numSize, fyne.TextStyle{Bold: true}).Height
	for i := range r.h.Labels {
		y := y0 + float32(i)*cell
		r.rows[i].TextSize = r.textSize
		r.rows[i].Move(fyne.NewPos(0, y+(cell-line)/2))
		r.rows[i].Resize(fyne.NewSize(x0-r.pad, line))
		r.cols[i].TextSize = r.textSize
		r.cols[i].Text = fitText(r.h.Labels[i], cell-r.pad, r.textSize)
		r.cols[i].Move(fyne.NewPos(x0+float32(i)*cell, 0))
		r.cols[i].Resize(fyne.NewSize(cell, head-r.pad))
		for j := range r.h.Labels {
			k := i*len(r.h.Labels) + j
			r.cells[k].Move(fyne.NewPos(x0+float32(j)*cell+1, y+1))
			r.cells[k].Resize(fyne.NewSquareSize(cell - 2))
			r.nums[k].TextSize = numSize
			r.nums[k].Move(fyne.NewPos(x0+float32(j)*cell, y+(cell-numLine)/2))
			r.nums[k].Resize(fyne.NewSize(cell, numLine))
		}
	}
}

// fitText shortens s with "…" until it is at most w wide.
func fitText(s string, w, size float32) string {
	style := fyne.TextStyle{Bold: true}
	if fyne.MeasureText(s, size, style).Width <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 1 && fyne.MeasureText(string(r)+"…", size, style).Width > w {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
}

func (r *heatRenderer) MinSize() fyne.Size {
	r.measure()
	n := float32(len(r.h.Labels))
	side := n * r.minCell()
	return fyne.NewSize(r.rowHead+side, r.colHead()+side)
}

// Refresh colours the cells for the current theme.
func (r *heatRenderer) Refresh() {
	th := r.h.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	base := color.NRGBAModel.Convert(th.Color(theme.ColorNameInputBackground, v)).(color.NRGBA)
	fg := th.Color(theme.ColorNameForeground, v)
	n := len(r.h.Labels)
	most := [2]int{} // largest agreeing, disagreeing count
	for i := range n {
		for j := range n {
			k := 0
			if i != j {
				k = 1
			}
			most[k] = max(most[k], r.h.Counts[i][j])
		}
	}
	for i := range n {
		for j := range n {
			hue, top := AgreeHue, most[0]
			if i != j {
				hue, top = DisagreeHue, most[1]
			}
			fill := base
			if c := r.h.Counts[i][j]; c > 0 {
				fill = mix(base, hue, 0.2+0.8*float64(c)/float64(top))
			}
			k := i*n + j
			r.cells[k].FillColor = fill
			r.cells[k].CornerRadius = r.pad / 2
			r.nums[k].Color = LabelStyle{Fill: fill}.Ink()
		}
		r.rows[i].Color, r.cols[i].Color = fg, fg
	}
	r.Layout(r.h.Size())
	canvas.Refresh(r.h)
}

// mix is a blended t of the way from a to b.
func mix(a, b color.NRGBA, t float64) color.NRGBA {
	m := func(x, y uint8) uint8 { return uint8(float64(x) + (float64(y)-float64(x))*t + 0.5) }
	return color.NRGBA{m(a.R, b.R), m(a.G, b.G), m(a.B, b.B), 0xff}
}

func (r *heatRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *heatRenderer) Destroy() {}
