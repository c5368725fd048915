package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/veritag/veritag/data/model"
	vwidget "github.com/veritag/veritag/gui/widget"
)

// maxLabels is the most labels a label set holds, on keys 1–9.
const maxLabels = 9

// labelEditor is the Edit → Labels dialog: every label with its key,
// colour, name and description, an Edit button each and Add.
type labelEditor struct {
	u        *UI
	d        *dialog.CustomDialog
	rows     *fyne.Container
	add      *widget.Button
	full     *widget.Label
	form     *labelForm     // the form shown last
	deletion *labelDeletion // the deletion dialog shown last
}

// showLabels opens the label set editor.
func (u *UI) showLabels() {
	e := &labelEditor{u: u, rows: container.NewVBox()}
	u.labelEditor = e
	e.add = widget.NewButtonWithIcon(lang.L("Add label…"), theme.ContentAddIcon(), func() { e.edit(model.Label{}) })
	e.full = vwidget.SmallText(lang.L("A label set holds nine labels at most, on keys 1–9."))
	intro := vwidget.Caption(lang.L("A label's key tags the selected sentence. Renaming a label renames it on every annotation already made."))
	content := container.NewBorder(intro, container.NewHBox(e.add, e.full), nil, nil, container.NewVScroll(e.rows))
	e.d = dialog.NewCustom(lang.L("Labels"), lang.L("Close"), content, u.win)
	e.fill()
	e.d.Resize(fyne.NewSize(760, 560))
	e.d.Show()
}

// fill lists the label set.
func (e *labelEditor) fill() {
	e.rows.RemoveAll()
	for _, l := range e.u.labels {
		e.rows.Add(e.row(l))
	}
	vwidget.SetEnabled(e.add, len(e.u.labels) < maxLabels)
	e.full.Hidden = len(e.u.labels) < maxLabels
	e.rows.Refresh()
}

// row shows one label: its key on its colour, its name, its description
// and Edit and Delete buttons.
func (e *labelEditor) row(l model.Label) fyne.CanvasObject {
	name := widget.NewLabelWithStyle(l.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	actions := container.NewHBox(widget.NewButtonWithIcon(lang.L("Edit…"), theme.DocumentCreateIcon(), func() { e.edit(l) }))
	if del := e.deleteButton(l); del != nil {
		actions.Add(del)
	}
	text := container.NewVBox(name, vwidget.Caption(vwidget.Description(l)))
	return container.NewVBox(container.NewBorder(nil, nil, container.NewCenter(vwidget.KeyBadge(l.Key, e.u.style(l.Name))), container.NewCenter(actions), text),
		widget.NewSeparator())
}
