package gui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/veritag/veritag/data/model"
)

// labelDeleter is implemented by backends that delete labels (the SQLite
// store): a label in use is refused unless its annotations and final
// labels move to another label.
type labelDeleter interface {
	LabelUse(ctx context.Context, name string) (model.LabelUse, error)
	DeleteLabel(ctx context.Context, by, name, moveTo string) (model.LabelUse, error)
}

// labelDeletion is the dialog that deletes one label: it says how many
// annotations and final labels carry it and, when some do, which label
// they move to.
type labelDeletion struct {
	e       *labelEditor
	name    string
	moveTo  *widget.Select // nil when nothing uses the label
	message *widget.Label
	ok      *widget.Button // Delete, or Move and delete; nil when refused
	d       *dialog.CustomDialog
}

// deleteButton is a label row's Delete… button, or nil when the backend
// cannot delete labels.
func (e *labelEditor) deleteButton(l model.Label) *widget.Button {
	if _, ok := e.u.b.(labelDeleter); !ok {
		return nil
	}
	return widget.NewButtonWithIcon(lang.L("Delete…"), theme.DeleteIcon(), func() { e.askDelete(l.Name) })
}

// askDelete counts the label's uses, then opens the deletion dialog.
func (e *labelEditor) askDelete(name string) {
	u := e.u
	del := u.b.(labelDeleter)
	u.db.do(func() {
		use, err := del.LabelUse(context.Background(), name)
		fyne.Do(func() {
			if err != nil {
				u.showError(lang.L("Could not read the database"), err)
				return
			}
			e.showDeletion(name, use)
		})
	})
}

// showDeletion opens the dialog for deleting name, used use times.
func (e *labelEditor) showDeletion(name string, use model.LabelUse) {
	x := &labelDeletion{e: e, name: name, message: widget.NewLabel("")}
	e.deletion = x
	x.message.Wrapping = fyne.TextWrapWord
	var others []string
	for _, l := range e.u.labels {
		if l.Name != name {
			others = append(others, l.Name)
		}
	}
	counts := map[string]any{"Name": name, "Annotations": use.Annotations, "Final": use.Adjudications}
	content := container.NewVBox(x.message)
	cancel := widget.NewButton(lang.L("Cancel"), nil)
	buttons := []fyne.CanvasObject{cancel}
	switch {
	case len(others) == 0:
		x.message.SetText(lang.L("{{.Name}} is the only label: a label set keeps at least one.", counts))
	case use.Total() == 0:
		x.message.SetText(lang.L("Delete the label {{.Name}}? No annotation or final label uses it.", counts))
		x.ok = widget.NewButtonWithIcon(lang.L("Delete label"), theme.DeleteIcon(), func() { x.submit("") })
	default:
		x.message.SetText(lang.L("{{.Name}} is used by {{.Annotations}} annotations and {{.Final}} final labels. Move them to another label, or cancel to keep {{.Name}}.", counts))
		x.moveTo = widget.NewSelect(others, nil)
		x.moveTo.SetSelected(others[0])
		content.Add(widget.NewForm(widget.NewFormItem(lang.L("Move them to"), x.moveTo)))
		x.ok = widget.NewButtonWithIcon(lang.L("Move and delete"), theme.DeleteIcon(), func() { x.submit(x.moveTo.Selected) })
	}
	if x.ok != nil {
		x.ok.Importance = widget.DangerImportance
		buttons = append(buttons, x.ok)
	} else {
		cancel.SetText(lang.L("Close"))
	}
	x.d = dialog.NewCustomWithoutButtons(lang.L("Delete label {{.Name}}", counts), content, e.u.win)
	cancel.OnTapped = x.d.Hide
	x.d.SetButtons(buttons)
	x.d.Resize(fyne.NewSize(520, x.d.MinSize().Height))
	x.d.Show()
}

// submit deletes the label, moving its uses to moveTo, then reloads
// everything that shows labels. A refusal stays in the dialog.
func (x *labelDeletion) submit(moveTo string) {
	u := x.e.u
	del := u.b.(labelDeleter)
	x.ok.Disable()
	u.db.do(func() {
		ctx := context.Background()
		moved, err := del.DeleteLabel(ctx, u.annotator, x.name, moveTo)
		u.wrote(ctx)
		fyne.Do(func() {
			if err != nil {
				x.message.SetText(lang.L("Not deleted") + ": " + err.Error())
				x.ok.Enable()
				return
			}
			x.d.Hide()
			msg := lang.L("Label {{.Name}} deleted", map[string]any{"Name": x.name})
			if moved.Total() > 0 {
				msg = lang.L("Label {{.Name}} deleted; {{.N}} annotations and final labels moved to {{.To}}",
					map[string]any{"Name": x.name, "N": moved.Total(), "To": moveTo})
			}
			u.status.message(msg)
			u.labelsChanged()
			u.reloadAll(false, x.e.fill)
		})
	})
}
