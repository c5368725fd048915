package gui

import (
	"image/color"
	"math"
	"strconv"
	"strings"

	"github.com/veritag/veritag/data/model"
)

// okabeIto is the colour-blind-safe palette used for labels that carry no
// colour of their own, in key order after the three default labels.
var okabeIto = []color.NRGBA{
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

// labelStyle is how one label is drawn.
type labelStyle struct {
	model.Label
	color color.NRGBA
}

// newLabelStyles pairs each label with its colour: Label.Color when it is a
// valid "#rrggbb", else the Okabe–Ito colour for its position.
func newLabelStyles(labels []model.Label) map[string]labelStyle {
	out := make(map[string]labelStyle, len(labels))
	for i, l := range labels {
		c, ok := parseHex(l.Color)
		if !ok {
			c = okabeIto[i%len(okabeIto)]
		}
		out[l.Name] = labelStyle{Label: l, color: c}
	}
	return out
}

// parseHex reads "#rrggbb".
func parseHex(s string) (color.NRGBA, bool) {
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

// tint is the background of a row carrying the label: the label colour
// made translucent, stronger on a dark background so it stays visible
// while the text on it keeps its contrast.
func (s labelStyle) tint(dark bool) color.NRGBA {
	c := s.color
	c.A = 0x2e
	if dark {
		c.A = 0x55
	}
	return c
}

// ink is black or white, whichever reads better on the label colour.
func (s labelStyle) ink() color.Color {
	if luminance(s.color) > 0.179 {
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

// style is how label name is drawn; a label missing from the label set
// (from an older set or an import) is grey.
func (u *UI) style(name string) labelStyle {
	if st, ok := u.styles[name]; ok {
		return st
	}
	return labelStyle{Label: model.Label{Name: name}, color: okabeIto[7]}
}
