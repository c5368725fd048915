package scale

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"

	"github.com/veritag/veritag/data/store"
)

// config sizes a scale run.
type config struct {
	seed   uint64
	docs   int // documents
	perDoc int // sentences per document
	batch  int // documents per ImportDocs call
	tags   int // Annotate commits timed
}

// TestScaleReport generates a million sentences (2,000 documents of 500,
// seeded), imports them into a temporary database and prints one table:
// import rate, search latency of data/search next to plain fuzzy.Find and
// whether ours holds fuzzy.Find's top 10, tag commit latency, jsonl export
// rate, the memory the index takes, veritag-cli search --stdin and export
// timed from outside, and the desktop app's start to first frame and peak
// memory under Xvfb. It runs only with VERITAG_SCALE=1 (make
// bench-scale); VERITAG_SCALE_DOCS and VERITAG_SCALE_SEED change the size
// and seed.
func TestScaleReport(t *testing.T) {
	if os.Getenv("VERITAG_SCALE") != "1" {
		t.Skip("set VERITAG_SCALE=1 to run (make bench-scale)")
	}
	cfg := config{seed: uint64(envInt(t, "VERITAG_SCALE_SEED", 1)), docs: envInt(t, "VERITAG_SCALE_DOCS", 2000), perDoc: 500, batch: 100, tags: 2000}
	dir := t.TempDir()
	// The user cache dir of every process here (the store's integrity
	// stamps, the index veritag-cli search saves) is the test's own.
	// The Go build cache stays where it was.
	if cache, err := os.UserCacheDir(); err == nil && os.Getenv("GOCACHE") == "" {
		t.Setenv("GOCACHE", filepath.Join(cache, "go-build"))
	}
	t.Setenv("XDG_CACHE_HOME", dir)
	path := filepath.Join(dir, "scale.db")
	ctx := context.Background()
	st, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r := &report{cfg: cfg}
	importAll(t, st, cfg, r)
	tagCommits(t, st, cfg, r)
	annotateAll(t, path)
	exportJSONL(t, st, filepath.Join(dir, "export.jsonl"), r)
	ix := buildIndex(t, st, r)
	compareSearch(t, st, ix, r)
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	cliSearch(t, dir, path, r)
	cliExport(t, dir, path, r)
	appStart(t, dir, path, r)
	r.print(os.Stdout)
}

// envInt reads a positive integer from the environment, else def.
func envInt(t *testing.T, name string, def int) int {
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 {
		t.Fatalf("%s=%q: want a positive integer", name, s)
	}
	return n
}

// report collects the figures of a run.
type report struct {
	cfg  config
	rows [][2]string
}

// add appends one row of the table.
func (r *report) add(measure, format string, args ...any) {
	r.rows = append(r.rows, [2]string{measure, fmt.Sprintf(format, args...)})
}

// print writes the table.
func (r *report) print(w io.Writer) {
	c := r.cfg
	fmt.Fprintf(w, "\nVeritag scale report: %d sentences (%d documents × %d), seed %d, %d CPUs, %s\n\n",
		c.docs*c.perDoc, c.docs, c.perDoc, c.seed, runtime.NumCPU(), runtime.Version())
	width := 0
	for _, row := range r.rows {
		width = max(width, len([]rune(row[0])))
	}
	for _, row := range r.rows {
		fmt.Fprintf(w, "  %-*s  %s\n", width, row[0], row[1])
	}
	fmt.Fprintln(w)
}
