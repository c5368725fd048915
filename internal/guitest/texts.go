// Package guitest holds helpers shared by the GUI packages' tests.
package guitest

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	vwidget "github.com/veritag/veritag/gui/widget"
)

// Walk calls visit on o and, for as long as visit returns true, on what o
// holds: a container's objects, a widget's rendered objects.
func Walk(o fyne.CanvasObject, visit func(fyne.CanvasObject) bool) {
	if o == nil || !visit(o) {
		return
	}
	switch v := o.(type) {
	case *fyne.Container:
		for _, c := range v.Objects {
			Walk(c, visit)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			Walk(c, visit)
		}
	}
}

// Texts joins the text of every visible label, text and button under o,
// one per line.
func Texts(o fyne.CanvasObject) string {
	var out []string
	Walk(o, func(o fyne.CanvasObject) bool {
		if !o.Visible() {
			return false
		}
		switch v := o.(type) {
		case *widget.Label:
			out = append(out, v.Text)
		case *widget.Button:
			out = append(out, v.Text)
		case *vwidget.WrapLabel:
			out = append(out, v.Text)
		case *canvas.Text:
			out = append(out, v.Text)
		default:
			return true
		}
		return false
	})
	return strings.Join(out, "\n")
}
