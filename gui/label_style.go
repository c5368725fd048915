package gui

import (
	"github.com/veritag/veritag/data/model"
	vwidget "github.com/veritag/veritag/gui/widget"
)

// style is how label name is drawn; a label missing from the label set
// (from an older set or an import) is grey.
func (u *UI) style(name string) vwidget.LabelStyle {
	if st, ok := u.styles[name]; ok {
		return st
	}
	return vwidget.LabelStyle{Label: model.Label{Name: name}, Fill: vwidget.Palette[7]}
}
