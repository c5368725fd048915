package main

import (
	"os"
	"runtime/debug"

	"github.com/veritag/veritag/data/search"
	"github.com/veritag/veritag/data/store"
)

// paceEvery is how many sentences are indexed between calls to
// search.PaceGC.
const paceEvery = 1 << 16

// buildIndex streams every sentence and note into a search index, once.
// The index is one large, long-lived heap with few pointers, so unless
// GOGC says otherwise the garbage collector runs once the heap has grown
// by a tenth rather than doubled (by at least 48 MB while the index is
// built, see search.PaceGC): cheap, and it keeps the resident memory of
// a search over a million sentences near the index's own size.
func buildIndex(e *env, st *store.Store) (*search.Index, error) {
	pace := os.Getenv("GOGC") == ""
	b := search.NewBuilder()
	n := 0
	add := func(docID int64, index int, text string) error {
		if n++; pace && n%paceEvery == 1 {
			search.PaceGC()
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
