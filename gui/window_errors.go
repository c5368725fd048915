package gui

import (
	"errors"

	"fyne.io/fyne/v2/dialog"
)

// showError shows what failed and why in a dialog.
func (u *UI) showError(what string, err error) {
	if err == nil {
		err = errors.New(what)
	} else {
		err = errors.New(what + ":\n" + err.Error())
	}
	dialog.ShowError(err, u.win)
}
