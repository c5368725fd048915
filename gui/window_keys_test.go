package gui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

func TestOpenSelectsFirstUnlabelled(t *testing.T) {
	f := newFakeBackend()
	doc := kursk(f)
	tagged(f, doc, 0, "CLAIM")
	tagged(f, doc, 1, "FACT")
	u := newTestUI(t, f)
	if u.selected != 2 {
		t.Errorf("selected %d, want the first unlabelled sentence 2", u.selected)
	}
	if got := u.win.Title(); got != "Veritag — Kursk" {
		t.Errorf("title %q", got)
	}
	if !u.shapes[2].heading || !u.shapes[2].paraStart || !u.shapes[3].paraStart || u.shapes[1].paraStart {
		t.Errorf("paragraphs and headings not found: %+v", u.shapes)
	}
}

func TestDigitsTagAndMoveToNext(t *testing.T) {
	f := newFakeBackend()
	doc := kursk(f)
	u := newTestUI(t, f)
	press(u, "123")
	mustLabel(t, f, doc, 0, "CLAIM")
	mustLabel(t, f, doc, 1, "FACT")
	mustLabel(t, f, doc, 2, "SPECULATION")
	if u.selected != 3 {
		t.Errorf("selected %d after three tags, want 3", u.selected)
	}
	if u.mine[1].Label != "FACT" {
		t.Errorf("UI shows %q on sentence 1", u.mine[1].Label)
	}
	if !strings.HasPrefix(u.status.saveState.Text, "Saved") {
		t.Errorf("status %q, want Saved", u.status.saveState.Text)
	}
	if !strings.Contains(u.status.annotator.Text, "alice") {
		t.Errorf("status does not name the annotator: %q", u.status.annotator.Text)
	}
	if u.progress[doc] != 3 {
		t.Errorf("library progress %d, want 3", u.progress[doc])
	}
}

func TestTaggingTheLastSentenceStaysThere(t *testing.T) {
	f := newFakeBackend()
	doc := kursk(f)
	u := newTestUI(t, f)
	u.selectSentence(5)
	press(u, "2")
	mustLabel(t, f, doc, 5, "FACT")
	if u.selected != 5 {
		t.Errorf("selected %d", u.selected)
	}
}

func TestZeroAndDeleteClear(t *testing.T) {
	f := newFakeBackend()
	doc := kursk(f)
	u := newTestUI(t, f)
	press(u, "11k")
	press(u, "0")
	mustLabel(t, f, doc, 0, "CLAIM")
	mustLabel(t, f, doc, 1, "")
	if _, ok := u.mine[1]; ok {
		t.Error("cleared tag still shown")
	}
	press(u, "k")
	pressKey(u, fyne.KeyDelete)
	mustLabel(t, f, doc, 0, "")
	if u.progress[doc] != 0 {
		t.Errorf("progress %d after clearing everything", u.progress[doc])
	}
}

func TestMoveKeys(t *testing.T) {
	f := newFakeBackend()
	kursk(f)
	u := newTestUI(t, f)
	press(u, "jj")
	pressKey(u, fyne.KeyDown)
	if u.selected != 3 {
		t.Fatalf("selected %d, want 3", u.selected)
	}
	press(u, "k")
	pressKey(u, fyne.KeyUp)
	if u.selected != 1 {
		t.Fatalf("selected %d, want 1", u.selected)
	}
	press(u, "kkkk")
	if u.selected != 0 {
		t.Errorf("moved past the start: %d", u.selected)
	}
	pressKey(u, fyne.KeyEnd)
	press(u, "j")
	if u.selected != 5 {
		t.Errorf("moved past the end: %d", u.selected)
	}
}

func TestKeysGoToTheNoteWhileTyping(t *testing.T) {
	f := newFakeBackend()
	doc := kursk(f)
	u := newTestUI(t, f)
	press(u, "1k")
	u.win.Canvas().Focus(u.panel.note)
	press(u, "1 j")
	if u.selected != 0 {
		t.Errorf("j moved the selection while typing a note")
	}
	mustLabel(t, f, doc, 1, "")
	if u.panel.note.Text != "1 j" {
		t.Errorf("note text %q", u.panel.note.Text)
	}
	pressKey(u, fyne.KeyReturn)
	if got := f.label(doc, 0, "alice"); got.Note != "1 j" || got.Label != "CLAIM" {
		t.Errorf("note not saved on Enter: %+v", got)
	}
	if u.win.Canvas().Focused() != nil {
		t.Error("Enter did not hand the keyboard back to the article")
	}
	press(u, "j")
	if u.selected != 1 {
		t.Errorf("j after the note: selected %d", u.selected)
	}
}

func TestNoteSavedWhenLeavingTheField(t *testing.T) {
	f := newFakeBackend()
	doc := kursk(f)
	u := newTestUI(t, f)
	press(u, "3k")
	u.win.Canvas().Focus(u.panel.note)
	press(u, "conditional")
	u.win.Canvas().Unfocus()
	if got := f.label(doc, 0, "alice").Note; got != "conditional" {
		t.Errorf("note %q", got)
	}
}

func TestUndoRedo(t *testing.T) {
	f := newFakeBackend()
	doc := kursk(f)
	u := newTestUI(t, f)
	press(u, "12jj")
	shortcut(u, scUndo)
	mustLabel(t, f, doc, 1, "")
	if u.selected != 1 {
		t.Errorf("after undo selected %d, want the undone sentence 1", u.selected)
	}
	shortcut(u, scUndo)
	mustLabel(t, f, doc, 0, "")
	if u.selected != 0 || len(u.mine) != 0 {
		t.Errorf("after second undo: selected %d, shown tags %v", u.selected, u.mine)
	}
	shortcut(u, scRedo)
	mustLabel(t, f, doc, 0, "CLAIM")
	if u.mine[0].Label != "CLAIM" {
		t.Error("redo not shown")
	}
	shortcut(u, scRedoY)
	mustLabel(t, f, doc, 1, "FACT")
	shortcut(u, scRedo)
	if !strings.Contains(u.status.saveState.Text, "Nothing to redo") {
		t.Errorf("status %q", u.status.saveState.Text)
	}
}

func TestUndoOpensTheArticleOfTheChange(t *testing.T) {
	f := newFakeBackend()
	first := kursk(f)
	second := f.addDoc("Other", []string{"One.", "Two."})
	u := newTestUI(t, f)
	press(u, "1")
	u.open(second, 0)
	press(u, "2")
	shortcut(u, scUndo)
	shortcut(u, scUndo)
	if u.doc.ID != first || u.selected != 0 {
		t.Errorf("after undo showing doc %d sentence %d, want %d/0", u.doc.ID, u.selected, first)
	}
	mustLabel(t, f, first, 0, "")
}

func TestCtrlZInTheNoteEditsTheText(t *testing.T) {
	f := newFakeBackend()
	doc := kursk(f)
	u := newTestUI(t, f)
	press(u, "1k")
	u.win.Canvas().Focus(u.panel.note)
	shortcut(u, scUndo)
	mustLabel(t, f, doc, 0, "CLAIM")
}

func TestHelpOverlay(t *testing.T) {
	f := newFakeBackend()
	doc := kursk(f)
	u := newTestUI(t, f)
	pressKey(u, fyne.KeyF1)
	if !u.help.visible() {
		t.Fatal("F1 did not show the keys")
	}
	press(u, "1")
	if u.help.visible() {
		t.Error("a key did not close the help")
	}
	mustLabel(t, f, doc, 0, "")
	press(u, "?")
	if !u.help.visible() {
		t.Error("? did not show the keys")
	}
	found := false
	annotate, _ := keyHelp(u.labels)
	for _, row := range annotate {
		found = found || row[0] == "Ctrl+Shift+Z"
	}
	if !found {
		t.Error("help does not list redo")
	}
}

func TestTextSizeGrowsTheArticleOnly(t *testing.T) {
	f := newFakeBackend()
	kursk(f)
	u := newTestUI(t, f)
	before := u.article.rows[0].height
	bodyBefore := u.article.geo.body.TextSize()
	statusBefore := u.status.box.MinSize()
	panelBefore := u.panel.box.MinSize().Width
	themeBefore := u.app.Settings().Theme().Size(theme.SizeNameText)
	shortcut(u, scLarger)
	shortcut(u, scLarger)
	u.win.Content().Refresh()
	if u.article.scale < 1.19 || u.article.rows[0].height <= before {
		t.Errorf("scale %v, row height %v -> %v", u.article.scale, before, u.article.rows[0].height)
	}
	if got := u.article.geo.body.TextSize(); got < bodyBefore*1.19 {
		t.Errorf("article text size %v -> %v, want it 20%% larger", bodyBefore, got)
	}
	if got := u.app.Settings().Theme().Size(theme.SizeNameText); got != themeBefore {
		t.Errorf("the theme's text size changed %v -> %v: the chrome grew too", themeBefore, got)
	}
	if got := u.status.box.MinSize(); got != statusBefore {
		t.Errorf("status bar %v -> %v: it should keep its size", statusBefore, got)
	}
	if got := u.panel.box.MinSize().Width; got != panelBefore {
		t.Errorf("panel width %v -> %v: it should keep its size", panelBefore, got)
	}
	shortcut(u, scNormal)
	if u.article.scale != 1 || u.app.Preferences().Float(prefTextScale) != 1 {
		t.Error("Ctrl+0 did not restore the text size")
	}
	if got := u.article.geo.body.TextSize(); got != bodyBefore {
		t.Errorf("Ctrl+0: article text size %v, want %v", got, bodyBefore)
	}
}

func TestQuickEditsBuildOnEachOther(t *testing.T) {
	f := newFakeBackend()
	doc := kursk(f)
	var later []func()
	run := func() {
		for len(later) > 0 {
			job := later[0]
			later = later[1:]
			job()
		}
	}
	u := newUI(test.NewTempApp(t), f, Options{Annotator: "alice"}, func(job func()) { later = append(later, job) }, defaultServices())
	run()
	press(u, "1k")
	u.setNote(0, "reported speech")
	press(u, "2")
	if u.mine[0].Label != "" {
		t.Error("a tag is shown before it is committed")
	}
	run()
	if got := f.label(doc, 0, "alice"); got.Label != "FACT" || got.Note != "reported speech" {
		t.Errorf("stored %+v: the tag lost the note queued before it", got)
	}
	if u.mine[0].Label != "FACT" || len(u.queued) != 0 {
		t.Errorf("shown %+v, still queued %v", u.mine[0], u.queued)
	}
}
