package store

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/veritag/veritag/data/model"
)

// clock is an injectable time source that advances one second per call.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { c.t = c.t.Add(time.Second); return c.t }

// openTemp opens a new database in a temp dir with a fake clock.
func openTemp(t testing.TB) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "v.db")
	return openAt(t, path), path
}

func openAt(t testing.TB, path string) *Store {
	t.Helper()
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	c := &clock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	s.Now = c.now
	t.Cleanup(func() { s.Close() })
	return s
}

// spansOf splits text on ". " boundaries into code-point spans.
func spansOf(text string) []model.Span {
	var out []model.Span
	r := []rune(text)
	start := 0
	for i := 0; i < len(r); i++ {
		if r[i] == '.' || i == len(r)-1 {
			out = append(out, model.Span{Start: start, End: i + 1, Text: string(r[start : i+1])})
			for i+1 < len(r) && r[i+1] == ' ' {
				i++
			}
			start = i + 1
		}
	}
	return out
}

func doc(text string) model.ImportDoc {
	return model.ImportDoc{Title: "T", Source: "t.txt", Lang: "it", Text: text, Sentences: spansOf(text)}
}

const textIT = "La città è calma. Lavrov ha parlato. Potrebbe piovere."

func importOne(t *testing.T, s *Store, d model.ImportDoc) model.Document {
	t.Helper()
	docs, err := s.ImportDocs(context.Background(), []model.ImportDoc{d}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return docs[0]
}

func TestOpenSetsPragmas(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	for _, db := range []*sql.DB{s.write, s.read} {
		var fk, timeout int
		var mode string
		db.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk)
		db.QueryRowContext(ctx, "PRAGMA busy_timeout").Scan(&timeout)
		db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode)
		if fk != 1 || timeout == 0 || mode != "wal" {
			t.Errorf("foreign_keys=%d busy_timeout=%d journal_mode=%s", fk, timeout, mode)
		}
	}
	var app, version int
	s.read.QueryRowContext(ctx, "PRAGMA application_id").Scan(&app)
	s.read.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version)
	if app != ApplicationID || version != len(migrations) {
		t.Errorf("application_id=%x user_version=%d", app, version)
	}
	labels, err := s.Labels(ctx)
	if err != nil || len(labels) != 3 || labels[0].Name != "CLAIM" || labels[2].Key != "3" {
		t.Errorf("labels = %v, %v", labels, err)
	}
}

func TestImportDeduplicatesAndKeepsOffsets(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	d1 := importOne(t, s, doc(textIT))
	d2 := importOne(t, s, doc(textIT))
	if d1.ID != d2.ID {
		t.Fatalf("same content imported twice gave ids %d and %d", d1.ID, d2.ID)
	}
	docs, _ := s.Documents(ctx)
	if len(docs) != 1 || docs[0].SentenceCount != 3 {
		t.Fatalf("documents = %+v", docs)
	}
	full, _ := s.Document(ctx, d1.ID)
	sents, _ := s.Sentences(ctx, d1.ID)
	r := []rune(full.Text)
	for _, x := range sents {
		if string(r[x.Start:x.End]) != x.Text {
			t.Errorf("sentence %d: %q != %q", x.Index, string(r[x.Start:x.End]), x.Text)
		}
	}
}

func TestImportIsAllOrNothing(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	bad := doc("Una frase. Due frasi.")
	bad.Annotations = []model.Annotation{{SentenceIndex: 0, Annotator: "a", Label: "OPINION"}}
	_, err := s.ImportDocs(ctx, []model.ImportDoc{doc(textIT), bad}, nil)
	if err == nil || !strings.Contains(err.Error(), "OPINION") {
		t.Fatalf("want an error naming OPINION, got %v", err)
	}
	if empty, _ := s.IsEmpty(ctx); !empty {
		t.Fatal("a failed batch left documents behind")
	}
	wrong := doc(textIT)
	wrong.Sentences[1].Start++
	if _, err := s.ImportDocs(ctx, []model.ImportDoc{wrong}, nil); err == nil {
		t.Fatal("spans that do not match the text were accepted")
	}
}

func TestAnnotateUndoRedoSurviveRestart(t *testing.T) {
	s, path := openTemp(t)
	ctx := context.Background()
	d := importOne(t, s, doc(textIT))
	if _, err := s.Annotate(ctx, model.Annotation{DocID: d.ID, SentenceIndex: 0, Annotator: "ann", Label: "fact"}); err != nil {
		t.Fatal(err)
	}
	ev, err := s.Annotate(ctx, model.Annotation{DocID: d.ID, SentenceIndex: 0, Annotator: "ann", Label: "CLAIM", Confidence: 2, Note: "nota"})
	if err != nil || ev.Old.Label != "FACT" || ev.New.Label != "CLAIM" || ev.ID == 0 {
		t.Fatalf("event = %+v, %v", ev, err)
	}
	s.Close()
	s = openAt(t, path)
	ev, ok, err := s.Undo(ctx, "ann")
	if err != nil || !ok || ev.New.Label != "FACT" || ev.Kind != model.EventUndo {
		t.Fatalf("undo after restart = %+v %v %v", ev, ok, err)
	}
	anns, _ := s.Annotations(ctx, d.ID)
	if len(anns) != 1 || anns[0].Label != "FACT" || anns[0].Note != "" {
		t.Fatalf("after undo: %+v", anns)
	}
	if _, ok, _ := s.Undo(ctx, "ann"); !ok {
		t.Fatal("second undo refused")
	}
	if _, ok, _ := s.Undo(ctx, "ann"); ok {
		t.Fatal("undo past the first change")
	}
	if anns, _ := s.Annotations(ctx, d.ID); len(anns) != 0 {
		t.Fatalf("after undoing everything: %+v", anns)
	}
	ev, ok, _ = s.Redo(ctx, "ann")
	if !ok || ev.New.Label != "FACT" {
		t.Fatalf("redo = %+v %v", ev, ok)
	}
	s.Annotate(ctx, model.Annotation{DocID: d.ID, SentenceIndex: 1, Annotator: "ann", Label: "SPECULATION"})
	if _, ok, _ := s.Redo(ctx, "ann"); ok {
		t.Fatal("a new change must empty the redo stack")
	}
	hist, _ := s.History(ctx, d.ID, 0)
	if len(hist) != 5 || hist[0].Kind != model.EventRedo {
		t.Fatalf("history = %+v", hist)
	}
	if _, err := s.write.ExecContext(ctx, "DELETE FROM events"); err == nil {
		t.Fatal("the event log accepted a delete")
	}
}

func TestAnnotateRefusesBadInput(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	d := importOne(t, s, doc(textIT))
	cases := []model.Annotation{
		{DocID: d.ID, SentenceIndex: 99, Annotator: "a", Label: "FACT"},
		{DocID: d.ID + 5, SentenceIndex: 0, Annotator: "a", Label: "FACT"},
		{DocID: d.ID, SentenceIndex: 0, Annotator: "a", Label: "OPINION"},
		{DocID: d.ID, SentenceIndex: 0, Annotator: "", Label: "FACT"},
		{DocID: d.ID, SentenceIndex: 0, Annotator: "a", Label: "FACT", Confidence: 4},
	}
	for _, c := range cases {
		if _, err := s.Annotate(ctx, c); err == nil {
			t.Errorf("accepted %+v", c)
		}
	}
	if st, _ := s.Stats(ctx); st.Annotations != 0 || st.Events != 0 {
		t.Errorf("refused input changed the database: %+v", st)
	}
}

func TestRefusesForeignAndCorruptFiles(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	foreign := filepath.Join(dir, "other.db")
	db, _ := sql.Open("sqlite3", foreign)
	db.Exec("CREATE TABLE x(a)")
	db.Close()
	text := filepath.Join(dir, "notes.db")
	os.WriteFile(text, []byte("just some text, not a database at all, long enough to have a header ........................................................"), 0o644)
	good := filepath.Join(dir, "good.db")
	s := openAt(t, good)
	importOne(t, s, doc(textIT))
	s.Close()
	raw, _ := os.ReadFile(good)
	corrupt := filepath.Join(dir, "corrupt.db")
	bad := append([]byte{}, raw...)
	for i := 100; i < len(bad); i += 7 {
		bad[i] ^= 0x5a
	}
	os.WriteFile(corrupt, bad, 0o644)
	for _, p := range []string{foreign, text, corrupt} {
		before, _ := os.ReadFile(p)
		_, err := Open(ctx, p)
		if err == nil || !strings.Contains(err.Error(), p) {
			t.Errorf("%s: want a clear refusal naming the file, got %v", filepath.Base(p), err)
			continue
		}
		after, _ := os.ReadFile(p)
		if string(before) != string(after) {
			t.Errorf("%s was modified", p)
		}
		if _, err := os.Stat(p + "-wal"); err == nil {
			t.Errorf("%s got a WAL file", p)
		}
	}
}

func TestSeedOnlyOnce(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	seeded, err := s.SeedIfEmpty(ctx, doc(textIT))
	if err != nil || !seeded {
		t.Fatalf("seed = %v %v", seeded, err)
	}
	docs, _ := s.Documents(ctx)
	if err := s.DeleteDocument(ctx, docs[0].ID); err != nil {
		t.Fatal(err)
	}
	if seeded, _ := s.SeedIfEmpty(ctx, doc(textIT)); seeded {
		t.Fatal("the sample came back after the user deleted it")
	}
}

func TestMergeNewerWinsAndIsIdempotent(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	a := openAt(t, filepath.Join(dir, "a.db"))
	b := openAt(t, filepath.Join(dir, "b.db"))
	b.Now = func() time.Time { return time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC) } // b's changes are newer
	da := importOne(t, a, doc(textIT))
	db := importOne(t, b, doc(textIT))
	extra := importOne(t, b, doc("Solo in B. Seconda frase."))
	a.Annotate(ctx, model.Annotation{DocID: da.ID, SentenceIndex: 0, Annotator: "x", Label: "FACT"})
	b.Annotate(ctx, model.Annotation{DocID: db.ID, SentenceIndex: 0, Annotator: "x", Label: "CLAIM", Note: "newer"})
	b.Annotate(ctx, model.Annotation{DocID: db.ID, SentenceIndex: 1, Annotator: "y", Label: "CLAIM"})
	b.Annotate(ctx, model.Annotation{DocID: extra.ID, SentenceIndex: 1, Annotator: "y", Label: "SPECULATION"})
	b.AddLabel(ctx, model.Label{Name: "OPINION"})
	b.Annotate(ctx, model.Annotation{DocID: extra.ID, SentenceIndex: 0, Annotator: "y", Label: "OPINION"})
	b.Adjudicate(ctx, db.ID, 0, "CLAIM", "boss")
	rep, err := a.Merge(ctx, b.Path())
	if err != nil {
		t.Fatal(err)
	}
	if rep.DocumentsAdded != 1 || rep.DocumentsMatched != 1 || rep.AnnotationsAdded != 3 || rep.AnnotationsUpdated != 1 ||
		len(rep.LabelsAdded) != 1 || rep.Adjudications != 1 {
		t.Fatalf("report = %+v", rep)
	}
	anns, _ := a.SentenceAnnotations(ctx, da.ID, 0)
	if len(anns) != 1 || anns[0].Label != "CLAIM" || anns[0].Note != "newer" {
		t.Fatalf("newer change did not win: %+v", anns)
	}
	before, _ := a.Stats(ctx)
	rep, err = a.Merge(ctx, b.Path())
	after, _ := a.Stats(ctx)
	if err != nil || rep.AnnotationsAdded+rep.AnnotationsUpdated+rep.DocumentsAdded+rep.Adjudications != 0 || before.Events != after.Events {
		t.Fatalf("second merge changed things: %+v %v (events %d -> %d)", rep, err, before.Events, after.Events)
	}
	if after.Documents != 2 {
		t.Fatalf("documents after merge = %d", after.Documents)
	}
}

func TestLabelRenameCarriesAnnotations(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	d := importOne(t, s, doc(textIT))
	s.Annotate(ctx, model.Annotation{DocID: d.ID, SentenceIndex: 0, Annotator: "a", Label: "CLAIM"})
	if err := s.UpdateLabel(ctx, "claim", model.Label{Name: "ASSERTION", Key: "1", Color: "#0072B2"}); err != nil {
		t.Fatal(err)
	}
	anns, _ := s.Annotations(ctx, d.ID)
	if len(anns) != 1 || anns[0].Label != "ASSERTION" {
		t.Fatalf("annotations after rename: %+v", anns)
	}
	if err := s.UpdateLabel(ctx, "FACT", model.Label{Name: "FACT", Key: "1", Color: "#009E73"}); err == nil {
		t.Fatal("two labels got the same key")
	}
	for i := 0; i < 6; i++ {
		if _, err := s.AddLabel(ctx, model.Label{Name: "L" + string(rune('A'+i))}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.AddLabel(ctx, model.Label{Name: "TEN"}); err == nil {
		t.Fatal("a tenth label was accepted")
	}
}

func TestBackupIsAVeritagDatabase(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	importOne(t, s, doc(textIT))
	dir := t.TempDir()
	for i := 0; i < 4; i++ {
		if _, err := s.RollingBackup(ctx, dir, 3); err != nil {
			t.Fatal(err)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		t.Fatalf("kept %d backups, want 3", len(entries))
	}
	b, err := OpenReadOnly(ctx, filepath.Join(dir, entries[2].Name()))
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if docs, _ := b.Documents(ctx); len(docs) != 1 {
		t.Fatalf("backup holds %d documents", len(docs))
	}
}

func TestCancelledBackupLeavesNoFile(t *testing.T) {
	s, _ := openTemp(t)
	importOne(t, s, doc(textIT))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	out := filepath.Join(t.TempDir(), "b.db")
	if err := s.Backup(ctx, out); err == nil {
		t.Fatal("a cancelled backup reported success")
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Fatalf("a cancelled backup left %s behind (%v)", out, err)
	}
}
