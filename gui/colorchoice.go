package gui

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

// colorChoice picks a label colour: one of the colour-blind-safe palette's
// swatches, or any colour from a picker. It shows the choice's hex code.
type colorChoice struct {
	hex      string // "#rrggbb"
	swatches []*swatch
	code     *widget.Label
	box      fyne.CanvasObject
}

func newColorChoice(w fyne.Window, hex string, changed func()) *colorChoice {
	c := &colorChoice{code: widget.NewLabel("")}
	c.code.TextStyle.Monospace = true
	set := func(nc color.NRGBA) {
		c.set(toHex(nc))
		changed()
	}
	row := container.NewHBox()
	for _, p := range okabeIto {
		s := newSwatch(p, func() { set(p) })
		c.swatches = append(c.swatches, s)
		row.Add(s)
	}
	other := widget.NewButtonWithIcon(lang.L("Other colour…"), theme.ColorPaletteIcon(), func() {
		d := dialog.NewColorPicker(lang.L("Label colour"), lang.L("Pick any colour"), func(picked color.Color) {
			set(color.NRGBAModel.Convert(picked).(color.NRGBA))
		}, w)
		d.Advanced = true
		if cur, ok := parseHex(c.hex); ok {
			d.SetColor(cur)
		}
		d.Show()
	})
	c.box = container.NewVBox(row, container.NewHBox(other, c.code))
	c.set(hex)
	return c
}

// set chooses colour hex and rings its swatch, if it has one.
func (c *colorChoice) set(hex string) {
	c.hex = strings.ToUpper(hex)
	for i, s := range c.swatches {
		s.setSelected(strings.EqualFold(toHex(okabeIto[i]), hex))
	}
	c.code.SetText(c.hex)
}
