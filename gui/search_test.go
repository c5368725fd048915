package gui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	vwidget "github.com/veritag/veritag/gui/widget"
)

func TestSearchOpensTheArticleAtTheSentence(t *testing.T) {
	f := newFakeBackend()
	kursk(f)
	other := f.addDoc("Pyongyang", []string{"Seoul reacted calmly.", "Mosca and Pyongyang signed a treaty."})
	u := newTestUI(t, f)
	shortcut(u, scFind)
	if u.win.Canvas().Focused() != u.search.entry {
		t.Fatal("Ctrl+F did not focus the search")
	}
	press(u, "treaty")
	if !u.search.results.Visible() || u.article.Visible() {
		t.Error("results do not replace the article while searching")
	}
	if len(u.search.hits) == 0 || u.search.hits[0].docID != other || u.search.hits[0].index != 1 {
		t.Fatalf("hits %+v", u.search.hits)
	}
	if got := u.search.hits[0].matched; len(got) != len("treaty") {
		t.Errorf("matched %v", got)
	}
	pressKey(u, fyne.KeyReturn)
	if u.doc.ID != other || u.selected != 1 {
		t.Errorf("opened doc %d sentence %d", u.doc.ID, u.selected)
	}
	if u.search.results.Visible() || u.win.Canvas().Focused() != nil {
		t.Error("the article is not back with the keyboard")
	}
	press(u, "2")
	mustLabel(t, f, other, 1, "FACT")
}

func TestSearchClickAndKeyboardMove(t *testing.T) {
	f := newFakeBackend()
	doc := kursk(f)
	u := newTestUI(t, f)
	shortcut(u, scFind)
	press(u, "the")
	if len(u.search.hits) < 2 {
		t.Fatalf("hits %+v", u.search.hits)
	}
	pressKey(u, fyne.KeyDown)
	want := u.search.hits[1]
	pressKey(u, fyne.KeyReturn)
	if u.doc.ID != doc || u.selected != want.index {
		t.Errorf("Down, Enter opened %d, want %d", u.selected, want.index)
	}
	shortcut(u, scFind)
	test.Tap(onScreen[*resultRow](u)[0])
	if u.selected != u.search.hits[0].index {
		t.Errorf("click opened %d", u.selected)
	}
}

func TestSearchFilters(t *testing.T) {
	f := newFakeBackend()
	doc := kursk(f)
	tagged(f, doc, 1, "FACT")
	u := newTestUI(t, f)
	shortcut(u, scFind)
	u.search.filter.SetSelected("Untagged")
	for _, h := range u.search.hits {
		if h.index == 1 {
			t.Error("untagged filter lists a tagged sentence")
		}
	}
	if len(u.search.hits) != 5 {
		t.Errorf("untagged with no query: %d hits, want 5", len(u.search.hits))
	}
	u.search.filter.SetSelected("FACT")
	press(u, "troops")
	if len(u.search.hits) != 1 || u.search.hits[0].index != 1 {
		t.Errorf("FACT filter: %+v", u.search.hits)
	}
	pressKey(u, fyne.KeyEscape)
	if u.search.results.Visible() {
		t.Error("Escape left the results")
	}
}

func TestSearchSeesNewTags(t *testing.T) {
	f := newFakeBackend()
	kursk(f)
	u := newTestUI(t, f)
	press(u, "3")
	shortcut(u, scFind)
	u.search.filter.SetSelected("SPECULATION")
	if len(u.search.hits) != 1 || u.search.hits[0].index != 0 {
		t.Errorf("hits %+v", u.search.hits)
	}
}

// TestResultLineContrast: the article and sentence line of a result is
// drawn in a colour of at least 4.5:1 (WCAG AA) on the background, in the
// light and the dark theme.
func TestResultLineContrast(t *testing.T) {
	u := newTestUI(t, newFakeBackend())
	row := u.search.newRow().(*resultRow)
	if row.where.Importance != widget.MediumImportance {
		t.Fatalf("the result line has importance %v: not the foreground colour", row.where.Importance)
	}
	th := &appTheme{}
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		if c := vwidget.Contrast(th.Color(theme.ColorNameForeground, v), th.Color(theme.ColorNameBackground, v)); c < 4.5 {
			t.Errorf("variant %d: contrast %.2f, want >= 4.5", v, c)
		}
	}
}

func TestLibraryFilter(t *testing.T) {
	f := newFakeBackend()
	kursk(f)
	f.addDoc("Pyongyang and Moscow", []string{"One."})
	u := newTestUI(t, f)
	test.Type(u.library.filter, "pyg")
	if len(u.library.shown) != 1 || u.docs[u.library.shown[0]].Title != "Pyongyang and Moscow" {
		t.Errorf("shown %v", u.library.shown)
	}
	u.win.Canvas().Focus(u.search.entry)
	rows := onScreen[*libraryRow](u)
	if len(rows) != 1 {
		t.Fatalf("%d library rows shown", len(rows))
	}
	test.Tap(rows[0])
	if u.doc.Title != "Pyongyang and Moscow" {
		t.Errorf("tapping the row opened %q", u.doc.Title)
	}
	if u.win.Canvas().Focused() != nil {
		t.Error("the library keeps the keyboard after opening an article")
	}
}

// TestClosedSearchStaysClosed: a search closed with Esc does not come
// back when the labels are reloaded (as after a dialog or an import).
func TestClosedSearchStaysClosed(t *testing.T) {
	f := newFakeBackend()
	kursk(f)
	u := newTestUI(t, f)
	shortcut(u, scFind)
	press(u, "Lavrov")
	if !u.search.results.Visible() {
		t.Fatal("no results while searching")
	}
	pressKey(u, fyne.KeyEscape)
	labels, _ := f.Labels(context.Background())
	u.search.setLabels(labels)
	if u.search.results.Visible() || !u.article.Visible() {
		t.Error("the closed search came back after a label reload")
	}
}
