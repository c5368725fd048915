package team

import (
	"errors"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/veritag/veritag/data/model"
	vwidget "github.com/veritag/veritag/gui/widget"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// MergeResult is one file's merge: its report, or why it failed.
type MergeResult struct {
	Path   string
	Report model.MergeReport
	Err    error
}

// ShowMergeReport shows, over parent, what each merged file brought in
// and why any file failed, and returns the report's title. When every file
// failed it shows nothing and returns their errors joined.
func ShowMergeReport(parent fyne.Window, results []MergeResult) (title string, err error) {
	var errs []error
	box := container.NewVBox()
	for _, r := range results {
		box.Add(vwidget.Heading(filepath.Base(r.Path)))
		if r.Err != nil {
			errs = append(errs, r.Err)
			msg := widget.NewLabel(r.Err.Error())
			msg.Wrapping = fyne.TextWrapWord
			msg.Importance = widget.DangerImportance
			box.Add(msg)
			continue
		}
		box.Add(mergeForm(r))
	}
	box.Add(vwidget.Caption(lang.L("Kept: this database already had the same label or a newer one.")))
	if len(errs) == len(results) {
		return "", errors.Join(errs...)
	}
	title = lang.L("Merge complete")
	if len(errs) > 0 {
		title = lang.L("Merge finished with errors")
	}
	d := dialog.NewCustom(title, lang.L("Close"), container.NewVScroll(box), parent)
	d.Resize(fyne.NewSize(600, min(parent.Canvas().Size().Height*0.8, box.MinSize().Height+140)))
	d.Show()
	return title, nil
}

// mergeForm lists one file's figures.
func mergeForm(r MergeResult) fyne.CanvasObject {
	rep := r.Report
	none := func(list []string) string {
		if len(list) == 0 {
			return lang.L("none")
		}
		return strings.Join(list, ", ")
	}
	f := widget.NewForm(
		widget.NewFormItem(lang.L("Articles"), widget.NewLabel(lang.L("{{.Added}} added · {{.Matched}} already here",
			map[string]any{"Added": rep.DocumentsAdded, "Matched": rep.DocumentsMatched}))),
		widget.NewFormItem(lang.L("Annotations"), widget.NewLabel(lang.L("{{.Added}} added · {{.Updated}} updated · {{.Kept}} kept",
			map[string]any{"Added": rep.AnnotationsAdded, "Updated": rep.AnnotationsUpdated, "Kept": rep.AnnotationsKept}))),
		widget.NewFormItem(lang.L("Final labels"), widget.NewLabel(lang.L("{{.N}} added", map[string]any{"N": rep.Adjudications}))),
		widget.NewFormItem(lang.L("Labels added"), widget.NewLabel(none(rep.LabelsAdded))),
		widget.NewFormItem(lang.L("Annotators"), vwidget.Wrapped(none(rep.Annotators))),
	)
	if rep.SentencesUnmatched > 0 {
		f.Append(lang.L("Sentences not matched"), widget.NewLabel(strconv.Itoa(rep.SentencesUnmatched)))
	}
	return f
}
