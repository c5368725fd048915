package gui

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/veritag/veritag/data/model"
	vwidget "github.com/veritag/veritag/gui/widget"
)

// prefExportDir remembers the folder of the last export.
const prefExportDir = "exportDir"

// exportRequest is what the export dialog asks for.
type exportRequest struct {
	format    string
	dest      string
	docID     int64  // 0 for every article
	annotator string // "" for every annotator
	excel     bool   // csv: byte-order mark for Excel
	raw       bool   // csv: no formula neutralisation
	lsDomain  string // labelstudio: email domain of the annotators
	license   string // hf: the dataset's license
}

// folderFormats write a folder rather than a file.
var folderFormats = map[string]bool{"brat": true, "hf": true}

// exportExt is the file extension of a file format.
func exportExt(format string) string {
	switch format {
	case "labelstudio":
		return ".json"
	case "csv":
		return ".csv"
	case "brat", "hf":
		return ""
	}
	return ".jsonl"
}

// exportDialog is the export form; its fields are kept for tests.
type exportDialog struct {
	choices    []exportChoice
	format     *widget.Select
	explain    *widget.Label
	domain     *widget.Entry // email domain, for Label Studio with emails
	license    *widget.Entry // Hub license identifier, for hf
	scope      *widget.RadioGroup
	annotators *widget.RadioGroup
	dest       *widget.Entry
	form       *widget.Form
	d          *dialog.ConfirmDialog
}

// choice is the selected entry.
func (e *exportDialog) choice() exportChoice { return exportChoiceNamed(e.choices, e.format.Selected) }

// choose shows the explanation of the entry named and the options it
// takes.
func (e *exportDialog) choose(name string) {
	c := exportChoiceNamed(e.choices, name)
	e.explain.SetText(c.explain)
	for _, o := range []struct {
		entry *widget.Entry
		on    bool
	}{{e.domain, c.emails}, {e.license, c.license}} {
		if o.on {
			o.entry.Enable()
		} else {
			o.entry.Disable()
		}
	}
	if e.form != nil {
		e.form.Refresh() // greys the labels of disabled fields
	}
}

// showExport asks for format, articles, annotators and destination, then
// exports with a progress bar.
func (u *UI) showExport() {
	e := &exportDialog{choices: exportChoices(), dest: widget.NewEntry(), domain: widget.NewEntry(), license: widget.NewEntry()}
	e.explain = widget.NewLabel("")
	e.explain.Wrapping = fyne.TextWrapWord
	e.domain.SetPlaceHolder("example.org")
	e.license.SetPlaceHolder("cc-by-4.0")
	u.exporter = e
	thisDoc, allDocs := lang.L("This article"), lang.L("All articles")
	everyone, onlyMe := lang.L("All annotators"), lang.L("Only me ({{.Name}})", map[string]any{"Name": u.annotator})
	e.scope = widget.NewRadioGroup([]string{thisDoc, allDocs}, nil)
	e.scope.Horizontal = true
	e.scope.SetSelected(allDocs)
	if u.doc.ID == 0 {
		e.scope.Disable()
	}
	e.annotators = widget.NewRadioGroup([]string{everyone, onlyMe}, nil)
	e.annotators.Horizontal = true
	e.annotators.SetSelected(everyone)
	names := make([]string, len(e.choices))
	for i, c := range e.choices {
		names[i] = c.name
	}
	e.format = widget.NewSelect(names, func(name string) {
		e.choose(name)
		e.dest.SetText(u.suggestDest(e.choice().format, e.dest.Text))
	})
	e.format.SetSelected(names[0])
	choose := widget.NewButton(lang.L("Choose…"), func() { u.chooseDest(e) })
	items := []*widget.FormItem{
		{Text: lang.L("Format"), Widget: e.format, HintText: lang.L("brat and hf write a folder")},
		{Text: "", Widget: e.explain},
		{Text: lang.L("Email domain"), Widget: e.domain, HintText: lang.L("Label Studio with emails: annotator anna becomes anna@domain")},
		{Text: lang.L("License"), Widget: e.license, HintText: lang.L("Hugging Face: a Hub license id; empty writes \"other\" for you to choose")},
		{Text: lang.L("Articles"), Widget: e.scope},
		{Text: lang.L("Annotators"), Widget: e.annotators},
		{Text: lang.L("Save to"), Widget: container.NewBorder(nil, nil, nil, choose, e.dest)},
	}
	e.form = widget.NewForm(items...)
	e.choose(e.format.Selected)
	e.d = dialog.NewCustomConfirm(lang.L("Export"), lang.L("Export"), lang.L("Cancel"), e.form, func(ok bool) {
		if !ok {
			return
		}
		c := e.choice()
		req := exportRequest{format: c.format, dest: strings.TrimSpace(e.dest.Text), excel: c.excel, raw: c.raw}
		if c.emails {
			req.lsDomain = strings.TrimPrefix(strings.TrimSpace(e.domain.Text), "@")
			if req.lsDomain == "" {
				u.showError(lang.L("Export failed"), errors.New(lang.L("give the email domain of your Label Studio members")))
				return
			}
		}
		if c.license {
			req.license = strings.TrimSpace(e.license.Text)
		}
		if e.scope.Selected == thisDoc {
			req.docID = u.doc.ID
		}
		if e.annotators.Selected == onlyMe {
			req.annotator = u.annotator
		}
		u.export(req)
	}, u.win)
	e.d.Resize(fyne.NewSize(600, e.d.MinSize().Height))
	e.d.Show()
}

// suggestDest proposes a destination for format next to the current one.
func (u *UI) suggestDest(format, current string) string {
	dir := filepath.Dir(current)
	if current == "" {
		dir = u.pref(prefExportDir, "")
		if dir == "" {
			dir, _ = os.UserHomeDir()
		}
	}
	name := "veritag-" + time.Now().Format("2006-01-02")
	if ext := exportExt(format); ext != "."+format {
		name += "-" + format
	}
	return filepath.Join(dir, name+exportExt(format))
}

// chooseDest picks the destination with a file or folder dialog.
func (u *UI) chooseDest(e *exportDialog) {
	format := e.choice().format
	if folderFormats[format] {
		d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
			if err == nil && dir != nil {
				e.dest.SetText(filepath.Join(dir.Path(), filepath.Base(u.suggestDest(format, e.dest.Text))))
			}
		}, u.win)
		d.Resize(dialogSize(u.win))
		d.Show()
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err == nil && w != nil {
			w.Close()
			e.dest.SetText(w.URI().Path())
		}
	}, u.win)
	d.SetFileName(filepath.Base(e.dest.Text))
	if l, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(e.dest.Text))); err == nil {
		d.SetLocation(l)
	}
	d.Resize(dialogSize(u.win))
	d.Show()
}

// export streams the chosen documents to the chosen writer off the UI
// thread, with a progress bar and a Cancel button.
func (u *UI) export(req exportRequest) {
	if req.dest == "" {
		u.showError(lang.L("Export failed"), errors.New(lang.L("choose where to save the export")))
		return
	}
	u.app.Preferences().SetString(prefExportDir, filepath.Dir(req.dest))
	total := len(u.docs)
	if req.docID != 0 {
		total = 1
	}
	ctx, cancel := context.WithCancel(context.Background())
	prog := vwidget.NewProgressDialog(u.win, lang.L("Exporting"), cancel)
	prog.Set(0, req.dest)
	labels := u.labels
	u.spawn(func() {
		ties, err := u.writeExport(ctx, req, labels, func(docs int) {
			fyne.Do(func() { prog.Set(float64(docs)/float64(max(total, 1)), req.dest) })
		})
		fyne.Do(func() {
			prog.Hide()
			switch {
			case errors.Is(err, context.Canceled):
				u.status.message(lang.L("Export cancelled"))
			case err != nil:
				u.showError(lang.L("Export failed"), err)
			case ties > 0:
				u.status.message(lang.L("Exported to {{.Path}}; {{.Ties}} tied sentences have no label", map[string]any{"Path": req.dest, "Ties": ties}))
			default:
				u.status.message(lang.L("Exported to {{.Path}}", map[string]any{"Path": req.dest}))
			}
		})
	})
}

// writeExport runs one export to the end, or discards its output, and
// returns the tied sentences left without a label.
func (u *UI) writeExport(ctx context.Context, req exportRequest, labels []model.Label, progress func(int)) (int, error) {
	w, err := u.svc.export(req.format, req.dest, exportOptions{annotator: req.annotator, labels: labels, progress: progress,
		excel: req.excel, raw: req.raw, lsDomain: req.lsDomain, license: req.license})
	if err != nil {
		return 0, err
	}
	err = u.b.EachDocument(ctx, req.docID, req.annotator, func(rec model.DocumentRecord) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		return w.WriteDocument(rec)
	})
	if err != nil {
		w.Abort()
		return 0, err
	}
	if err := w.Close(); err != nil {
		return 0, err
	}
	return w.Ties(), nil
}
