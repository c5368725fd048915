package search

import "math/bits"

// bitset is a set of slots.
type bitset []uint64

// newBitset returns an empty set for slots below n.
func newBitset(n int) bitset { return make(bitset, (n+63)/64) }

// set adds slot s.
func (b bitset) set(s uint32) { b[s/64] |= 1 << (s % 64) }

// has reports whether slot s is in the set.
func (b bitset) has(s uint32) bool { return b[s/64]&(1<<(s%64)) != 0 }

// each calls fn with every slot of the set, ascending.
func (b bitset) each(fn func(s uint32)) {
	for i, w := range b {
		for w != 0 {
			fn(uint32(i*64 + bits.TrailingZeros64(w)))
			w &= w - 1
		}
	}
}
