package widget

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// ColorChoice picks a label colour: one of the colour-blind-safe palette's
// swatches, or any colour from a picker. It shows the choice's hex code.
type ColorChoice struct {
	Hex      string // the colour chosen, "#RRGGBB"
	swatches []*Swatch
	code     *widget.Label
	Box      fyne.CanvasObject // the swatches, picker button and code, to place in a form
}

// NewColorChoice offers the palette and a picker in window w, starting at
// hex; changed runs after every choice.
func NewColorChoice(w fyne.Window, hex string, changed func()) *ColorChoice {
	c := &ColorChoice{code: widget.NewLabel("")}
	c.code.TextStyle.Monospace = true
	set := func(nc color.NRGBA) {
		c.Set(ToHex(nc))
		changed()
	}
	row := container.NewHBox()
	for _, p := range Palette {
		s := NewSwatch(p, func() { set(p) })
		c.swatches = append(c.swatches, s)
		row.Add(s)
	}
	other := widget.NewButtonWithIcon(lang.L("Other colour…"), theme.ColorPaletteIcon(), func() {
		d := dialog.NewColorPicker(lang.L("Label colour"), lang.L("Pick any colour"), func(picked color.Color) {
			set(color.NRGBAModel.Convert(picked).(color.NRGBA))
		}, w)
		d.Advanced = true
		if cur, ok := ParseHex(c.Hex); ok {
			d.SetColor(cur)
		}
		d.Show()
	})
	c.Box = container.NewVBox(row, container.NewHBox(other, c.code))
	c.Set(hex)
	return c
}

// Swatches are the palette's swatches, in palette order.
func (c *ColorChoice) Swatches() []*Swatch { return c.swatches }

// Set chooses colour hex and rings its swatch, if it has one.
func (c *ColorChoice) Set(hex string) {
	c.Hex = strings.ToUpper(hex)
	for i, s := range c.swatches {
		s.SetSelected(strings.EqualFold(ToHex(Palette[i]), hex))
	}
	c.code.SetText(c.Hex)
}
