package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
)

// Keyboard shortcuts with Ctrl (Cmd on macOS). They work from the note
// and search fields too; there Ctrl+Z and Ctrl+Shift+Z edit the text.
var (
	scUndo     fyne.Shortcut = &fyne.ShortcutUndo{}
	scRedo     fyne.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	scRedoY    fyne.Shortcut = &fyne.ShortcutRedo{}
	scFind     fyne.Shortcut = ctrl(fyne.KeyF)
	scExport   fyne.Shortcut = ctrl(fyne.KeyE)
	scImport   fyne.Shortcut = ctrl(fyne.KeyO)
	scQuit     fyne.Shortcut = ctrl(fyne.KeyQ)
	scLarger   fyne.Shortcut = ctrl(fyne.KeyEqual)
	scLargerSh fyne.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyEqual, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	scSmaller  fyne.Shortcut = ctrl(fyne.KeyMinus)
	scNormal   fyne.Shortcut = ctrl(fyne.Key0)
	scLibrary  fyne.Shortcut = ctrl(fyne.KeyB)
	scHub      fyne.Shortcut = ctrl(fyne.KeyH)
	scBlind    fyne.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyB, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	scFolder   fyne.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	scMerge    fyne.Shortcut = ctrl(fyne.KeyM)
	scSettings fyne.Shortcut = ctrl(fyne.KeyComma)
	scLabels   fyne.Shortcut = ctrl(fyne.KeyL)
	scAgree    fyne.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyA, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	scAdjud    fyne.Shortcut = ctrl(fyne.KeyJ)
	scModel    fyne.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyM, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	scGuide    fyne.Shortcut = ctrl(fyne.KeyG)
)

func ctrl(k fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
}

// bindKeys routes keys typed outside any entry to the article, and the
// Ctrl shortcuts to their actions.
func (u *UI) bindKeys() {
	c := u.win.Canvas()
	c.SetOnTypedRune(u.typedRune)
	c.SetOnTypedKey(u.typedKey)
	for sc, action := range u.shortcutActions() {
		c.AddShortcut(sc, func(fyne.Shortcut) { action() })
	}
}

// shortcutActions maps every shortcut to its action.
func (u *UI) shortcutActions() map[fyne.Shortcut]func() {
	return map[fyne.Shortcut]func(){
		scUndo:     u.textOr(scUndo, u.undo),
		scRedo:     u.textOr(scRedo, u.redo),
		scRedoY:    u.textOr(scRedoY, u.redo),
		scFind:     u.unlessModal(u.search.focus),
		scExport:   u.unlessModal(u.showExport),
		scImport:   u.unlessModal(u.chooseFiles),
		scQuit:     u.quit,
		scLarger:   func() { u.zoom(zoomStep) },
		scLargerSh: func() { u.zoom(zoomStep) },
		scSmaller:  func() { u.zoom(-zoomStep) },
		scNormal:   func() { u.zoom(0) },
		scLibrary:  u.toggleLibrary,
		scHub:      u.unlessModal(u.showHubDialog),
		scBlind:    u.unlessModal(u.toggleBlind),
		scFolder:   u.unlessModal(u.chooseFolder),
		scMerge:    u.unlessModal(u.chooseMerge),
		scSettings: u.unlessModal(u.showSettings),
		scLabels:   u.unlessModal(u.showLabels),
		scAgree:    u.unlessModal(u.unlessBlind(u.team.ShowAgreement)),
		scAdjud:    u.unlessModal(u.unlessBlind(u.team.ShowAdjudication)),
		scModel:    u.unlessModal(u.unlessBlind(u.showModelCard)),
		scGuide:    u.unlessModal(u.showGuidelines),
	}
}

// textOr hands an editing shortcut to the focused text field, else runs
// action (when no dialog is open).
func (u *UI) textOr(sc fyne.Shortcut, action func()) func() {
	return func() {
		if f, ok := u.win.Canvas().Focused().(interface {
			fyne.Shortcutable
			SelectedText() string
		}); ok {
			f.TypedShortcut(sc)
			return
		}
		u.unlessModal(action)()
	}
}

// unlessModal runs action unless a dialog or popup is open.
func (u *UI) unlessModal(action func()) func() {
	return func() {
		if u.win.Canvas().Overlays().Top() == nil {
			action()
		}
	}
}

// typedRune handles letter and digit keys typed outside any entry: j and k
// move, a label's key tags, 0 clears, a accepts the suggestion, q goes to
// the most uncertain suggestion, ? shows the keys.
func (u *UI) typedRune(r rune) {
	if u.help.visible() {
		u.help.hide()
		return
	}
	if u.win.Canvas().Overlays().Top() != nil || u.search.results.Visible() {
		return
	}
	switch r {
	case 'j':
		u.move(1)
	case 'k':
		u.move(-1)
	case '0':
		u.clearTag()
	case 'a':
		u.acceptSuggestion()
	case 'n':
		u.focusNote()
	case 'u':
		u.nextUntagged()
	case 'q':
		u.nextUncertain()
	case '?':
		u.showHelp()
	default:
		if c, ok := shiftedDigits[r]; ok {
			u.setConfidence(c)
			return
		}
		for _, l := range u.labels {
			if l.Key == string(r) {
				u.tag(l.Name)
				return
			}
		}
	}
}

// typedKey handles named keys typed outside any entry.
func (u *UI) typedKey(k *fyne.KeyEvent) {
	if u.help.visible() {
		u.help.hide()
		return
	}
	if u.win.Canvas().Overlays().Top() != nil {
		return
	}
	switch k.Name {
	case fyne.KeyDown:
		u.move(1)
	case fyne.KeyUp:
		u.move(-1)
	case fyne.KeyPageDown:
		u.move(10)
	case fyne.KeyPageUp:
		u.move(-10)
	case fyne.KeyHome:
		u.move(-len(u.sents))
	case fyne.KeyEnd:
		u.move(len(u.sents))
	case fyne.KeyDelete, fyne.KeyBackspace:
		u.clearTag()
	case fyne.KeyF1:
		u.showHelp()
	case fyne.KeyEscape:
		if !u.closeDrawer() {
			u.search.hide()
		}
	}
}

// labelMenu offers the labels, and clearing, for the selected sentence.
func (u *UI) labelMenu() *fyne.Menu {
	var items []*fyne.MenuItem
	for _, l := range u.labels {
		name := l.Name
		items = append(items, fyne.NewMenuItem(l.Key+"   "+name, func() { u.tag(name) }))
	}
	items = append(items, fyne.NewMenuItemSeparator(), fyne.NewMenuItem("0   "+lang.L("Clear the tag"), u.clearTag))
	return fyne.NewMenu("", items...)
}
