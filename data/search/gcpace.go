package search

import (
	"runtime/debug"
	"runtime/metrics"
)

// gcHeadroom is how much the heap may grow between collections under
// PaceGC while the live heap is small.
const gcHeadroom = 48 << 20

// PaceGC sets the garbage collector's target from the live heap: a growth
// of gcHeadroom less a quarter of the live heap, or a tenth of it if that
// is more (from 160 MB on). A process holding a big index keeps its
// resident memory near the index's size this way, as with GOGC=10, without
// collecting every few megabytes while the heap is still small (as a fixed
// GOGC=10 does while an index is being built). Call it again as the heap
// grows: veritag-cli does every 65,536 sentences indexed, the app twice a
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

// gcPercent is the GC percent PaceGC sets for a live heap of live bytes,
// from 10 to 1000.
func gcPercent(live uint64) int {
	headroom := int64(gcHeadroom) - int64(live/4)
	return int(max(10, min(headroom*100/int64(max(live, 1)), 1000)))
}
