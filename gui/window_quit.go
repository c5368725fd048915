package gui

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
)

// quitWait is how long quitting waits for the queued changes before it
// asks whether to quit anyway (a disk that hangs, a network drive gone).
const quitWait = 10 * time.Second

// Quit quits as Ctrl+Q does, committing every queued change first. It may
// be called from any goroutine (cmd/veritag calls it on SIGTERM and at
// logout).
func (u *UI) Quit() { fyne.Do(u.quit) }

// quit waits (in the background, at most quitWait) until every change
// already queued is committed, then quits. A change the disk refused, or a
// wait that ran out, asks first.
func (u *UI) quit() {
	if u.quitting {
		return
	}
	u.quitting = true
	u.status.message(lang.L("Saving before quitting…"))
	drained := u.db.idle()
	u.spawn(func() {
		select {
		case <-drained:
			fyne.Do(u.quitWhenSaved)
		case <-time.After(quitWait):
			fyne.Do(func() {
				u.askQuitAnyway(fmt.Sprintf(lang.L("Changes are still being saved after %d seconds: the disk is not answering."), int(quitWait.Seconds())))
			})
		}
	})
}

// quitWhenSaved quits once every queued change is committed, unless the
// disk refused some: then the user chooses.
func (u *UI) quitWhenSaved() {
	if u.unsaved == 0 {
		u.leave()
		return
	}
	u.askQuitAnyway(fmt.Sprintf(lang.L("%d changes could not be saved (see the error shown)."), u.unsaved))
}

// leave stops the team hub link, so no sync outlives the window, then
// ends the app. Local changes not yet pushed stay queued in the file.
func (u *UI) leave() { u.stopHubThen(u.exit) }

// askQuitAnyway explains why quitting stopped and lets the user quit
// anyway or stay, e.g. to free disk space and tag again.
func (u *UI) askQuitAnyway(why string) {
	d := dialog.NewConfirm(lang.L("Quit without saving?"), why+"\n"+lang.L("Quit anyway and lose them?"), func(quit bool) {
		if quit {
			u.leave()
			return
		}
		u.quitting = false
		u.unsaved = 0
		u.status.message(lang.L("Not quitting: the changes shown as not saved need to be made again"))
	}, u.win)
	d.SetConfirmText(lang.L("Quit anyway"))
	d.SetDismissText(lang.L("Stay"))
	d.Show()
}
