package store

import (
	"context"
	"testing"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/internal/corpus"
)

// TestCheckFileWhileAnotherWrites opens-checks a database again and again
// while another connection imports and deletes documents, checkpointing
// into the file meanwhile: a database in use must never be taken for a
// corrupt one.
func TestCheckFileWhileAnotherWrites(t *testing.T) {
	s, path := openTemp(t)
	ctx := context.Background()
	done := make(chan error)
	go func() {
		for n := range 60 {
			if _, err := s.ImportDocs(ctx, []model.ImportDoc{corpus.Document(5, n, 400)}, nil); err != nil {
				done <- err
				return
			}
			if n >= 5 {
				if err := s.DeleteDocument(ctx, int64(n-4)); err != nil {
					done <- err
					return
				}
			}
		}
		done <- nil
	}()
	checks := 0
	for {
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%d checks while writing", checks)
			return
		default:
		}
		if _, err := checkFile(ctx, path, false); err != nil {
			<-done
			t.Fatalf("check %d: %v", checks+1, err)
		}
		checks++
	}
}
