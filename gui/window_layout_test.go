package gui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/veritag/veritag/internal/guitest"
)

// minReadingPx is the narrowest reading column the tests accept at the
// normal text size: about 60 characters a line.
const minReadingPx = 440

// rect is an object's place in the window.
type rect struct{ x, y, w, h float32 }

func placeOf(u *UI, o fyne.CanvasObject) rect {
	p := u.app.Driver().AbsolutePositionForObject(o)
	return rect{p.X, p.Y, o.Size().Width, o.Size().Height}
}

func (r rect) overlaps(o rect) bool {
	return r.x < o.x+o.w && o.x < r.x+r.w && r.y < o.y+o.h && o.y < r.y+r.h
}

func (r rect) within(w, h float32) bool {
	const eps = 0.5
	return r.x >= -eps && r.y >= -eps && r.x+r.w <= w+eps && r.y+r.h <= h+eps
}

func (r rect) String() string { return fmt.Sprintf("(%.0f,%.0f %.0fx%.0f)", r.x, r.y, r.w, r.h) }

// windowOf opens the Kursk article in a window of w×h.
func windowOf(t *testing.T, w, h float32) *UI {
	t.Helper()
	f := newFakeBackend()
	kursk(f)
	u := newTestUI(t, f)
	u.win.Resize(fyne.NewSize(w, h))
	u.win.Content().Refresh()
	return u
}

// checkInside fails for any visible widget drawn outside the window. The
// insides of scrolling lists and scroll containers are left out: they are
// clipped by their viewport, which is checked.
func checkInside(t *testing.T, u *UI) {
	t.Helper()
	size := u.win.Canvas().Size()
	guitest.Walk(u.win.Content(), func(o fyne.CanvasObject) bool {
		if !o.Visible() || o.Size().IsZero() {
			return false
		}
		if r := placeOf(u, o); !r.within(size.Width, size.Height) {
			t.Errorf("%T at %v lies outside the %vx%v window", o, r, size.Width, size.Height)
			return false
		}
		switch o.(type) {
		case *container.Scroll, *widget.List, *articleView:
			return false
		}
		return true
	})
}

func TestWindowFitsBothSizes(t *testing.T) {
	for _, tc := range []struct {
		w, h    float32
		library bool
	}{{1280, 800, true}, {900, 600, false}} {
		t.Run(fmt.Sprintf("%vx%v", tc.w, tc.h), func(t *testing.T) {
			u := windowOf(t, tc.w, tc.h)
			if m := u.win.Content().MinSize(); m.Width > tc.w || m.Height > tc.h {
				t.Fatalf("the window cannot shrink to %vx%v: its content needs %v", tc.w, tc.h, m)
			}
			if got := u.win.Canvas().Size(); got.Width != tc.w || got.Height != tc.h {
				t.Fatalf("window is %v, want %vx%v", got, tc.w, tc.h)
			}
			centre, panel := placeOf(u, u.layout.centre), placeOf(u, u.panel.box)
			if centre.w < minReadingPx {
				t.Errorf("reading column %v px wide, want at least %v", centre.w, minReadingPx)
			}
			if u.article.geo.textW < 340 { // about 50 characters
				t.Errorf("article text runs %v px a line", u.article.geo.textW)
			}
			if !u.panel.box.Visible() || panel.w < 300 || panel.h < 300 {
				t.Errorf("annotation panel %v (visible %v): too small to use", panel, u.panel.box.Visible())
			}
			if u.library.box.Visible() != tc.library {
				t.Errorf("library shown %v, want %v", u.library.box.Visible(), tc.library)
			}
			parts := map[string]rect{"article": centre, "panel": panel, "status": placeOf(u, u.status.box)}
			if tc.library {
				parts["library"] = placeOf(u, u.library.box)
			}
			for a, ra := range parts {
				for b, rb := range parts {
					if a < b && ra.overlaps(rb) {
						t.Errorf("%s %v overlaps %s %v", a, ra, b, rb)
					}
				}
			}
			checkInside(t, u)
		})
	}
}

func TestNarrowWindowShowsLibraryAsDrawer(t *testing.T) {
	u := windowOf(t, 900, 600)
	if u.library.box.Visible() {
		t.Fatal("library shown beside the article at 900 px")
	}
	shortcut(u, scLibrary)
	lib, centre := placeOf(u, u.library.box), placeOf(u, u.layout.centre)
	if !u.library.box.Visible() || !lib.overlaps(centre) {
		t.Fatalf("Ctrl+B: library %v (visible %v) should lie over the article %v", lib, u.library.box.Visible(), centre)
	}
	if got := placeOf(u, u.layout.centre); got.w < minReadingPx {
		t.Errorf("the drawer squeezed the article to %v px", got.w)
	}
	if u.win.Canvas().Focused() != u.library.filter {
		t.Error("the drawer's filter does not have the focus")
	}
	checkInside(t, u)
	pressKey(u, fyne.KeyEscape)
	if u.library.box.Visible() {
		t.Error("Esc left the drawer open")
	}
	if !u.app.Preferences().BoolWithFallback(prefLibrary, true) {
		t.Error("the drawer changed the saved choice for wide windows")
	}
	press(u, "j") // the article has the keys again
	if u.selected != 1 {
		t.Errorf("after the drawer closed, j selected %d, want 1", u.selected)
	}

	shortcut(u, scLibrary)
	test.Tap(u.layout.scrim) // a click beside the drawer closes it
	if u.library.box.Visible() {
		t.Error("a click beside the drawer left it open")
	}

	shortcut(u, scLibrary)
	u.library.filter.SetText("kursk")
	pressKey(u, fyne.KeyReturn)
	if u.library.box.Visible() {
		t.Error("opening an article from the drawer left it open")
	}

	u.win.Resize(fyne.NewSize(1280, 800))
	u.win.Content().Refresh()
	if !u.library.box.Visible() || placeOf(u, u.library.box).overlaps(placeOf(u, u.layout.centre)) {
		t.Error("back at 1280 px the library should stand beside the article")
	}
}

func TestWideWindowLibraryToggleIsSaved(t *testing.T) {
	u := windowOf(t, 1280, 800)
	wide := placeOf(u, u.layout.centre).w
	shortcut(u, scLibrary)
	if u.library.box.Visible() || u.app.Preferences().BoolWithFallback(prefLibrary, true) {
		t.Fatal("Ctrl+B at 1280 px did not hide the library and save it")
	}
	if got := placeOf(u, u.layout.centre).w; got <= wide {
		t.Errorf("hiding the library left the article %v px wide (was %v)", got, wide)
	}
	shortcut(u, scLibrary)
	if !u.library.box.Visible() {
		t.Error("Ctrl+B did not show the library again")
	}
}

func TestLargeTextPutsPanelBelowArticle(t *testing.T) {
	u := windowOf(t, 900, 600)
	shortcut(u, scLarger)
	shortcut(u, scLarger)
	shortcut(u, scLarger)
	u.win.Content().Refresh()
	centre, panel := placeOf(u, u.layout.centre), placeOf(u, u.panel.box)
	if panel.y < centre.y+centre.h || panel.w != centre.w {
		t.Fatalf("panel %v should sit below the article %v, as wide", panel, centre)
	}
	if centre.w < u.layout.readingMin() {
		t.Errorf("article %v px wide, want at least %v at this text size", centre.w, u.layout.readingMin())
	}
	if centre.h < 200 || panel.h < 160 {
		t.Errorf("article %v and panel %v: one of them is too short to use", centre, panel)
	}
	checkInside(t, u)
	shortcut(u, scNormal)
	u.win.Content().Refresh()
	if centre, panel := placeOf(u, u.layout.centre), placeOf(u, u.panel.box); panel.x < centre.x+centre.w {
		t.Errorf("at normal text size the panel %v should stand beside the article %v again", panel, centre)
	}
}
