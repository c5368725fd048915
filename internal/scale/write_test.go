package scale

import (
	"context"
	"database/sql"
	"github.com/veritag/veritag/internal/corpus"
	"math/rand/v2"
	"os"
	"testing"
	"time"

	"github.com/veritag/veritag/data/export"
	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/data/store"
)

// importAll imports the collection with ImportDocs, cfg.batch documents
// per call; only the calls are timed, not the generation.
func importAll(t *testing.T, st *store.Store, cfg config, r *report) {
	ctx := context.Background()
	var took, slowest time.Duration
	for from := 0; from < cfg.docs; from += cfg.batch {
		batch := make([]model.ImportDoc, 0, cfg.batch)
		for n := from; n < min(from+cfg.batch, cfg.docs); n++ {
			batch = append(batch, corpus.Document(cfg.seed, n, cfg.perDoc))
		}
		start := time.Now()
		if _, err := st.ImportDocs(ctx, batch, nil); err != nil {
			t.Fatal(err)
		}
		d := time.Since(start)
		took += d
		slowest = max(slowest, d)
	}
	n := cfg.docs * cfg.perDoc
	r.add("import (ImportDocs)", "%.0f sentences/s (%.1f s; %d documents a call, slowest call %.1f s)",
		float64(n)/took.Seconds(), took.Seconds(), cfg.batch, slowest.Seconds())
}

// tagCommits times cfg.tags Annotate calls on random sentences.
func tagCommits(t *testing.T, st *store.Store, cfg config, r *report) {
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(cfg.seed, 2))
	labels := []string{"CLAIM", "FACT", "SPECULATION"}
	lat := make([]time.Duration, cfg.tags)
	for i := range lat {
		a := model.Annotation{DocID: int64(1 + rng.IntN(cfg.docs)), SentenceIndex: rng.IntN(cfg.perDoc),
			Annotator: "scale", Label: labels[i%len(labels)]}
		start := time.Now()
		if _, err := st.Annotate(ctx, a); err != nil {
			t.Fatal(err)
		}
		lat[i] = time.Since(start)
	}
	r.add("tag commit (Annotate) p50 / p99", "%s / %s ms (%d commits on random sentences)",
		ms(percentile(lat, 50)), ms(percentile(lat, 99)), cfg.tags)
}

// annotateAll labels every sentence as annotator "bulk" in one SQL
// statement, so that the export has a record per sentence. It is fixture
// set-up, not a measure: it bypasses the store and its event log.
func annotateAll(t *testing.T, path string) {
	db, err := sql.Open("sqlite3", "file:"+path+"?_busy_timeout=10000&_foreign_keys=on")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_, err = db.Exec(`INSERT INTO annotations(sentence_id, annotator, label, confidence, note, updated_at)
		SELECT id, 'bulk', CASE id % 3 WHEN 0 THEN 'CLAIM' WHEN 1 THEN 'FACT' ELSE 'SPECULATION' END,
			id % 4, '', '2026-01-01T00:00:00Z' FROM sentences`)
	if err != nil {
		t.Fatal(err)
	}
}

// exportJSONL exports everything as jsonl to out, streaming EachDocument
// into data/export, and reports annotated sentences (records) per second.
func exportJSONL(t *testing.T, st *store.Store, out string, r *report) {
	records := 0
	w, err := export.New("jsonl", out, export.Options{Progress: func(_, sentences int) { records = sentences }})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if err := st.EachDocument(context.Background(), 0, "", w.WriteDocument); err != nil {
		w.Abort()
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	took := time.Since(start)
	fi, err := os.Stat(out)
	if err != nil {
		t.Fatal(err)
	}
	r.add("export jsonl (EachDocument → data/export)", "%.0f records/s (%d records, %d MB, %.1f s)",
		float64(records)/took.Seconds(), records, fi.Size()>>20, took.Seconds())
}
