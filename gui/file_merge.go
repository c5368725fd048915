package gui

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"

	"github.com/veritag/veritag/gui/team"
	vwidget "github.com/veritag/veritag/gui/widget"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// databaseExtensions are the file types offered for a merge.
var databaseExtensions = []string{".db", ".sqlite", ".sqlite3"}

// prefMergeDir remembers the folder of the last database merged.
const prefMergeDir = "mergeDir"

// chooseMerge picks databases to merge, then lists them so that more can
// be added before merging.
func (u *UI) chooseMerge() {
	u.pickDatabases(u.confirmMerge)
}

// pickDatabases asks for database files, starting in the last folder used.
func (u *UI) pickDatabases(then func(paths []string)) {
	u.choose(pickRequest{title: lang.L("Merge databases"), accept: lang.L("Choose"), filterName: lang.L("Veritag databases"),
		exts: databaseExtensions, many: true}, prefMergeDir, then)
}

// confirmMerge lists the databases to merge, offers to add more and
// merges them.
func (u *UI) confirmMerge(paths []string) {
	list := widget.NewLabel("")
	show := func() { list.SetText(strings.Join(paths, "\n")) }
	show()
	add := widget.NewButtonWithIcon(lang.L("Add another database…"), theme.ContentAddIcon(), func() {
		u.pickDatabases(func(more []string) {
			for _, p := range more {
				if !contains(paths, p) {
					paths = append(paths, p)
				}
			}
			show()
		})
	})
	explain := vwidget.Caption(lang.L("Articles, labels, annotations and final labels from these files are added to your database. " +
		"Sentences are matched by their text; where one annotator labelled a sentence in both, the newer label wins. " +
		"The files themselves are only read."))
	content := container.NewVBox(explain, widget.NewSeparator(), list, container.NewHBox(add))
	d := dialog.NewCustomConfirm(lang.L("Merge databases"), lang.L("Merge"), lang.L("Cancel"), content, func(ok bool) {
		if ok {
			u.merge(paths)
		}
	}, u.win)
	d.Resize(fyne.NewSize(640, d.MinSize().Height))
	d.Show()
}

// merge merges each database in turn, in order with the other Backend
// calls, with a busy indicator, then reports and reloads what changed.
// Each file is merged whole or not at all; one that fails does not stop
// the others.
func (u *UI) merge(paths []string) {
	prog := vwidget.NewBusyDialog(u.win, lang.L("Merging"))
	own := u.opts.DBPath
	u.db.do(func() {
		ctx := context.Background()
		var results []team.MergeResult
		for i, p := range paths {
			msg := lang.L("{{.Name}} ({{.N}} of {{.Total}})", map[string]any{"Name": filepath.Base(p), "N": i + 1, "Total": len(paths)})
			fyne.Do(func() { prog.Set(0, msg) })
			res := team.MergeResult{Path: p}
			if sameFile(p, own) {
				res.Err = errors.New(p + ": " + lang.L("this is the database Veritag has open"))
			} else if res.Report, res.Err = u.b.Merge(ctx, p); res.Err != nil {
				res.Err = namingFile(p, res.Err)
			}
			results = append(results, res)
		}
		u.wrote(ctx)
		fyne.Do(func() {
			prog.Hide()
			if title, err := team.ShowMergeReport(u.win, results); err != nil {
				u.showError(lang.L("Nothing was merged"), err)
			} else {
				u.status.message(title)
			}
			for _, r := range results {
				if r.Err == nil {
					u.reloadAll(true, nil)
					return
				}
			}
		})
	})
}

// sameFile reports whether two paths name the same existing file.
func sameFile(a, b string) bool {
	fa, errA := os.Stat(a)
	fb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(fa, fb)
}
