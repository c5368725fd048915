package gui

import (
	"context"
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// agreementView is the Team → Agreement window: the headline figures,
// Cohen's kappa per annotator pair, agreement per label, the confusion
// matrix as a heat map and the articles sorted by disagreement. It is
// computed in the background each time it is opened or refreshed.
type agreementView struct {
	u      *UI
	win    fyne.Window
	gen    int // drops the results of superseded runs
	cancel context.CancelFunc
	result agreementResult

	// The widgets showing the result, kept for tests.
	items, annotators, percent, fleiss, alpha *widget.Label
	pairs, perLabel                           *fyne.Container
	heat                                      *heatMap
	docs                                      *widget.List
}

// showAgreement opens the agreement window, or brings it to the front and
// computes it again.
func (u *UI) showAgreement() {
	if v := u.agreement; v != nil {
		v.win.RequestFocus()
		v.compute()
		return
	}
	v := &agreementView{u: u, win: u.app.NewWindow(lang.L("Agreement") + " — Veritag")}
	u.agreement = v
	v.win.SetOnClosed(func() {
		v.stop()
		u.agreement = nil
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

// stop cancels a computation under way and ignores its result.
func (v *agreementView) stop() {
	v.gen++
	if v.cancel != nil {
		v.cancel()
	}
}

// compute measures the agreement in the background, showing how far it
// got.
func (v *agreementView) compute() {
	v.stop()
	ctx, cancel := context.WithCancel(context.Background())
	v.cancel = cancel
	gen, total := v.gen, len(v.u.docs)
	bar := widget.NewProgressBar()
	bar.Max = float64(max(total, 1))
	v.win.SetContent(busyContent(lang.L("Measuring agreement…"), bar))
	v.u.spawn(func() {
		res, err := v.u.computeAgreement(ctx, total, func(done int) {
			fyne.Do(func() { bar.SetValue(float64(done)) })
		})
		fyne.Do(func() {
			if gen != v.gen {
				return
			}
			cancel()
			switch {
			case errors.Is(err, context.Canceled):
			case err != nil:
				v.win.SetContent(messageContent(theme.ErrorIcon(), lang.L("Could not measure the agreement"), err.Error()))
			default:
				v.result = res
				v.win.SetContent(v.resultContent())
			}
		})
	})
}
