package main

import (
	"os"
	"runtime/debug"

	"github.com/veritag/veritag/data/search"
	"github.com/veritag/veritag/data/store"
)

// buildIndex streams every sentence and note into a search index, once.
// The index is one large, long-lived heap with few pointers, so unless
// GOGC says otherwise the garbage collector runs once the heap has grown
// by a tenth rather than doubled: cheap, and it keeps the resident memory
// of a search over a million sentences near the index's own size.
func buildIndex(e *env, st *store.Store) (*search.Index, error) {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(10)
	}
	b := search.NewBuilder()
	if err := st.EachSentenceText(e.ctx, b.Add); err != nil {
		return nil, err
	}
	if err := st.EachNote(e.ctx, b.AddNote); err != nil {
		return nil, err
	}
	return b.Index(), nil
}
