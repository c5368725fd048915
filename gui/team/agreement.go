package team

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	vwidget "github.com/veritag/veritag/gui/widget"
)

// agreementView is the Team → Agreement window: the headline figures,
// Cohen's kappa per annotator pair, agreement per label, the confusion
// matrix as a heat map and the articles sorted by disagreement. It is
// computed in the background each time it is opened or refreshed.
type agreementView struct {
	host   Host
	win    fyne.Window
	task   teamTask
	result agreementResult

	// The widgets showing the result, kept for tests.
	items, annotators, percent, fleiss, alpha *widget.Label
	pairs, perLabel                           *fyne.Container
	heat                                      *vwidget.HeatMap
	docs                                      *widget.List
}

// ShowAgreement opens the agreement window, or brings it to the front and
// computes it again.
func (w *Windows) ShowAgreement() {
	if v := w.agreement; v != nil {
		v.win.RequestFocus()
		v.compute()
		return
	}
	v := &agreementView{host: w.host, win: w.host.App.NewWindow(lang.L("Agreement") + " — Veritag")}
	w.agreement = v
	v.win.SetOnClosed(func() {
		v.task.stop()
		w.agreement = nil
	})
	v.win.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) {
		switch k.Name {
		case fyne.KeyEscape:
			v.win.Close()
		case fyne.KeyF5:
			v.compute()
		}
	})
	v.win.Resize(fyne.NewSize(1100, 760))
	v.win.Show()
	v.compute()
}

// compute measures the agreement in the background, showing how far it
// got.
func (v *agreementView) compute() {
	runTask(v.host.Spawn, &v.task, v.win, lang.L("Measuring agreement…"), len(v.host.Documents()), v.computeAgreement,
		func(res agreementResult, err error) {
			if err != nil {
				v.win.SetContent(vwidget.MessageContent(theme.ErrorIcon(), lang.L("Could not measure the agreement"), err.Error()))
				return
			}
			v.result = res
			v.win.SetContent(v.resultContent())
		})
}
