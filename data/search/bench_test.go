package search_test

import (
	"context"
	"sync"
	"testing"

	"github.com/veritag/veritag/data/search"
	"github.com/veritag/veritag/internal/typocorpus"
)

var (
	benchMu      sync.Mutex
	benchCorpus  = typocorpus.New(3)
	benchIndexes = map[int]*search.Index{}
)

// benchIndex returns an index over n generated sentences, built once.
func benchIndex(n int) *search.Index {
	benchMu.Lock()
	defer benchMu.Unlock()
	if benchIndexes[n] == nil {
		b := search.NewBuilder()
		for i := range n {
			b.Add(int64(i/500), i%500, benchCorpus.Sentence(i))
		}
		benchIndexes[n] = b.Index()
	}
	return benchIndexes[n]
}

// BenchmarkSearch times generated queries of every kind, typos included,
// at 100,000 sentences (make bench-search measures a million).
func BenchmarkSearch(b *testing.B) {
	const n = 100_000
	ix := benchIndex(n)
	queries := benchCorpus.Queries(5, 400, n)
	for _, kind := range typocorpus.Kinds {
		b.Run(kind, func(b *testing.B) {
			var qs []string
			for _, q := range queries {
				if q.Kind == kind {
					qs = append(qs, q.Text)
				}
			}
			for i := 0; b.Loop(); i++ {
				if _, err := ix.Search(context.Background(), qs[i%len(qs)], 10); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkBuild times building an index of generated sentences.
func BenchmarkBuild(b *testing.B) {
	const n = 50_000
	texts := make([]string, n)
	for i := range texts {
		texts[i] = benchCorpus.Sentence(i)
	}
	for b.Loop() {
		bld := search.NewBuilder()
		for i, s := range texts {
			bld.Add(int64(i/500), i%500, s)
		}
		bld.Index()
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}
