package gui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/veritag/veritag/data/config"
)

// Preference keys.
const (
	prefAnnotator    = "annotator"
	prefTheme        = "theme"
	prefTextScale    = "textScale"
	prefLanguage     = "language"
	prefLastDoc      = "lastDocument"
	prefLastSentence = "lastSentence"
	prefLibrary      = "showLibrary"
)

// pref reads a string preference.
func (u *UI) pref(key, fallback string) string {
	return u.app.Preferences().StringWithFallback(key, fallback)
}

// textScale is the saved text size factor.
func (u *UI) textScale() float32 {
	return float32(u.app.Preferences().FloatWithFallback(prefTextScale, 1))
}

// resolveAnnotator picks the annotator: --annotator, else
// VERITAG_ANNOTATOR, else the saved preference, else the OS user.
func (u *UI) resolveAnnotator() string {
	name, _ := config.Annotator(u.opts.Annotator, u.pref(prefAnnotator, ""))
	return name
}

// annotatorFixed is true when the flag or the environment names the
// annotator, so neither the first-run question nor the settings change it.
func (u *UI) annotatorFixed() bool {
	_, fromUser := config.Annotator(u.opts.Annotator, "")
	return !fromUser
}

// askAnnotator asks for the annotator's name on first run, unless the
// flag or the environment gives it.
func (u *UI) askAnnotator() {
	if u.annotatorFixed() || u.pref(prefAnnotator, "") != "" {
		return
	}
	name := widget.NewEntry()
	name.SetText(u.annotator)
	items := []*widget.FormItem{{Text: lang.L("Your name"), Widget: name, HintText: lang.L("Saved with every tag you make")}}
	d := dialog.NewForm(lang.L("Welcome to Veritag"), lang.L("Start"), lang.L("Cancel"), items, func(ok bool) {
		if n := strings.TrimSpace(name.Text); ok && n != "" {
			u.setAnnotator(n)
		} else {
			u.app.Preferences().SetString(prefAnnotator, u.annotator)
		}
	}, u.win)
	name.OnSubmitted = func(string) { d.Submit() }
	d.Resize(d.MinSize().AddWidthHeight(200, 0))
	d.Show()
	u.win.Canvas().Focus(name)
	name.TypedShortcut(&fyne.ShortcutSelectAll{})
}

// setAnnotator switches to annotator name, saves it and reloads what
// depends on it.
func (u *UI) setAnnotator(name string) {
	u.app.Preferences().SetString(prefAnnotator, name)
	if name == u.annotator {
		return
	}
	u.annotator = name
	u.reloadLibrary()
	u.reloadLabels(name)
	if u.doc.ID != 0 {
		u.open(u.doc.ID, u.selected)
	}
	u.status.update()
}

// savePosition remembers the selected sentence for the next start.
func (u *UI) savePosition() {
	if u.doc.ID != 0 && u.selected >= 0 {
		u.app.Preferences().SetInt(prefLastSentence, u.selected)
	}
}
