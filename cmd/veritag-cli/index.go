package main

import (
	"os"
	"runtime/debug"
	"runtime/metrics"

	"github.com/veritag/veritag/data/search"
	"github.com/veritag/veritag/data/store"
)

// GC pacing while the index is built: the collector's target is a tenth
// of the live heap but at least gcHeadroom, set again every paceEvery
// sentences. A tenth of the small heap of the build's start would run
// the collector hundreds of times over memory the index still needs.
const (
	gcHeadroom = 48 << 20
	paceEvery  = 1 << 16
)

// buildIndex streams every sentence and note into a search index, once.
// The index is one large, long-lived heap with few pointers, so unless
// GOGC says otherwise the garbage collector runs once the heap has grown
// by a tenth rather than doubled: cheap, and it keeps the resident memory
// of a search over a million sentences near the index's own size.
func buildIndex(e *env, st *store.Store) (*search.Index, error) {
	pace := os.Getenv("GOGC") == ""
	b := search.NewBuilder()
	n := 0
	add := func(docID int64, index int, text string) error {
		if n++; pace && n%paceEvery == 1 {
			paceGC()
		}
		return b.Add(docID, index, text)
	}
	if err := st.EachSentenceText(e.ctx, add); err != nil {
		return nil, err
	}
	if err := st.EachNote(e.ctx, b.AddNote); err != nil {
		return nil, err
	}
	ix := b.Index()
	if pace {
		debug.SetGCPercent(10)
	}
	return ix, nil
}

// paceGC sets the collector's target to a tenth of the live heap, or
// gcHeadroom if more.
func paceGC() {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	live := uint64(1)
	if s[0].Value.Kind() == metrics.KindUint64 {
		live = max(live, s[0].Value.Uint64())
	}
	debug.SetGCPercent(int(max(10, gcHeadroom*100/live)))
}
