package main

import (
	"os"
	"time"

	"github.com/veritag/veritag/data/search"
)

// paceInterval is how often the app sets the collector's target anew.
const paceInterval = 500 * time.Millisecond

// The search index over every sentence is one large, long-lived heap with
// few pointers, cheap to mark. Unless GOGC or GOMEMLIMIT say otherwise,
// the garbage collector runs once the heap has grown by a tenth (at
// least 48 MB, see search.PaceGC) rather than doubled, as veritag-cli
// does: it keeps the app's resident memory at a million sentences near
// the index's own size, without collecting every few megabytes while the
// index is built.
func init() {
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		search.PaceGC()
		go func() {
			for range time.Tick(paceInterval) {
				search.PaceGC()
			}
		}()
	}
}
