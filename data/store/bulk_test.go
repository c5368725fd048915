package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"testing"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/internal/corpus"
)

// TestImportDocsCancelled cancels an import after its first document: it
// must fail with the context's error and store nothing.
func TestImportDocsCancelled(t *testing.T) {
	s, _ := openTemp(t)
	ctx, cancel := context.WithCancel(context.Background())
	docs := []model.ImportDoc{corpus.Document(1, 0, 50), corpus.Document(1, 1, 50), corpus.Document(1, 2, 50)}
	_, err := s.ImportDocs(ctx, docs, func(done, total int) { cancel() })
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want context.Canceled", err)
	}
	if empty, err := s.IsEmpty(context.Background()); err != nil || !empty {
		t.Fatalf("a cancelled import stored documents (empty %v, %v)", empty, err)
	}
}

// TestBulkCacheIsPutBack checks that ImportDocs raises the writer's page
// cache only for its own transaction.
func TestBulkCacheIsPutBack(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	var before, during, after int64
	s.write.QueryRowContext(ctx, "PRAGMA cache_size").Scan(&before)
	err := s.withBulkTx(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, "PRAGMA cache_size").Scan(&during)
	})
	if err != nil {
		t.Fatal(err)
	}
	importOne(t, s, doc(textIT))
	s.write.QueryRowContext(ctx, "PRAGMA cache_size").Scan(&after)
	if during != -bulkCacheKiB(s.path) || during >= before || after != before {
		t.Errorf("cache_size %d before, %d during a bulk write, %d after; want %d during", before, during, after, -bulkCacheKiB(s.path))
	}
}

// TestImportStreamIsAllOrNothing streams documents and fails after some
// were stored: none of them remain, and a later stream stores them all.
func TestImportStreamIsAllOrNothing(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	boom := errors.New("the input broke on line 3")
	var stored []model.Document
	_, err := s.ImportStream(ctx, func(put func(model.ImportDoc) error) error {
		for n := range 3 {
			if err := put(corpus.Document(9, n, 5)); err != nil {
				return err
			}
		}
		return boom
	}, func(d model.Document) error { stored = append(stored, d); return nil })
	if !errors.Is(err, boom) || len(stored) > 3 {
		t.Fatalf("got %v after %d documents, want the producer's error", err, len(stored))
	}
	if docs, _ := s.Documents(ctx); len(docs) != 0 {
		t.Fatalf("%d documents stayed after a failed stream", len(docs))
	}
	n, err := s.ImportStream(ctx, func(put func(model.ImportDoc) error) error {
		for n := range 3 {
			if err := put(corpus.Document(9, n, 5)); err != nil {
				return err
			}
		}
		return put(corpus.Document(9, 0, 5)) // the same text again: found, not duplicated
	}, nil)
	if docs, _ := s.Documents(ctx); err != nil || n != 4 || len(docs) != 3 {
		t.Fatalf("stream: %v, %d put, %d stored; want 4 put and 3 stored", err, n, len(docs))
	}
	bad := model.ImportDoc{Title: "x", Text: "Uno.", Sentences: []model.Span{{Start: -5, End: 1000000000, Text: "Uno."}}}
	if _, err := s.ImportStream(ctx, func(put func(model.ImportDoc) error) error { return put(bad) }, nil); err == nil || !strings.Contains(err.Error(), "sentence 0") {
		t.Fatalf("bad offsets: %v", err)
	}
}

// TestImportStreamCancelledStoresNothing cancels a streamed import while
// its writer is in the middle of a batch: the rows it writes on the
// driver connection after the cancellation must not commit on their own
// once the transaction is gone.
func TestImportStreamCancelledStoresNothing(t *testing.T) {
	s, _ := openTemp(t)
	ctx, cancel := context.WithCancel(context.Background())
	stored := 0
	_, err := s.ImportStream(ctx, func(put func(model.ImportDoc) error) error {
		for i := range 4 * batchDocs {
			if err := put(tiny(i)); err != nil {
				return err
			}
		}
		return nil
	}, func(model.Document) error {
		if stored++; stored == batchDocs/4 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want context.Canceled", err)
	}
	if empty, err := s.IsEmpty(context.Background()); err != nil || !empty {
		t.Fatalf("a cancelled import stored documents (empty %v, %v)", empty, err)
	}
	if _, err := s.ImportDocs(context.Background(), []model.ImportDoc{tiny(1)}, nil); err != nil {
		t.Fatalf("an import after the cancelled one: %v", err)
	}
}
