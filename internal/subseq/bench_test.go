package subseq

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/sahilm/fuzzy"
)

// benchQueries are typical one to three word queries.
var benchQueries = []string{
	"lavrov", "accordo strategico", "mosca", "la regione", "cooperazione militare",
	"kursk", "nordcoreani kursk", "prezzi gas", "ministro esteri russo", "città",
	"perche", "sanzioni", "trump", "pace", "ucraina", "l", "co", "guerra",
	"potrebbe indicare", "ambasciatore",
}

// typoQueries have a wrong letter.
var typoQueries = []string{"lavorv", "combatiwa", "ambasciatroe", "sanzoini"}

var (
	benchMu    sync.Mutex
	benchTexts = map[int][]string{}
	benchIxs   = map[int]*Index{}
)

// benchCorpus returns n generated sentences and an index over them, built
// once per size.
func benchCorpus(n int) ([]string, *Index) {
	benchMu.Lock()
	defer benchMu.Unlock()
	if benchIxs[n] == nil {
		benchTexts[n] = genCorpus(n, 42)
		benchIxs[n] = New(entries(benchTexts[n]))
	}
	return benchTexts[n], benchIxs[n]
}

// forget drops the previous query's candidates, so that every search
// scans the whole index.
func (ix *Index) forget() {
	ix.cacheMu.Lock()
	ix.cache = nil
	ix.cacheMu.Unlock()
}

func BenchmarkSearch(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			_, ix := benchCorpus(n)
			for i := 0; b.Loop(); i++ {
				ix.forget()
				if _, err := ix.Search(context.Background(), benchQueries[i%len(benchQueries)], 20); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkFuzzyFindPlain(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			texts, _ := benchCorpus(n)
			for i := 0; b.Loop(); i++ {
				fuzzy.Find(benchQueries[i%len(benchQueries)], texts)
			}
		})
	}
}

// TestLatencyReport prints p50/p95 search latency of plain fuzzy.Find and
// of the index over 100k and 1M generated sentences, and the index's
// memory. It runs only with VERITAG_BENCH=1 (it takes a few minutes).
func TestLatencyReport(t *testing.T) {
	if os.Getenv("VERITAG_BENCH") != "1" {
		t.Skip("set VERITAG_BENCH=1 to measure search latency")
	}
	ctx := context.Background()
	for _, n := range []int{100_000, 1_000_000} {
		texts := genCorpus(n, 42)
		before := heapInUse()
		start := time.Now()
		ix := New(entries(texts))
		build := time.Since(start)
		mem := heapInUse() - before
		textBytes := 0
		for _, s := range texts {
			textBytes += len(s)
		}
		t.Logf("%d sentences, %.0f text bytes each: built in %v, index %.0f MB = %.0f bytes/sentence",
			n, float64(textBytes)/float64(n), build.Round(time.Millisecond), float64(mem)/1e6, float64(mem)/float64(n))

		var plain, ours, typos, typing []time.Duration
		for _, q := range benchQueries {
			plain = append(plain, timed(func() { fuzzy.Find(q, texts) }))
			for range 5 {
				ix.forget()
				ours = append(ours, timed(func() { ix.Search(ctx, q, 20) }))
			}
		}
		for _, q := range typoQueries {
			for range 3 {
				ix.forget()
				typos = append(typos, timed(func() { ix.Search(ctx, q, 20) }))
			}
		}
		for _, q := range []string{"cooperazione militare", "ministro degli esteri", "lavrov mosca"} {
			ix.forget()
			for i := range q {
				typing = append(typing, timed(func() { ix.Search(ctx, q[:i+1], 20) }))
			}
		}
		t.Logf("%d: plain fuzzy.Find %s", n, percentiles(plain))
		t.Logf("%d: Index.Search     %s", n, percentiles(ours))
		t.Logf("%d: typed by letter  %s", n, percentiles(typing))
		t.Logf("%d: typo queries     %s", n, percentiles(typos))
		runtime.KeepAlive(ix)
	}
}

// timed returns how long f takes.
func timed(f func()) time.Duration {
	start := time.Now()
	f()
	return time.Since(start)
}

// percentiles formats p50, p95 and max of ds.
func percentiles(ds []time.Duration) string {
	slices.Sort(ds)
	p := func(q float64) time.Duration { return ds[int(q*float64(len(ds)-1))].Round(100 * time.Microsecond) }
	return fmt.Sprintf("p50 %v  p95 %v  max %v  (%d searches, GOMAXPROCS %d)", p(0.5), p(0.95), ds[len(ds)-1].Round(100*time.Microsecond), len(ds), runtime.GOMAXPROCS(0))
}

// heapInUse returns the live heap after a collection.
func heapInUse() int64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc)
}
