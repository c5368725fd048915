package search

import (
	"runtime"
	"runtime/debug"
	"testing"
)

// TestPaceGC: the collector's target is a growth of 48 MB less a quarter
// of the live heap, or a tenth of it from 160 MB on; PaceGC sets it from
// the live heap of the process.
func TestPaceGC(t *testing.T) {
	for live, want := range map[uint64]int{0: 1000, 1 << 20: 1000, 32 << 20: 125, 96 << 20: 25, 160 << 20: 10, 2 << 30: 10} {
		if got := gcPercent(live); got != want {
			t.Errorf("live %d MB: %d%%, want %d%%", live>>20, got, want)
		}
	}
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	live := make([]byte, 96<<20)
	for i := range live {
		live[i] = 1
	}
	runtime.GC()
	PaceGC()
	if got := debug.SetGCPercent(100); got < 12 || got > 25 {
		t.Errorf("live heap of 96 MB and a little: GC percent %d, want 25 or a little less", got)
	}
	runtime.KeepAlive(live)
}
