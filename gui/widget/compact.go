package widget

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// CompactTheme is the app's theme with half the inner padding, for
// tables that should fit without scrolling.
type CompactTheme struct{}

// Color is the app theme's.
func (CompactTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return fyne.CurrentApp().Settings().Theme().Color(n, v)
}

// Font is the app theme's.
func (CompactTheme) Font(s fyne.TextStyle) fyne.Resource {
	return fyne.CurrentApp().Settings().Theme().Font(s)
}

// Icon is the app theme's.
func (CompactTheme) Icon(n fyne.ThemeIconName) fyne.Resource {
	return fyne.CurrentApp().Settings().Theme().Icon(n)
}

// Size halves the inner padding.
func (CompactTheme) Size(n fyne.ThemeSizeName) float32 {
	s := fyne.CurrentApp().Settings().Theme().Size(n)
	if n == theme.SizeNameInnerPadding {
		return s / 2
	}
	return s
}

// TableGrid is a grid of columns with a bold header row.
func TableGrid(cols int, headers ...string) *fyne.Container {
	g := container.New(layout.NewGridLayoutWithColumns(cols))
	for _, h := range headers {
		g.Add(widget.NewLabelWithStyle(h, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	}
	return g
}

// AddRow adds cells to a tableGrid.
func AddRow(g *fyne.Container, cells ...string) {
	for _, c := range cells {
		l := widget.NewLabel(c)
		l.Truncation = fyne.TextTruncateEllipsis
		g.Add(l)
	}
}
