package team

import (
	"context"
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	vwidget "github.com/veritag/veritag/gui/widget"
)

// teamTask is the background computation of a team window (agreement,
// adjudication): one run at a time, cancellable, and a newer run or a
// closed window makes the older run's result be dropped.
type teamTask struct {
	gen    int // bumped by every start and stop: results of older runs are dropped
	cancel context.CancelFunc
}

// stop cancels a run under way and ignores its result.
func (t *teamTask) stop() {
	t.gen++
	if t.cancel != nil {
		t.cancel()
	}
}

// runTask shows busy with a progress bar over total documents in win,
// runs work off the UI thread and hands its result to done on the UI
// thread, unless the run was cancelled or superseded meanwhile.
func runTask[T any](spawn func(func()), t *teamTask, win fyne.Window, busy string, total int,
	work func(ctx context.Context, total int, progress func(done int)) (T, error), done func(T, error)) {
	t.stop()
	ctx, cancel := context.WithCancel(context.Background())
	t.cancel = cancel
	gen := t.gen
	bar := widget.NewProgressBar()
	bar.Max = float64(max(total, 1))
	win.SetContent(vwidget.BusyContent(busy, bar))
	spawn(func() {
		res, err := work(ctx, total, func(n int) {
			fyne.Do(func() { bar.SetValue(float64(n)) })
		})
		fyne.Do(func() {
			if gen != t.gen {
				return
			}
			cancel()
			if !errors.Is(err, context.Canceled) {
				done(res, err)
			}
		})
	})
}
