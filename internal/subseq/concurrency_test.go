package subseq

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"unicode/utf8"
)

// TestConcurrentReplace searches while documents are replaced and
// removed; run it with -race.
func TestConcurrentReplace(t *testing.T) {
	ix := New(entries(genCorpus(3000, 5)))
	queries := []string{"l", "la", "lav", "lavrov", "lavrov 1", "accordo", "combatiwa", "città"}
	var stop atomic.Bool
	var wg sync.WaitGroup
	for w := range 3 {
		wg.Go(func() {
			for i := w; !stop.Load(); i++ {
				ctx, cancel := context.WithCancel(context.Background())
				if i%5 == 0 {
					cancel() // a search overtaken by the next keystroke
				}
				err := ix.SearchFunc(ctx, queries[i%len(queries)], 10, func(page []Result, _ bool) {
					for _, r := range page {
						if n := utf8.RuneCountInString(r.Text); len(r.Matched) == 0 || r.Matched[len(r.Matched)-1] >= n {
							t.Errorf("%+v", r)
						}
					}
				})
				cancel()
				if err != nil && err != context.Canceled {
					t.Error(err)
				}
			}
		})
	}
	for d := range 300 {
		ix.Replace(int64(d%60+1), []Entry{{Text: fmt.Sprintf("Lavrov %d", d)}})
		if d%7 == 0 {
			ix.Remove(int64(d%60 + 100))
		}
	}
	stop.Store(true)
	wg.Wait()
	res := search(t, ix, "lavrov 299", 1)
	if len(res) != 1 || res[0].Entry != (Entry{DocID: 60, Text: "Lavrov 299"}) {
		t.Fatalf("after the changes: %+v", res)
	}
}
