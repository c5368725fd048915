package store

import (
	"context"
	"database/sql"
	"errors"
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
