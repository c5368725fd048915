package gui

import (
	"context"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/data/store"
)

// openStore opens a temp-dir database holding one article of n sentences.
func openStore(t testing.TB, path string, n int) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	docs, _ := st.Documents(context.Background())
	if len(docs) == 0 {
		if _, err := st.ImportDocs(context.Background(), []model.ImportDoc{article(n)}, nil); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

func TestUndoSurvivesRestart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v.db")
	st := openStore(t, path, 20)
	u := newTestUI(t, st)
	press(u, "12")
	u.win.Close()
	st.Close()

	st = openStore(t, path, 20)
	u = newUI(test.NewTempApp(t), st, Options{Annotator: "alice"}, inline, defaultServices())
	if u.selected != 2 {
		t.Errorf("after restart selected %d, want the first unlabelled 2", u.selected)
	}
	shortcut(u, scUndo)
	anns, _ := st.Annotations(context.Background(), u.doc.ID)
	if len(anns) != 1 || anns[0].SentenceIndex != 0 || u.selected != 1 {
		t.Errorf("undo after restart: %+v, selected %d", anns, u.selected)
	}
	shortcut(u, scRedo)
	if u.mine[1].Label != "FACT" {
		t.Errorf("redo after restart: %+v", u.mine)
	}
}
