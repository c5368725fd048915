package scale

import (
	"context"
	"runtime"
	"runtime/debug"
	"testing"
	"time"

	"github.com/sahilm/fuzzy"

	"github.com/veritag/veritag/data/search"
	"github.com/veritag/veritag/data/store"
)

// buildIndex builds the data/search index the apps use, streamed
// with EachSentenceText into a search.Builder under the apps' garbage
// collector target, and reports the time and the process's peak resident
// memory while building (VmHWM, restarted just before).
func buildIndex(t *testing.T, st *store.Store, r *report) *search.Index {
	ctx := context.Background()
	defer debug.SetGCPercent(debug.SetGCPercent(10))
	if err := resetPeak(); err != nil {
		t.Fatal(err)
	}
	before, err := procStatusMB("self", "VmRSS")
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	b := search.NewBuilder()
	if err := st.EachSentenceText(ctx, b.Add); err != nil {
		t.Fatal(err)
	}
	ix := b.Index()
	took := time.Since(start)
	peak, err := procStatusMB("self", "VmHWM")
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	r.add("index build (EachSentenceText → search.Builder)", "%.1f s, %d sentences", took.Seconds(), ix.Len())
	r.add("peak RSS while building the index (VmHWM)", "%.0f MB (GOGC 10 as in the apps; RSS before %.0f MB; Go heap after, index alone: %d MB)",
		peak, before, m.HeapAlloc>>20)
	return ix
}

// compareSearch runs the query set through our index and through plain
// fuzzy.Find over the same texts, reporting latencies. (Their results
// differ by design: ours match words, fuzzy.Find scattered letters; make
// bench-search judges quality on queries with known answers.)
func compareSearch(t *testing.T, st *store.Store, ix *search.Index, r *report) {
	ctx := context.Background()
	var texts []string
	err := st.EachSentenceText(ctx, func(_ int64, _ int, text string) error {
		texts = append(texts, text)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var ours, plain []time.Duration
	for _, q := range queries {
		start := time.Now()
		_, err := ix.Search(ctx, q, 10)
		if err != nil {
			t.Fatal(err)
		}
		ours = append(ours, time.Since(start))
		start = time.Now()
		matches := fuzzy.Find(q, texts)
		plain = append(plain, time.Since(start))
		t.Logf("%-24q ours %7s ms, fuzzy.Find %8s ms, %d matches", q, ms(ours[len(ours)-1]), ms(plain[len(plain)-1]), len(matches))
	}
	r.add("search data/search p50 / p95", "%s / %s ms (%d queries, limit 10, max %s ms)",
		ms(percentile(ours, 50)), ms(percentile(ours, 95)), len(queries), ms(percentile(ours, 100)))
	r.add("search fuzzy.Find p50 / p95", "%s / %s ms (same queries and texts, max %s ms)",
		ms(percentile(plain, 50)), ms(percentile(plain, 95)), ms(percentile(plain, 100)))
}
