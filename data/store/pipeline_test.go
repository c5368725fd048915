package store

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/internal/corpus"
)

// TestPipelineKeepsOrderAndStopsTheReader hands several batches' worth of
// documents through: they arrive in order; when the writer fails, the
// reader's next put fails and the writer's error is returned.
func TestPipelineKeepsOrderAndStopsTheReader(t *testing.T) {
	ctx := context.Background()
	n := 3*batchDocs + 7
	var got []string
	err := pipeline(ctx, func(put func(model.ImportDoc) error) error {
		for i := range n {
			if err := put(model.ImportDoc{Text: fmt.Sprint(i)}); err != nil {
				return err
			}
		}
		return nil
	}, func(d checkedDoc) error { got = append(got, d.Text); return nil })
	if err != nil || len(got) != n {
		t.Fatalf("got %d documents and %v, want %d and nil", len(got), err, n)
	}
	for i, s := range got {
		if s != fmt.Sprint(i) {
			t.Fatalf("document %d arrived as %s", i, s)
		}
	}

	full := errors.New("disk full")
	putFailed := false
	err = pipeline(ctx, func(put func(model.ImportDoc) error) error {
		for range 100 * batchDocs {
			if err := put(model.ImportDoc{Text: "x"}); err != nil {
				putFailed = true
				return err
			}
		}
		return nil
	}, func(checkedDoc) error { return full })
	if !errors.Is(err, full) || !putFailed {
		t.Fatalf("got %v (put failed: %v), want the writer's error and the reader stopped", err, putFailed)
	}

	cancelled, cancel := context.WithCancel(ctx)
	err = pipeline(cancelled, func(put func(model.ImportDoc) error) error {
		for i := 0; ; i++ {
			if i == batchDocs {
				cancel()
			}
			if err := put(model.ImportDoc{Text: "x"}); err != nil {
				return err
			}
		}
	}, func(checkedDoc) error { return nil })
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v after the caller cancelled, want context.Canceled", err)
	}
}

// TestImportSetsTheHashIndexAsideAndBuildsItAgain imports enough sentences
// for the sentence hash index to be set aside: afterwards it exists again
// exactly as the migration made it, and finds every sentence; a failed
// import of as many leaves it in place.
func TestImportSetsTheHashIndexAsideAndBuildsItAgain(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	docs := deferAtLeast/50 + 10
	many := func(fail error) error {
		_, err := s.ImportStream(ctx, func(put func(model.ImportDoc) error) error {
			for i := range docs {
				if err := put(corpus.Document(11, i, 50)); err != nil {
					return err
				}
			}
			return fail
		}, nil)
		return err
	}
	index := func() string {
		var sql string
		s.write.QueryRowContext(ctx, "SELECT coalesce(max(sql), '') FROM sqlite_master WHERE name = 'sentences_hash'").Scan(&sql)
		return sql
	}
	boom := errors.New("boom")
	if err := many(boom); !errors.Is(err, boom) || index() != sentenceHashIndex {
		t.Fatalf("after a failed import: %v, index %q", err, index())
	}
	if err := many(nil); err != nil {
		t.Fatal(err)
	}
	if got := index(); got != sentenceHashIndex {
		t.Fatalf("index after the import is %q, want %q", got, sentenceHashIndex)
	}
	var hash string
	var found int
	s.write.QueryRowContext(ctx, "SELECT hash FROM sentences ORDER BY id DESC LIMIT 1").Scan(&hash)
	s.write.QueryRowContext(ctx, "SELECT count(*) FROM sentences WHERE hash = ?", hash).Scan(&found)
	var n int
	s.write.QueryRowContext(ctx, "SELECT count(*) FROM sentences").Scan(&n)
	if found != 1 || n < deferAtLeast {
		t.Fatalf("%d sentences, the last one's hash finds %d ", n, found)
	}
}
