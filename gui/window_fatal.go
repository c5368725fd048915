package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/veritag/veritag/assets"
)

// ShowFatal shows why Veritag cannot start (for example a file that is not
// a Veritag database) in a window of its own and runs the app until the
// user closes it.
func ShowFatal(a fyne.App, err error) {
	ShowFatalWindow(a, err)
	a.Run()
}

// ShowFatalWindow shows why Veritag cannot start in a window of its own,
// in an app that already runs.
func ShowFatalWindow(a fyne.App, err error) {
	w := smallWindow(a)
	msg := widget.NewLabel(err.Error())
	msg.Wrapping = fyne.TextWrapWord
	title := widget.NewLabelWithStyle(lang.L("Veritag cannot start"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	quit := widget.NewButtonWithIcon(lang.L("Quit"), theme.CancelIcon(), a.Quit)
	w.SetContent(container.NewBorder(title, container.NewCenter(quit), container.NewVBox(widget.NewIcon(theme.ErrorIcon())), nil, msg))
	w.Resize(fyne.NewSize(560, 220))
	w.Show()
}

// smallWindow is a window of Veritag's own, with its icon and translations,
// for what is shown before or instead of the main window.
func smallWindow(a fyne.App) fyne.Window {
	loadTranslations(a)
	w := a.NewWindow("Veritag")
	w.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	return w
}
