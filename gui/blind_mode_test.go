package gui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/data/store"
	"github.com/veritag/veritag/internal/guitest"
)

// blindFixture is a real database whose one article bob labelled at
// sentence 0 and whose final label there is FACT.
func blindFixture(t *testing.T) (path string, st *store.Store, doc int64) {
	t.Helper()
	ctx := context.Background()
	path = filepath.Join(t.TempDir(), "v.db")
	st = openStore(t, path, 6)
	docs, _ := st.Documents(ctx)
	doc = docs[0].ID
	if _, err := st.Annotate(ctx, model.Annotation{DocID: doc, SentenceIndex: 0, Annotator: "bob", Label: "CLAIM"}); err != nil {
		t.Fatal(err)
	}
	if err := st.Adjudicate(ctx, doc, 0, "FACT", "bob"); err != nil {
		t.Fatal(err)
	}
	return path, st, doc
}

// menuItem finds a menu bar item by its label.
func menuItem(t *testing.T, u *UI, label string) *fyne.MenuItem {
	t.Helper()
	for _, m := range u.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Label == label {
				return it
			}
		}
	}
	t.Fatalf("no menu item %q", label)
	return nil
}

// othersShown reports what the open article shows of bob's work at
// sentence 0: his label in the panel and as a dot, and the final label.
func othersShown(u *UI) (panel, dot, final bool) {
	u.selectSentence(0)
	panel = strings.Contains(guitest.Texts(u.panel.others), "bob") && u.panel.othersBox.Visible()
	return panel, len(u.others[0]) > 0, u.finalLabel(0) != ""
}

func TestBlindModeHidesOthersAndFollowsTheDatabase(t *testing.T) {
	path, st, _ := blindFixture(t)
	ctx := context.Background()
	u := newTestUI(t, st)
	if p, d, f := othersShown(u); !p || !d || !f {
		t.Fatalf("before blind mode: bob's label in panel %v, dot %v, final label %v", p, d, f)
	}
	if u.blind.badge.Visible() {
		t.Error("the blind mode indicator shows while off")
	}
	if h := guitest.Texts(u.panel.history); !strings.Contains(h, "bob") {
		t.Errorf("the history lacks bob's change: %q", h)
	}

	// Ctrl+Shift+B switches it on: alice, the first, becomes the owner
	shortcut(u, scBlind)
	if on, _ := st.ProjectSettings(ctx); !on.Blind || !u.blind.on {
		t.Fatalf("Ctrl+Shift+B: stored %v, UI %v", on.Blind, u.blind.on)
	}
	if p, d, f := othersShown(u); p || d || f {
		t.Errorf("blind mode: bob's label in panel %v, dot %v, final label %v", p, d, f)
	}
	if !u.blind.badge.Visible() || !menuItem(t, u, "Blind mode").Checked {
		t.Error("blind mode on: no indicator, or the menu item is not checked")
	}
	if h := guitest.Texts(u.panel.history); strings.Contains(h, "bob") {
		t.Errorf("blind mode: the history shows bob's change: %q", h)
	}
	for _, view := range []string{"Agreement…", "Adjudicate…", "Suggestion model and consistency check…"} {
		menuItem(t, u, view).Action()
		if top := topText(u); !strings.Contains(top, "hidden while the project is blind") {
			t.Errorf("%s in blind mode shows %q", view, top)
		}
		u.win.Canvas().Overlays().Top().Hide()
	}

	// another program (veritag-cli) switches it off: the window follows
	other, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if err := other.SetBlind(ctx, "alice", false); err != nil {
		t.Fatal(err)
	}
	u.checkOutside()
	if p, d, f := othersShown(u); !p || !d || !f || u.blind.badge.Visible() || menuItem(t, u, "Blind mode").Checked {
		t.Errorf("after blind mode off elsewhere: panel %v, dot %v, final %v, indicator %v", p, d, f, u.blind.badge.Visible())
	}
	// and on again
	if err := other.SetBlind(ctx, "bob", true); err != nil {
		t.Fatal(err)
	}
	u.checkOutside()
	if !u.blind.on || len(u.others[0]) != 0 {
		t.Errorf("blind mode on elsewhere: UI %v, others %v", u.blind.on, u.others[0])
	}
	// the owner switches it off from the menu
	menuItem(t, u, "Blind mode").Action()
	if on, _ := st.ProjectSettings(ctx); on.Blind || u.blind.on || len(u.others[0]) == 0 {
		t.Errorf("owner's switch off: stored %v, UI %v, others %v", on.Blind, u.blind.on, u.others[0])
	}
}

func TestBlindModeOffIsRefusedToAnAnnotator(t *testing.T) {
	_, st, _ := blindFixture(t)
	ctx := context.Background()
	if err := st.SetBlind(ctx, "olga", true); err != nil { // olga owns the project
		t.Fatal(err)
	}
	u := newUI(test.NewTempApp(t), st, Options{Annotator: "carol"}, inline, defaultServices())
	if !u.blind.on || !u.blind.badge.Visible() {
		t.Fatal("a blind project opens without blind mode")
	}
	shortcut(u, scBlind)
	if top := topText(u); !strings.Contains(top, "Only an owner or adjudicator") || !strings.Contains(top, "carol") {
		t.Errorf("refusal says %q", top)
	}
	if on, _ := st.ProjectSettings(ctx); !on.Blind || !u.blind.on {
		t.Error("an annotator switched blind mode off")
	}
	u.win.Canvas().Overlays().Top().Hide()
	if err := st.SetRole(ctx, "olga", "carol", model.RoleAdjudicator); err != nil {
		t.Fatal(err)
	}
	u.blind.badge.OnTapped() // the indicator offers the switch too
	if on, _ := st.ProjectSettings(ctx); on.Blind || u.blind.on {
		t.Error("an adjudicator could not switch blind mode off")
	}
}
