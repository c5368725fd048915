package hubsync

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/veritag/veritag/data/export"
	"github.com/veritag/veritag/data/hub"
	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/data/store"
	"github.com/veritag/veritag/internal/pgtest"
)

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) != "" {
		os.Exit(runChild())
	}
	pgtest.Main(m)
}

// team is an initialised hub for one test.
type team struct {
	c  *pgtest.Cluster
	db string
}

func newTeam(t testing.TB) team {
	t.Helper()
	c, db := pgtest.NewDatabase(t)
	if _, err := hub.Init(context.Background(), c.SuperURL(db)); err != nil {
		t.Fatal(err)
	}
	return team{c, db}
}

// member adds a login role in role and returns its connection URI.
func (tm team) member(t testing.TB, name, role string) string {
	t.Helper()
	ctx := context.Background()
	h, err := hub.Open(ctx, tm.c.SuperURL(tm.db))
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	if err := h.AddUser(ctx, name, role, "pw-"+name); err != nil {
		t.Fatal(err)
	}
	return tm.c.URL(name, "pw-"+name, tm.db)
}

// status is the hub's status as its owner sees it.
func (tm team) status(t testing.TB) hub.Status {
	t.Helper()
	ctx := context.Background()
	h, err := hub.Open(ctx, tm.c.SuperURL(tm.db))
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	st, err := h.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// newLocal opens a new local file in a temp dir.
func newLocal(t testing.TB) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "local.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// article is a document of n sentences split at ". ".
func article(title string, n int) model.ImportDoc {
	var b strings.Builder
	var spans []model.Span
	for i := range n {
		if i > 0 {
			b.WriteString(" ")
		}
		s := fmt.Sprintf("Frase numero %d di %s, perché sì.", i, title)
		start := len([]rune(b.String()))
		b.WriteString(s)
		spans = append(spans, model.Span{Start: start, End: start + len([]rune(s)), Text: s})
	}
	return model.ImportDoc{Title: title, Lang: "it", Text: b.String(), Sentences: spans}
}

// importDocs stores documents in st and returns their ids.
func importDocs(t testing.TB, st *store.Store, docs ...model.ImportDoc) []int64 {
	t.Helper()
	got, err := st.ImportDocs(context.Background(), docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]int64, len(got))
	for i, d := range got {
		ids[i] = d.ID
	}
	return ids
}

// tag sets (or, with label "", clears) one annotation.
func tag(t testing.TB, st *store.Store, doc int64, idx int, annotator, label string) {
	t.Helper()
	if _, err := st.Annotate(context.Background(), model.Annotation{DocID: doc, SentenceIndex: idx, Annotator: annotator, Label: label}); err != nil {
		t.Fatal(err)
	}
}

// syncOK syncs and fails the test on error.
func syncOK(t testing.TB, st *store.Store, url string) Result {
	t.Helper()
	r, err := Once(context.Background(), st, url)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// exportJSONL is st's jsonl export, the bytes a pipeline would read.
func exportJSONL(t testing.TB, st *store.Store) string {
	t.Helper()
	ctx := context.Background()
	out := filepath.Join(t.TempDir(), "export.jsonl")
	labels, err := st.Labels(ctx)
	if err != nil {
		t.Fatal(err)
	}
	w, err := export.New("jsonl", out, export.Options{Labels: labels})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.EachDocument(ctx, 0, "", w.WriteDocument); err != nil {
		w.Abort()
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// annotationCount counts st's current annotations.
func annotationCount(t testing.TB, st *store.Store) int {
	t.Helper()
	s, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s.Annotations
}

// storeT is one member's local file.
type storeT struct{ st *store.Store }

// annotation is a tag with a note and confidence that vary by step.
func annotation(doc int64, idx int, annotator, label string, step int) model.Annotation {
	a := model.Annotation{DocID: doc, SentenceIndex: idx, Annotator: annotator, Label: label}
	if label != "" {
		a.Confidence = step % 4
		a.Note = fmt.Sprintf("nota %d «%s»", step, annotator)
	}
	return a
}
