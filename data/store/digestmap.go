package store

import (
	"fmt"
	"math"
)

// digestMap maps 64-bit digests of content hashes to document ids, for an
// import that has set the document hash index aside and probes it for
// every document. It is 256 open-addressing tables in flat arrays, chosen
// by a digest's top byte: a Go map of millions of entries costs several
// cache and TLB misses a lookup (a tenth of a large import's time) and 40
// bytes an entry; this costs about one miss and 12 to 15 bytes, and each
// table grows alone, so growing never holds two copies of the whole.
type digestMap struct {
	shards [256]digestShard
}

// digestShard is one table: linear probing, slot key emptySlot where none.
type digestShard struct {
	keys []uint64
	ids  []uint32 // ids below 2^32: about four billion documents
	n    int
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
	return m.shards[digest>>56].get(slotKey(digest))
}

// add stores id for digest unless an id is stored for it already (the
// first one stays).
func (m *digestMap) add(digest uint64, id int64) error {
	if id <= 0 || id > math.MaxUint32 {
		return fmt.Errorf("document id %d: too many documents to import in one go", id)
	}
	m.shards[digest>>56].add(slotKey(digest), uint32(id))
	return nil
}

// home is the slot where the probe for k starts: k's low 32 bits scaled to
// the table's size.
func (s *digestShard) home(k uint64) int {
	return int(uint64(uint32(k)) * uint64(len(s.keys)) >> 32)
}

func (s *digestShard) get(k uint64) (int64, bool) {
	if s.n == 0 {
		return 0, false
	}
	for i := s.home(k); ; {
		switch s.keys[i] {
		case k:
			return int64(s.ids[i]), true
		case emptySlot:
			return 0, false
		}
		if i++; i == len(s.keys) {
			i = 0
		}
	}
}

func (s *digestShard) add(k uint64, id uint32) {
	if (s.n+1)*5 > len(s.keys)*4 { // at most four fifths full
		s.grow()
	}
	for i := s.home(k); ; {
		switch s.keys[i] {
		case k:
			return
		case emptySlot:
			s.keys[i], s.ids[i] = k, id
			s.n++
			return
		}
		if i++; i == len(s.keys) {
			i = 0
		}
	}
}

// grow makes the table a quarter larger (at least 64 slots) and moves the
// keys over.
func (s *digestShard) grow() {
	keys, ids := s.keys, s.ids
	size := max(64, len(keys)+len(keys)/4)
	s.keys, s.ids, s.n = make([]uint64, size), make([]uint32, size), 0
	for i, k := range keys {
		if k != emptySlot {
			s.add(k, ids[i])
		}
	}
}
