package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// zoomStep is how much Ctrl+= and Ctrl+- change the text size.
const zoomStep = 0.1

// mainMenu is the window's menu bar; it shows every shortcut.
func (u *UI) mainMenu() *fyne.MainMenu {
	act := u.shortcutActions()
	item := func(label string, sc fyne.Shortcut) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, act[sc])
		it.Shortcut = sc
		return it
	}
	quit := item(lang.L("Quit"), scQuit)
	quit.IsQuit = true
	file := fyne.NewMenu(lang.L("File"),
		item(lang.L("Import files…"), scImport),
		item(lang.L("Import folder…"), scFolder),
		item(lang.L("Merge databases…"), scMerge),
		item(lang.L("Export…"), scExport),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Team hub…"), scHub),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Settings…"), scSettings),
		fyne.NewMenuItemSeparator(),
		quit,
	)
	edit := fyne.NewMenu(lang.L("Edit"),
		item(lang.L("Undo"), scUndo),
		item(lang.L("Redo"), scRedo),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Find sentences"), scFind),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Labels…"), scLabels),
	)
	view := fyne.NewMenu(lang.L("View"),
		item(lang.L("Show or hide the library"), scLibrary),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Larger text"), scLarger),
		item(lang.L("Smaller text"), scSmaller),
		item(lang.L("Normal text size"), scNormal),
	)
	team := fyne.NewMenu(lang.L("Team"),
		item(lang.L("Agreement…"), scAgree),
		item(lang.L("Adjudicate…"), scAdjud),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Suggestion model and consistency check…"), scModel),
		fyne.NewMenuItemSeparator(),
		u.blindMenuItem(),
	)
	help := fyne.NewMenu(lang.L("Help"),
		fyne.NewMenuItem(lang.L("Keyboard shortcuts")+"  (F1, ?)", u.showHelp),
		item(lang.L("Annotation guidelines"), scGuide),
	)
	return fyne.NewMainMenu(file, edit, view, team, help)
}

// zoom changes the article's text size by delta, or back to normal for 0.
// The menus, panels and status bar keep their size.
func (u *UI) zoom(delta float32) {
	scale := u.article.scale + delta
	if delta == 0 {
		scale = 1
	}
	u.setTextScale(scale)
}

// setTextScale sets and saves the article's text size factor, kept
// between 70% and 220%.
func (u *UI) setTextScale(scale float32) {
	scale = max(0.7, min(scale, 2.2))
	u.app.Preferences().SetFloat(prefTextScale, float64(scale))
	u.article.scale = scale
	u.article.remeasure()
	u.body.Refresh()
}

// applyTheme re-applies the theme after a change of variant.
func (u *UI) applyTheme() {
	u.theme = &appTheme{variant: u.theme.variant}
	u.app.Settings().SetTheme(u.theme)
	u.article.remeasure()
	u.body.Refresh()
}
