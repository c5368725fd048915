package store

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestDigestMapAgreesWithAMap adds random digests (with repeats, 0 and 1,
// and keys that share their top byte and low bits so that probes run long
// and wrap) through many growths: every digest gives the first id added
// for it, as a Go map keeping the first value says, and absent digests are
// absent. Ids outside 1..2^32-1 are refused.
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
	for id := range int64(40_000) {
		var k uint64
		switch id % 5 {
		case 0:
			k = r.Uint64()
		case 1:
			k = r.Uint64N(500) // repeats, all in shard 0
		case 2:
			k = r.Uint64N(64) << 40 // the same shard and low bits
		case 3:
			k = uint64(id % 3) // 0, 1, 2
		case 4:
			k = 0xff<<56 | uint64(math.MaxUint32-r.Uint32N(8)) // the last slots: probes wrap
		}
		if err := m.add(k, id+1); err != nil {
			t.Fatal(err)
		}
		if _, ok := want[first(k)]; !ok {
			want[first(k)] = id + 1
		}
	}
	stored := 0
	for _, s := range m.shards {
		stored += s.n
	}
	if stored != len(want) {
		t.Fatalf("%d keys stored, want %d", stored, len(want))
	}
	for k, id := range want {
		if got, ok := m.get(k); !ok || got != id {
			t.Fatalf("get(%#x) = %d, %v; want %d", k, got, ok, id)
		}
	}
	for range 1000 {
		k := r.Uint64()
		if _, stored := want[first(k)]; stored {
			continue
		}
		if _, ok := m.get(k); ok {
			t.Fatalf("get(%#x) found a digest never added", k)
		}
	}
	for _, id := range []int64{0, -1, math.MaxUint32 + 1} {
		if err := m.add(5, id); err == nil {
			t.Errorf("id %d was accepted", id)
		}
	}
	var empty digestMap
	if _, ok := empty.get(7); ok {
		t.Fatal("an empty map found a digest")
	}
}
