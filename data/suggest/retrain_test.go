package suggest

import (
	"context"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/data/store"
)

// tagOrder visits the fixture's sentences (grouped by label) in a mixed
// order: a stride of 7, coprime with its length.
func tagOrder(i, n int) int { return i * 7 % n }

// labelledStore imports the Italian fixture as one document into a real
// database and tags n of its sentences, in tagOrder, as anna.
func labelledStore(t *testing.T, n int) (*store.Store, model.Document, []Example) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "v.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ex := readLabelled(t, "testdata/eval-it.tsv")
	var text strings.Builder
	var spans []model.Span
	at := 0
	for _, e := range ex {
		if at > 0 {
			text.WriteString(" ")
			at++
		}
		n := len([]rune(e.Text))
		spans = append(spans, model.Span{Start: at, End: at + n, Text: e.Text})
		text.WriteString(e.Text)
		at += n
	}
	docs, err := st.ImportDocs(ctx, []model.ImportDoc{{Title: "fixture", Lang: "it", Text: text.String(), Sentences: spans}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := range n {
		j := tagOrder(i, len(ex))
		if _, err := st.Annotate(ctx, model.Annotation{DocID: docs[0].ID, SentenceIndex: j, Annotator: "anna", Label: ex[j].Label}); err != nil {
			t.Fatal(err)
		}
	}
	return st, docs[0], ex
}

// statuses collects what a retrainer publishes.
type statuses struct {
	mu  sync.Mutex
	all []Status
}

func (s *statuses) add(st Status) { s.mu.Lock(); s.all = append(s.all, st); s.mu.Unlock() }

// await polls until a published status satisfies ok.
func (s *statuses) await(t *testing.T, what string, ok func(Status) bool) Status {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		s.mu.Lock()
		for _, st := range s.all {
			if ok(st) {
				s.mu.Unlock()
				return st
			}
		}
		s.mu.Unlock()
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("no status with %s", what)
	return Status{}
}

func TestRetrainerFollowsTheLabels(t *testing.T) {
	ctx := context.Background()
	st, doc, ex := labelledStore(t, 40)
	var got statuses
	r := NewRetrainer(func(ctx context.Context) (*Corpus, error) { return Load(ctx, st, 0) }, 10*time.Millisecond, got.add)
	defer r.Close()
	first := got.await(t, "figures on 40 labels", func(s Status) bool { return s.Report != nil })
	if !first.Ready(0) || first.Ready(first.Report.MacroF1+0.01) {
		t.Errorf("Ready: a measured model is ready at 0 and not above its macro-F1 %.3f", first.Report.MacroF1)
	}
	if first.Labelled != 40 || first.Model == nil || first.Report.TrainedOn != 40 {
		t.Fatalf("first status: %d labelled, model %v, report %+v", first.Labelled, first.Model != nil, first.Report)
	}
	// a burst of tags: the retrainer catches up with all of them
	for i := 40; i < len(ex); i++ {
		j := tagOrder(i, len(ex))
		if _, err := st.Annotate(ctx, model.Annotation{DocID: doc.ID, SentenceIndex: j, Annotator: "anna", Label: ex[j].Label}); err != nil {
			t.Fatal(err)
		}
		r.Changed()
	}
	last := got.await(t, "figures on every label", func(s Status) bool { return s.Report != nil && s.Labelled == len(ex) })
	if last.Report.MacroF1 < 0.8 {
		t.Errorf("macro-F1 %.3f on the full fixture", last.Report.MacroF1)
	}
	for _, f := range last.Disagreements {
		if f.DocID != doc.ID || ex[f.Index].Text != f.Text || ex[f.Index].Label != f.Label {
			t.Errorf("flagged sentence %+v does not point at its sentence", f)
		}
	}
}

func TestRetrainerSaysWhyThereIsNoModel(t *testing.T) {
	st, _, _ := labelledStore(t, 3) // three FACT sentences (0, 7, 14): one label
	var got statuses
	r := NewRetrainer(func(ctx context.Context) (*Corpus, error) { return Load(ctx, st, 0) }, time.Millisecond, got.add)
	defer r.Close()
	s := got.await(t, "a reason", func(s Status) bool { return s.Reason != "" })
	if s.Model != nil || s.Ready(0) || !strings.Contains(s.Reason, "at least two labels") || s.Labelled != 3 {
		t.Errorf("status %+v", s)
	}
}
