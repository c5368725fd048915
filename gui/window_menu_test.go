package gui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/veritag/veritag/internal/guitest"
)

// keyText is how the key help writes a shortcut, e.g. "Ctrl+Shift+O".
func keyText(sc fyne.Shortcut) string {
	switch v := sc.(type) {
	case *desktop.CustomShortcut:
		s := "Ctrl+"
		if v.Modifier&fyne.KeyModifierShift != 0 {
			s += "Shift+"
		}
		return s + string(v.KeyName)
	case *fyne.ShortcutUndo:
		return "Ctrl+Z"
	}
	return sc.ShortcutName()
}

func TestEveryMenuActionIsOnAKeyAndInTheHelp(t *testing.T) {
	f := newFakeBackend()
	kursk(f)
	u := newTestUI(t, f)
	annotate, app := keyHelp(nil)
	var help strings.Builder
	for _, row := range append(annotate, app...) {
		help.WriteString(row[0] + "  ")
	}
	actions := u.shortcutActions()
	for _, m := range u.mainMenu().Items {
		for _, it := range m.Items {
			if it.IsSeparator || strings.Contains(it.Label, "(F1, ?)") {
				continue
			}
			if it.Shortcut == nil {
				t.Errorf("%s → %s has no key", m.Label, it.Label)
				continue
			}
			if actions[it.Shortcut] == nil {
				t.Errorf("%s → %s: its key %s does nothing", m.Label, it.Label, keyText(it.Shortcut))
			}
			if !strings.Contains(help.String(), keyText(it.Shortcut)) {
				t.Errorf("%s → %s: its key %s is not in the key help", m.Label, it.Label, keyText(it.Shortcut))
			}
		}
	}
}

func TestCtrlLOpensTheLabels(t *testing.T) {
	f := newFakeBackend()
	kursk(f)
	u := newTestUI(t, f)
	shortcut(u, scLabels)
	top := u.win.Canvas().Overlays().Top()
	if top == nil || !strings.Contains(guitest.Texts(top), "Add label…") {
		t.Fatal("Ctrl+L did not open the label set")
	}
}
