package gui

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/veritag/veritag/data/model"
	vwidget "github.com/veritag/veritag/gui/widget"
)

// importExtensions are the file types the importer reads.
var importExtensions = []string{".txt", ".md", ".html", ".htm", ".jsonl", ".json", ".csv"}

// prefImportDir remembers the folder of the last import.
const prefImportDir = "importDir"

// chooseFiles picks files to import, several at once, starting in the
// folder of the last import.
func (u *UI) chooseFiles() {
	u.choose(pickRequest{title: lang.L("Import files"), accept: lang.L("Import"), filterName: lang.L("Articles"),
		exts: importExtensions, many: true}, prefImportDir, u.importFiles)
}

// chooseFolder picks a folder and lets the user tick which of its files to
// import.
func (u *UI) chooseFolder() {
	u.choose(pickRequest{title: lang.L("Import folder"), accept: lang.L("Choose"), folder: true}, prefImportDir,
		func(dirs []string) { u.pickFiles(dirs[0]) })
}

// pickFiles lists the importable files of dir, all ticked, and imports the
// ones left ticked.
func (u *UI) pickFiles(dir string) {
	names, err := importable(dir)
	if err != nil {
		u.showError(lang.L("Import failed"), err)
		return
	}
	if len(names) == 0 {
		dialog.ShowInformation(lang.L("Import folder"), lang.L("No importable files (.txt .md .html .jsonl .json .csv) in {{.Dir}}.",
			map[string]any{"Dir": dir}), u.win)
		return
	}
	checks := widget.NewCheckGroup(names, nil)
	checks.SetSelected(names)
	all := widget.NewButton(lang.L("Select all"), func() { checks.SetSelected(names) })
	none := widget.NewButton(lang.L("Select none"), func() { checks.SetSelected(nil) })
	content := container.NewBorder(widget.NewLabel(dir), container.NewHBox(all, none), nil, nil, container.NewVScroll(checks))
	d := dialog.NewCustomConfirm(lang.L("Import folder"), lang.L("Import"), lang.L("Cancel"), content, func(ok bool) {
		if !ok {
			return
		}
		var paths []string
		for _, n := range checks.Selected {
			paths = append(paths, filepath.Join(dir, n))
		}
		u.importFiles(paths)
	}, u.win)
	d.Resize(dialogSize(u.win))
	d.Show()
}

// importable lists the files of dir the importer reads, by name.
func importable(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		ext := strings.ToLower(filepath.Ext(e.Name()))
		if !e.IsDir() && !strings.HasPrefix(e.Name(), ".") && contains(importExtensions, ext) {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	return names, nil
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// dropped imports files dropped on the window, or offers to merge the
// databases among them.
func (u *UI) dropped(_ fyne.Position, uris []fyne.URI) {
	var paths, dbs []string
	for _, uri := range uris {
		switch {
		case uri.Scheme() != "file":
		case contains(databaseExtensions, strings.ToLower(filepath.Ext(uri.Path()))):
			dbs = append(dbs, uri.Path())
		default:
			paths = append(paths, uri.Path())
		}
	}
	if u.win.Canvas().Overlays().Top() != nil {
		return
	}
	if len(dbs) > 0 {
		u.confirmMerge(dbs)
	} else if len(paths) > 0 {
		u.importFiles(paths)
	}
}

// importFiles reads every file, then stores all their documents in one
// transaction, with a progress bar. If any file cannot be read, a dialog
// names each such file and nothing is imported.
func (u *UI) importFiles(paths []string) {
	if len(paths) == 0 {
		return
	}
	u.app.Preferences().SetString(prefImportDir, filepath.Dir(paths[0]))
	prog := vwidget.NewProgressDialog(u.win, lang.L("Importing"), nil)
	u.spawn(func() {
		var docs []model.ImportDoc
		var errs []error
		for i, p := range paths {
			name := filepath.Base(p)
			fyne.Do(func() {
				prog.Set(float64(i)/float64(len(paths))/2, lang.L("Reading {{.Name}}", map[string]any{"Name": name}))
			})
			got, err := u.svc.readFile(p)
			if err != nil {
				errs = append(errs, namingFile(p, err))
			}
			docs = append(docs, got...)
		}
		if len(errs) > 0 {
			fyne.Do(func() {
				prog.Hide()
				u.showError(lang.L("Nothing was imported"), errors.Join(errs...))
			})
			return
		}
		u.storeImport(docs, prog)
	})
}

// storeImport stores read documents and opens the first one.
func (u *UI) storeImport(docs []model.ImportDoc, prog *vwidget.ProgressDialog) {
	u.db.do(func() {
		ctx := context.Background()
		stored, err := u.b.ImportDocs(ctx, docs, func(done, total int) {
			if total > 0 && (done == total || done%max(1, total/100) == 0) {
				fyne.Do(func() { prog.Set(0.5+float64(done)/float64(total)/2, lang.L("Saving articles")) })
			}
		})
		u.wrote(ctx)
		fyne.Do(func() {
			prog.Hide()
			if err != nil {
				u.showError(lang.L("Nothing was imported"), err)
				return
			}
			u.status.message(lang.N("Imported {{.Count}} articles", len(stored), map[string]any{"Count": len(stored)}))
			u.reloadLibrary()
			u.rebuildIndex()
			if len(stored) > 0 {
				u.open(stored[0].ID, firstUnlabelled)
			}
		})
	})
}

// namingFile makes sure an error names the file it is about.
func namingFile(path string, err error) error {
	if strings.Contains(err.Error(), filepath.Base(path)) {
		return err
	}
	return errors.New(path + ": " + err.Error())
}

// dialogSize is a file dialog's size: most of the window.
func dialogSize(w fyne.Window) fyne.Size {
	s := w.Canvas().Size()
	return fyne.NewSize(max(600, s.Width*0.8), max(420, s.Height*0.8))
}
