package search

import (
	"runtime/debug"
	"runtime/metrics"
)

// gcHeadroom is the least the heap may grow between collections under
// PaceGC.
const gcHeadroom = 48 << 20

// PaceGC sets the garbage collector's target to a tenth of the live heap,
// or gcHeadroom if that is more. A process holding a big index keeps its
// resident memory near the index's size this way, without collecting
// every few megabytes while the heap is still small (as a fixed GOGC=10
// does while an index is being built). Call it again as the heap grows:
// veritag-cli does every 65,536 sentences indexed, the app twice a
// second.
func PaceGC() {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	live := uint64(0)
	if s[0].Value.Kind() == metrics.KindUint64 {
		live = s[0].Value.Uint64()
	}
	debug.SetGCPercent(gcPercent(live))
}

// gcPercent is the GC percent PaceGC sets for a live heap of live bytes:
// a tenth, or gcHeadroom if more, and never above 1000.
func gcPercent(live uint64) int {
	return int(max(10, min(gcHeadroom*100/max(live, 1), 1000)))
}
