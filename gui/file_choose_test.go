package gui

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/veritag/veritag/data/model"
)

// fakeChooser stands for the desktop's file chooser.
type fakeChooser struct {
	there  bool
	answer []string
	err    error
	asked  int           // ready calls
	picked []pickRequest // pick calls
}

func (f *fakeChooser) ready(context.Context) bool { f.asked++; return f.there }

func (f *fakeChooser) pick(r pickRequest) ([]string, error) {
	f.picked = append(f.picked, r)
	return f.answer, f.err
}

// importTitles makes u read every file as one small article titled by its
// name, and returns the titles stored so far.
func importTitles(u *UI) func() []string {
	u.svc.readFile = func(path string) ([]model.ImportDoc, error) {
		text := "About " + filepath.Base(path) + "." // distinct texts: the store keeps one copy of a text
		n := len([]rune(text))
		return []model.ImportDoc{{Title: filepath.Base(path), Text: text, Sentences: []model.Span{{Start: 0, End: n, Text: text}}}}, nil
	}
	return func() []string {
		var titles []string
		for _, d := range u.docs[1:] {
			titles = append(titles, d.Title)
		}
		return titles
	}
}

// folderOf makes a folder holding the named files (a name ending in /
// is a sub-folder).
func folderOf(t *testing.T, names ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, n := range names {
		p := filepath.Join(dir, n)
		if strings.HasSuffix(n, "/") {
			if err := os.Mkdir(p, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.WriteFile(p, []byte("One."), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestImportUsesTheDesktopChooserWhenThere(t *testing.T) {
	f := newFakeBackend()
	kursk(f)
	u := newTestUI(t, f)
	titles := importTitles(u)
	dir := folderOf(t, "a.txt", "b.jsonl")
	u.app.Preferences().SetString(prefImportDir, "/last/used")
	fc := &fakeChooser{there: true, answer: []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.jsonl")}}
	u.svc.native = fc
	shortcut(u, scImport)
	if len(fc.picked) != 1 {
		t.Fatalf("the desktop chooser was asked %d times, want once", len(fc.picked))
	}
	r := fc.picked[0]
	if !r.many || r.folder || r.dir != "/last/used" || !reflect.DeepEqual(r.exts, importExtensions) {
		t.Errorf("request %+v: want several files of the importable kinds, starting in /last/used", r)
	}
	if got := titles(); !reflect.DeepEqual(got, []string{"a.txt", "b.jsonl"}) {
		t.Errorf("imported %v, want both files chosen", got)
	}
	if got := u.pref(prefImportDir, ""); got != dir {
		t.Errorf("last folder saved as %q, want %q", got, dir)
	}
	if u.picking.last != nil {
		t.Error("the in-app chooser opened although the desktop's was there")
	}
	shortcut(u, scImport) // known to be there: not asked again
	if fc.asked != 1 || len(fc.picked) != 2 {
		t.Errorf("second import: ready asked %d times, pick %d, want 1 and 2", fc.asked, len(fc.picked))
	}
}

func TestImportFallsBackToInAppChooser(t *testing.T) {
	for _, tc := range []struct {
		name string
		fc   *fakeChooser
	}{
		{"no portal", &fakeChooser{}},
		{"portal fails", &fakeChooser{there: true, err: errors.New("org.freedesktop.DBus.Error.UnknownMethod")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeBackend()
			kursk(f)
			u := newTestUI(t, f)
			u.svc.native = tc.fc
			shortcut(u, scImport)
			if u.picking.last == nil || u.win.Canvas().Overlays().Top() == nil {
				t.Fatal("no in-app chooser shown")
			}
			if u.picking.native != -1 {
				t.Error("the missing desktop chooser is not remembered")
			}
			u.picking.last.d.Hide()
			asked := tc.fc.asked
			shortcut(u, scImport)
			if tc.fc.asked != asked {
				t.Error("the desktop chooser was looked for again")
			}
		})
	}
}

func TestInAppChooserTicksSeveralFilesInTheLastFolder(t *testing.T) {
	f := newFakeBackend()
	kursk(f)
	u := newTestUI(t, f)
	u.svc.native = nil
	titles := importTitles(u)
	dir := folderOf(t, "b.txt", "a.csv", "photo.png", ".hidden.txt", "sub/", "sub/c.md")
	u.app.Preferences().SetString(prefImportDir, dir)
	shortcut(u, scImport)
	d := u.picking.last
	if d == nil {
		t.Fatal("no chooser")
	}
	var names []string
	for _, e := range d.entries {
		names = append(names, e.name)
	}
	if want := []string{"sub", "a.csv", "b.txt"}; !reflect.DeepEqual(names, want) {
		t.Fatalf("listed %v, want %v (folders first, importable files only, no hidden ones)", names, want)
	}
	if d.path.Text != dir {
		t.Errorf("path field %q, want the last folder %q", d.path.Text, dir)
	}
	if u.win.Canvas().Focused() != d.path {
		t.Error("the path field does not have the focus")
	}
	if !d.accept.Disabled() {
		t.Error("Import is enabled with nothing chosen")
	}
	d.list.Select(1)
	d.list.Select(2)
	if d.accept.Disabled() || d.status.Text != "2 files chosen" {
		t.Errorf("after ticking two: status %q, Import disabled %v", d.status.Text, d.accept.Disabled())
	}
	d.list.Select(0) // into sub: the ticks go with the folder
	if d.dir != filepath.Join(dir, "sub") || len(d.entries) != 1 || d.entries[0].name != "c.md" {
		t.Fatalf("opening sub listed %s: %+v", d.dir, d.entries)
	}
	d.path.SetText(dir)
	d.path.OnSubmitted(d.path.Text)
	d.tickAll(true)
	d.accept.OnTapped()
	if got := titles(); !reflect.DeepEqual(got, []string{"a.csv", "b.txt"}) {
		t.Errorf("imported %v, want the two files ticked", got)
	}
	if u.win.Canvas().Overlays().Top() != nil {
		t.Error("the chooser stayed open")
	}
}

func TestInAppChooserTakesTypedPaths(t *testing.T) {
	f := newFakeBackend()
	kursk(f)
	u := newTestUI(t, f)
	u.svc.native = nil
	titles := importTitles(u)
	dir := folderOf(t, "a.txt", "b.html", "sub/")
	u.app.Preferences().SetString(prefImportDir, filepath.Join(dir, "gone")) // deleted since: start at home
	shortcut(u, scImport)
	d := u.picking.last
	if home, _ := os.UserHomeDir(); d.dir != home {
		t.Errorf("started in %q, want the home folder when the last one is gone", d.dir)
	}
	d.path.SetText(filepath.Join(dir, "nothing.txt"))
	if !strings.Contains(d.status.Text, "nothing.txt") || !d.accept.Disabled() {
		t.Errorf("a missing path: status %q, Import disabled %v", d.status.Text, d.accept.Disabled())
	}
	d.path.SetText(filepath.Join(dir, "sub"))
	d.path.OnSubmitted(d.path.Text)
	if d.dir != filepath.Join(dir, "sub") {
		t.Errorf("Enter on a folder listed %q", d.dir)
	}
	d.path.SetText("file://" + filepath.Join(dir, "a.txt") + " ; " + filepath.Join(dir, "b.html"))
	d.path.OnSubmitted(d.path.Text)
	if got := titles(); !reflect.DeepEqual(got, []string{"a.txt", "b.html"}) {
		t.Errorf("imported %v, want the two files typed", got)
	}
	if got := u.pref(prefImportDir, ""); got != dir {
		t.Errorf("last folder saved as %q, want %q", got, dir)
	}
}

func TestMergeChoosesSeveralDatabases(t *testing.T) {
	f := newFakeBackend()
	kursk(f)
	u := newTestUI(t, f)
	dir := folderOf(t, "anna.db", "bruno.sqlite", "notes.txt")
	fc := &fakeChooser{there: true, answer: []string{filepath.Join(dir, "anna.db"), filepath.Join(dir, "bruno.sqlite")}}
	u.svc.native = fc
	u.chooseMerge()
	if len(fc.picked) != 1 || !fc.picked[0].many || !reflect.DeepEqual(fc.picked[0].exts, databaseExtensions) {
		t.Fatalf("requests %+v: want several databases", fc.picked)
	}
	if u.win.Canvas().Overlays().Top() == nil {
		t.Fatal("no merge confirmation for the two databases")
	}
	if got := u.pref(prefMergeDir, ""); got != dir {
		t.Errorf("last merge folder %q, want %q", got, dir)
	}
}
