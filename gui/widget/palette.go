package widget

import (
	"image/color"
	"math"
	"strconv"
	"strings"

	"github.com/veritag/veritag/data/model"
)

// Palette is the colour-blind-safe palette used for labels that carry no
// colour of their own, in key order after the three default labels.
var Palette = []color.NRGBA{
	{0x00, 0x72, 0xB2, 0xff}, // blue
	{0x00, 0x9E, 0x73, 0xff}, // bluish green
	{0xE6, 0x9F, 0x00, 0xff}, // orange
	{0x56, 0xB4, 0xE9, 0xff}, // sky blue
	{0xD5, 0x5E, 0x00, 0xff}, // vermillion
	{0xCC, 0x79, 0xA7, 0xff}, // reddish purple
	{0xF0, 0xE4, 0x42, 0xff}, // yellow
	{0x99, 0x99, 0x99, 0xff}, // grey
	{0x66, 0x4D, 0x2E, 0xff}, // brown
}

// LabelStyle is how one label is drawn.
type LabelStyle struct {
	model.Label
	Fill color.NRGBA
}

// NewLabelStyles pairs each label with its colour: Label.Color when it is a
// valid "#rrggbb", else the Okabe–Ito colour for its position.
func NewLabelStyles(labels []model.Label) map[string]LabelStyle {
	out := make(map[string]LabelStyle, len(labels))
	for i, l := range labels {
		c, ok := ParseHex(l.Color)
		if !ok {
			c = Palette[i%len(Palette)]
		}
		out[l.Name] = LabelStyle{Label: l, Fill: c}
	}
	return out
}

// ParseHex reads "#rrggbb".
func ParseHex(s string) (color.NRGBA, bool) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "#")
	if len(s) != 6 {
		return color.NRGBA{}, false
	}
	v, err := strconv.ParseUint(s, 16, 32)
	if err != nil {
		return color.NRGBA{}, false
	}
	return color.NRGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff}, true
}

// Tint is the background of a row carrying the label: the label colour
// made translucent, stronger on a dark background so it stays visible
// while the text on it keeps its contrast.
func (s LabelStyle) Tint(dark bool) color.NRGBA {
	c := s.Fill
	c.A = 0x2e
	if dark {
		c.A = 0x55
	}
	return c
}

// Ink is black or white, whichever reads better on the label colour.
func (s LabelStyle) Ink() color.Color {
	if luminance(s.Fill) > 0.179 {
		return color.Black
	}
	return color.White
}

// luminance is the WCAG relative luminance of c.
func luminance(c color.NRGBA) float64 {
	lin := func(v uint8) float64 {
		f := float64(v) / 255
		if f <= 0.03928 {
			return f / 12.92
		}
		return math.Pow((f+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c.R) + 0.7152*lin(c.G) + 0.0722*lin(c.B)
}

// Contrast is the WCAG contrast ratio of two colours, 1 to 21.
func Contrast(a, b color.Color) float64 {
	la, lb := luminance(color.NRGBAModel.Convert(a).(color.NRGBA)), luminance(color.NRGBAModel.Convert(b).(color.NRGBA))
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}
