package store

import (
	"context"
	"testing"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/internal/corpus"
)

// BenchmarkImportDocs imports batches of 20 generated documents of 500
// sentences (one ImportDocs call, one transaction, per op) into a new
// database and reports sentences/s. The context can be cancelled, as the
// CLI's and the app's can.
func BenchmarkImportDocs(b *testing.B) {
	const docs, perDoc = 20, 500
	s, _ := openTemp(b)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n := 0
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		batch := make([]model.ImportDoc, docs)
		for i := range batch {
			batch[i] = corpus.Document(1, n, perDoc)
			n++
		}
		b.StartTimer()
		if _, err := s.ImportDocs(ctx, batch, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*perDoc)/b.Elapsed().Seconds(), "sentences/s")
}
