package main

import (
	"os"
	"runtime/debug"
)

// The search index over every sentence is one large, long-lived heap with
// few pointers, cheap to mark. Unless GOGC or GOMEMLIMIT say otherwise,
// the garbage collector runs once the heap has grown by a tenth rather
// than doubled, as veritag-cli does: it keeps the app's resident memory
// at a million sentences near the index's own size.
func init() {
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetGCPercent(10)
	}
}
