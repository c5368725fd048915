package gui

import (
	"context"
	"regexp"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/veritag/veritag/data/model"
	vwidget "github.com/veritag/veritag/gui/widget"
)

// labelNamePattern is what the store accepts as a label name.
var labelNamePattern = regexp.MustCompile(`^[A-Z][A-Z0-9_-]{0,31}$`)

// labelForm edits one label, or a new one: name, key, colour and
// description, checked as they are typed; Save stays disabled while a
// problem is shown.
type labelForm struct {
	e       *labelEditor
	orig    model.Label // the label edited; Name is "" for a new one
	name    *widget.Entry
	key     *widget.Select
	colors  *vwidget.ColorChoice
	desc    *widget.Entry
	message *vwidget.FormNote // the problem, or what saving will do
	save    *widget.Button
	d       *dialog.CustomDialog
}

// edit opens the form on label l, or on a new label when l has no name.
func (e *labelEditor) edit(l model.Label) {
	u := e.u
	f := &labelForm{e: e, orig: l}
	e.form = f
	title := lang.L("Edit label {{.Name}}", map[string]any{"Name": l.Name})
	if l.Name == "" {
		title = lang.L("New label")
		l.Key, l.Color = e.freeKey(), e.freeColor()
	}
	f.name = widget.NewEntry()
	f.name.SetText(l.Name)
	f.name.SetPlaceHolder(lang.L("e.g. OPINION"))
	f.key = widget.NewSelect(e.keyOptions(f.orig.Name), nil)
	f.key.SetSelected(e.keyOption(l.Key, f.orig.Name))
	f.colors = vwidget.NewColorChoice(u.win, vwidget.ToHex(u.style(l.Name).Fill), f.check)
	if l.Color != "" {
		f.colors.Set(l.Color)
	}
	f.desc = widget.NewMultiLineEntry()
	f.desc.Wrapping = fyne.TextWrapWord
	f.desc.SetMinRowsVisible(2)
	f.desc.SetText(vwidget.Description(l))
	f.message = vwidget.NewFormNote()
	f.save = widget.NewButtonWithIcon(lang.L("Save"), theme.ConfirmIcon(), f.submit)
	f.save.Importance = widget.HighImportance
	f.name.OnChanged = func(string) { f.check() }
	f.name.OnSubmitted = func(string) { f.submit() }
	f.key.OnChanged = func(string) { f.check() }
	form := widget.NewForm(
		&widget.FormItem{Text: lang.L("Name"), Widget: f.name, HintText: lang.L("Capital letters, digits, _ or -, starting with a letter")},
		&widget.FormItem{Text: lang.L("Key"), Widget: f.key},
		&widget.FormItem{Text: lang.L("Colour"), Widget: f.colors.Box},
		&widget.FormItem{Text: lang.L("Guideline"), Widget: f.desc, HintText: lang.L("One line of guidance, shown on the label's button")},
	)
	f.d = dialog.NewCustomWithoutButtons(title, container.NewVBox(form, f.message), u.win)
	f.d.SetButtons([]fyne.CanvasObject{widget.NewButton(lang.L("Cancel"), f.d.Hide), f.save})
	f.check()
	f.d.Resize(fyne.NewSize(640, f.d.MinSize().Height))
	f.d.Show()
	u.win.Canvas().Focus(f.name)
}

// value is the label as the form now describes it. A default label's
// description left as translated keeps its stored wording.
func (f *labelForm) value() model.Label {
	desc := strings.TrimSpace(f.desc.Text)
	if desc == vwidget.Description(f.orig) {
		desc = f.orig.Description
	}
	return model.Label{Name: strings.ToUpper(strings.TrimSpace(f.name.Text)), Key: f.key.Selected[:1],
		Color: f.colors.Hex, Description: desc}
}

// problem says what is wrong with l, or "".
func (f *labelForm) problem(l model.Label) string {
	switch {
	case l.Name == "":
		return lang.L("Give the label a name.")
	case !labelNamePattern.MatchString(l.Name):
		return lang.L("“{{.Name}}” is not a label name: use up to 32 capital letters, digits, _ or -, starting with a letter.",
			map[string]any{"Name": l.Name})
	}
	for _, x := range f.e.u.labels {
		switch {
		case x.Name == f.orig.Name:
		case x.Name == l.Name:
			return lang.L("There is already a label named {{.Name}}.", map[string]any{"Name": l.Name})
		case x.Key == l.Key:
			return lang.L("Key {{.Key}} is already used by {{.Name}}.", map[string]any{"Key": l.Key, "Name": x.Name})
		}
	}
	return ""
}

// check shows the first problem and disables Save, or says what saving
// will do.
func (f *labelForm) check() {
	l := f.value()
	p := f.problem(l)
	vwidget.SetEnabled(f.save, p == "")
	switch {
	case p != "":
		f.message.Say(p, widget.DangerImportance)
	case f.orig.Name != "" && l.Name != f.orig.Name:
		f.message.Say(lang.L("Every {{.Old}} annotation becomes {{.New}}.", map[string]any{"Old": f.orig.Name, "New": l.Name}), widget.MediumImportance)
	default:
		f.message.Say("", widget.MediumImportance)
	}
}

// submit stores the label, then reloads everything that shows labels. A
// refusal from the database is shown in the form, which stays open.
func (f *labelForm) submit() {
	l := f.value()
	if f.problem(l) != "" {
		return
	}
	if l == f.orig {
		f.d.Hide()
		return
	}
	u, orig := f.e.u, f.orig.Name
	vwidget.SetEnabled(f.save, false)
	u.write(func(ctx context.Context, b Backend) error {
		if orig == "" {
			_, err := b.AddLabel(ctx, l)
			return err
		}
		return b.UpdateLabel(ctx, orig, l)
	}, func(err error) {
		if err != nil {
			f.message.Say(lang.L("Not saved")+": "+err.Error(), widget.DangerImportance)
			return
		}
		f.d.Hide()
		u.status.message(lang.L("Label {{.Name}} saved", map[string]any{"Name": l.Name}))
		u.reloadAll(false, f.e.fill)
	})
}
