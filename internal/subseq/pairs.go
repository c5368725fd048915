package subseq

// pairs is a one-hash Bloom filter of the adjacent rune pairs (by key) of
// a sentence's matchable part. sahilm's big scores come from adjacent
// matches, and each needs its pair of pattern runes side by side in the
// sentence, so the pairs a sentence lacks bound what it can score.
type pairs [4]uint64

// pairBit returns the filter bit of the key pair a, b.
func pairBit(a, b rune) uint {
	return uint((uint32(a)*0x9E3779B1 ^ uint32(b)) * 0x85EBCA6B >> 24)
}

// add records the pair a, b.
func (f *pairs) add(a, b rune) {
	i := pairBit(a, b)
	f[i/64] |= 1 << (i % 64)
}

// present returns which of the pairs with filter bits bits may be in f:
// bit i for bits[i].
func (f *pairs) present(bits []uint) uint32 {
	var p uint32
	for i, b := range bits {
		p |= uint32(f[b/64]>>(b%64)&1) << i
	}
	return p
}
