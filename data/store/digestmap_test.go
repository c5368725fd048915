package store

import (
	"math/rand/v2"
	"testing"
)

// TestDigestMapAgreesWithAMap adds random digests (with repeats, 0 and 1,
// and keys that share low bits so that probes run long) through several
// doublings: every digest gives the first id added for it, as a Go map
// keeping the first value says, and absent digests are absent.
func TestDigestMapAgreesWithAMap(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var m digestMap
	want := map[uint64]int64{}
	first := func(k uint64) uint64 {
		if k == 0 {
			return 1 // stored under 1, as slotKey says
		}
		return k
	}
	for id := range int64(20_000) {
		var k uint64
		switch id % 4 {
		case 0:
			k = r.Uint64()
		case 1:
			k = r.Uint64N(500) // repeats
		case 2:
			k = r.Uint64N(64) << 40 // the same low bits
		case 3:
			k = uint64(id % 3) // 0, 1, 2
		}
		m.add(k, id)
		if _, ok := want[first(k)]; !ok {
			want[first(k)] = id
		}
	}
	if m.n != len(want) {
		t.Fatalf("%d keys stored, want %d", m.n, len(want))
	}
	for k, id := range want {
		if got, ok := m.get(k); !ok || got != id {
			t.Fatalf("get(%d) = %d, %v; want %d", k, got, ok, id)
		}
	}
	for range 1000 {
		k := r.Uint64()
		if _, stored := want[first(k)]; stored {
			continue
		}
		if _, ok := m.get(k); ok {
			t.Fatalf("get(%d) found a digest never added", k)
		}
	}
	var empty digestMap
	if _, ok := empty.get(7); ok {
		t.Fatal("an empty map found a digest")
	}
}
