package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/data/store"
	"github.com/veritag/veritag/internal/corpus"
	"github.com/veritag/veritag/internal/pgtest"
)

// built is the veritag-cli binary the process tests run, built once.
var built struct {
	once sync.Once
	dir  string
	path string
	err  error
}

func TestMain(m *testing.M) {
	// search saves its index in the user cache dir: a temporary one here,
	// but the go build of binary keeps the Go build cache it had.
	if dir, err := os.UserCacheDir(); err == nil && os.Getenv("GOCACHE") == "" {
		os.Setenv("GOCACHE", filepath.Join(dir, "go-build"))
	}
	cache, err := os.MkdirTemp("", "veritag-cli-cache")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_CACHE_HOME", cache)
	code := pgtest.Run(m)
	os.RemoveAll(cache)
	if built.dir != "" {
		os.RemoveAll(built.dir)
	}
	os.Exit(code)
}

// binary builds veritag-cli (once per test run) and returns its path.
func binary(t *testing.T) string {
	t.Helper()
	built.once.Do(func() {
		if built.dir, built.err = os.MkdirTemp("", "veritag-cli-test"); built.err != nil {
			return
		}
		goTool, err := exec.LookPath("go")
		if err != nil {
			goTool = filepath.Join(runtime.GOROOT(), "bin", "go")
		}
		built.path = filepath.Join(built.dir, "veritag-cli")
		out, err := exec.Command(goTool, "build", "-o", built.path, ".").CombinedOutput()
		if err != nil {
			built.err = &buildError{err, string(out)}
		}
	})
	if built.err != nil {
		t.Fatalf("building veritag-cli: %v", built.err)
	}
	return built.path
}

// buildError is a failed go build with its output.
type buildError struct {
	err error
	out string
}

func (b *buildError) Error() string { return b.err.Error() + "\n" + b.out }

// generatedDB makes a database holding docs generated documents of n
// sentences each, without the segmenter or the importers, and returns its
// path and document ids.
func generatedDB(t *testing.T, docs, n int) (string, []int64) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "v.db")
	ctx := context.Background()
	st, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	in := make([]model.ImportDoc, docs)
	for i := range in {
		in[i] = corpus.Document(11, i, n)
	}
	stored, err := st.ImportDocs(ctx, in, nil)
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]int64, len(stored))
	for i, d := range stored {
		ids[i] = d.ID
	}
	return path, ids
}
