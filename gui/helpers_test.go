package gui

import (
	"context"
	"errors"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/internal/guitest"
)

// inline runs background work at once, so tests see every result in order.
func inline(f func()) { f() }

// newTestUI opens a UI on b in a test app, as annotator alice.
func newTestUI(t testing.TB, b Backend) *UI {
	t.Helper()
	a := test.NewTempApp(t)
	svc := defaultServices()
	svc.native = nil // Fyne's dialogs, whatever the test machine's desktop has
	u := newUI(a, b, Options{Annotator: "alice"}, inline, svc)
	u.win.Resize(fyne.NewSize(1280, 800))
	return u
}

// press types runes as the desktop driver delivers them: to the focused
// widget if there is one, else to the window.
func press(u *UI, chars string) {
	c := u.win.Canvas()
	for _, r := range chars {
		if f := c.Focused(); f != nil {
			f.TypedRune(r)
		} else {
			c.OnTypedRune()(r)
		}
	}
}

// pressKey types a named key the same way.
func pressKey(u *UI, name fyne.KeyName) {
	c := u.win.Canvas()
	ev := &fyne.KeyEvent{Name: name}
	if f := c.Focused(); f != nil {
		f.TypedKey(ev)
	} else {
		c.OnTypedKey()(ev)
	}
}

// shortcut triggers a Ctrl shortcut as the menu bar does: it works even
// while an entry has the focus.
func shortcut(u *UI, sc fyne.Shortcut) {
	u.shortcutActions()[sc]()
}

// kursk is a small article with two paragraphs and a heading.
func kursk(f *fakeBackend) int64 {
	return f.addDoc("Kursk",
		[]string{"Lavrov described the commitment as concrete proof.", "The troops fought in Kursk."},
		[]string{"The role of the troops"},
		[]string{"This could indicate stronger ties.", "The agreement was signed in June.", "Analysts say more may follow."},
	)
}

// labelOf is the backend's label for alice on a sentence.
func labelOf(f *fakeBackend, doc int64, i int) string { return f.label(doc, i, "alice").Label }

// mustLabel fails unless sentence i of doc carries want for alice.
func mustLabel(t *testing.T, f *fakeBackend, doc int64, i int, want string) {
	t.Helper()
	if got := labelOf(f, doc, i); got != want {
		t.Errorf("sentence %d: stored label %q, want %q", i, got, want)
	}
}

// tagged gives alice's label to a sentence directly in the backend.
func tagged(f *fakeBackend, doc int64, i int, label string) {
	f.Annotate(context.Background(), model.Annotation{DocID: doc, SentenceIndex: i, Annotator: "alice", Label: label})
}

// errTest is a failure the fake backend can be told to return.
var errTest = errors.New("disk full")

// onScreen returns every widget of type T drawn in the window.
func onScreen[T fyne.CanvasObject](u *UI) []T {
	var out []T
	guitest.Walk(u.win.Content(), func(o fyne.CanvasObject) bool {
		if !o.Visible() {
			return false
		}
		if t, ok := o.(T); ok {
			out = append(out, t)
		}
		return true
	})
	return out
}
