package store

// digestMap maps 64-bit digests of content hashes to document ids, for an
// import that has set the document hash index aside and probes it for
// every document. It is an open-addressing table in two flat arrays: a Go
// map of millions of entries costs several cache and TLB misses a lookup
// (a tenth of a large import's time), this about one.
type digestMap struct {
	keys []uint64 // slot keys, emptySlot where none
	ids  []int64
	n    int // keys stored
}

// emptySlot marks a free slot; the digest 0 is stored as 1 (a shared
// digest only costs a comparison of the stored hash).
const emptySlot = 0

// slotKey is the key a digest is stored under.
func slotKey(digest uint64) uint64 {
	if digest == emptySlot {
		return 1
	}
	return digest
}

// get returns the id stored for digest.
func (m *digestMap) get(digest uint64) (id int64, ok bool) {
	if m.n == 0 {
		return 0, false
	}
	k := slotKey(digest)
	mask := uint64(len(m.keys) - 1)
	for i := k & mask; ; i = (i + 1) & mask {
		switch m.keys[i] {
		case k:
			return m.ids[i], true
		case emptySlot:
			return 0, false
		}
	}
}

// add stores id for digest unless an id is stored for it already (the
// first one stays).
func (m *digestMap) add(digest uint64, id int64) {
	if (m.n+1)*4 > len(m.keys)*3 { // at most three quarters full
		m.grow()
	}
	k := slotKey(digest)
	mask := uint64(len(m.keys) - 1)
	for i := k & mask; ; i = (i + 1) & mask {
		switch m.keys[i] {
		case k:
			return
		case emptySlot:
			m.keys[i], m.ids[i] = k, id
			m.n++
			return
		}
	}
}

// grow doubles the table (a power of two, at least 1,024 slots).
func (m *digestMap) grow() {
	keys, ids := m.keys, m.ids
	size := max(1024, 2*len(keys))
	m.keys, m.ids, m.n = make([]uint64, size), make([]int64, size), 0
	for i, k := range keys {
		if k != emptySlot {
			m.add(k, ids[i])
		}
	}
}
