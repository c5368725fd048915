package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
)

// openFile asks for one file with one of exts, starting in the folder
// saved under the preference dirPref, and hands its path to then. A
// dialog error is shown under failTitle.
func (u *UI) openFile(failTitle string, exts []string, dirPref string, then func(path string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			u.showError(failTitle, err)
			return
		}
		if r == nil {
			return
		}
		r.Close()
		then(r.URI().Path())
	}, u.win)
	d.SetFilter(storage.NewExtensionFileFilter(exts))
	u.startIn(d, dirPref)
	d.Resize(dialogSize(u.win))
	d.Show()
}

// startIn opens a file dialog in the folder saved under dirPref, if any.
func (u *UI) startIn(d *dialog.FileDialog, dirPref string) {
	if dir := u.pref(dirPref, ""); dir != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			d.SetLocation(l)
		}
	}
}
