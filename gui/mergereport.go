package gui

import (
	"errors"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// showMergeReport says what each merged file brought in and why any file
// failed; when every file failed it is an error dialog naming them.
func (u *UI) showMergeReport(results []mergeResult) {
	var errs []error
	box := container.NewVBox()
	for _, r := range results {
		box.Add(heading(filepath.Base(r.path)))
		if r.err != nil {
			errs = append(errs, r.err)
			msg := widget.NewLabel(r.err.Error())
			msg.Wrapping = fyne.TextWrapWord
			msg.Importance = widget.DangerImportance
			box.Add(msg)
			continue
		}
		box.Add(mergeForm(r))
	}
	box.Add(caption(lang.L("Kept: this database already had the same label or a newer one.")))
	if len(errs) == len(results) {
		u.showError(lang.L("Nothing was merged"), errors.Join(errs...))
		return
	}
	title := lang.L("Merge complete")
	if len(errs) > 0 {
		title = lang.L("Merge finished with errors")
	}
	u.status.message(title)
	d := dialog.NewCustom(title, lang.L("Close"), container.NewVScroll(box), u.win)
	d.Resize(fyne.NewSize(600, min(u.win.Canvas().Size().Height*0.8, box.MinSize().Height+140)))
	d.Show()
}

// mergeForm lists one file's figures.
func mergeForm(r mergeResult) fyne.CanvasObject {
	rep := r.report
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
		widget.NewFormItem(lang.L("Annotators"), wrapped(none(rep.Annotators))),
	)
	if rep.SentencesUnmatched > 0 {
		f.Append(lang.L("Sentences not matched"), widget.NewLabel(strconv.Itoa(rep.SentencesUnmatched)))
	}
	return f
}
