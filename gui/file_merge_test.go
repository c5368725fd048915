package gui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/veritag/veritag/data/model"
)

func TestMergeDatabase(t *testing.T) {
	dir := t.TempDir()
	st := openStore(t, filepath.Join(dir, "mine.db"), 5)
	otherPath := filepath.Join(dir, "bob.db")
	other := openStore(t, otherPath, 5) // the same article…
	if _, err := other.ImportDocs(context.Background(), []model.ImportDoc{article(8)}, nil); err != nil {
		t.Fatal(err) // …and another one
	}
	docs, _ := other.Documents(context.Background())
	for _, d := range docs {
		other.Annotate(context.Background(), model.Annotation{DocID: d.ID, SentenceIndex: 0, Annotator: "bob", Label: "FACT"})
	}
	other.Close()

	u := newTestUI(t, st)
	u.merge([]string{otherPath})
	report := topText(u)
	for _, want := range []string{"bob.db", "1 added · 1 already here", "2 added · 0 updated · 0 kept", "bob"} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}
	if len(u.docs) != 2 {
		t.Errorf("library has %d articles after the merge, want 2", len(u.docs))
	}
	if len(u.others[0]) != 1 || u.others[0][0].Annotator != "bob" {
		t.Errorf("the open article does not show bob's label: %+v", u.others)
	}
}

func TestMergeRefusesAForeignFile(t *testing.T) {
	dir := t.TempDir()
	st := openStore(t, filepath.Join(dir, "mine.db"), 5)
	bad := filepath.Join(dir, "notes.db")
	os.WriteFile(bad, []byte("these are not the droids"), 0o644)
	u := newTestUI(t, st)
	u.merge([]string{bad})
	if msg := topText(u); !strings.Contains(msg, "Nothing was merged") || !strings.Contains(msg, "notes.db") {
		t.Errorf("error dialog says:\n%s", msg)
	}
	if len(u.docs) != 1 {
		t.Errorf("library has %d articles", len(u.docs))
	}
	u.win.Canvas().Overlays().Top().Hide()
	u.opts.DBPath = filepath.Join(dir, "mine.db")
	u.merge([]string{filepath.Join(dir, ".", "mine.db")})
	if msg := topText(u); !strings.Contains(msg, "this is the database Veritag has open") {
		t.Errorf("merging the open database says:\n%s", msg)
	}
}
