package search

import (
	"slices"
	"sort"
	"strings"
)

// vocab is the folded vocabulary: every word of the indexed sentences
// once, with an id that never changes, and the ids in the words' byte
// order (which is code point order) for prefix ranges and the edit
// distance walk (see near).
type vocab struct {
	ids     map[string]uint32
	words   []string // by id
	sorted  []uint32 // every id but pending ones, by word
	shared  []uint8  // per sorted position: runes shared with the word before (at most 255)
	pending []uint32 // ids added since the last settle
}

// id returns the id of word w, adding it if new.
func (v *vocab) id(w []byte) uint32 {
	if id, ok := v.ids[string(w)]; ok {
		return id
	}
	if v.ids == nil {
		v.ids = map[string]uint32{}
	}
	id := uint32(len(v.words))
	s := string(w)
	v.ids[s] = id
	v.words = append(v.words, s)
	v.pending = append(v.pending, id)
	return id
}

// settle merges the words added since the last settle into the sorted
// order; searches need it done.
func (v *vocab) settle() {
	if len(v.pending) == 0 {
		return
	}
	byWord := func(a, b uint32) int { return strings.Compare(v.words[a], v.words[b]) }
	slices.SortFunc(v.pending, byWord)
	merged := make([]uint32, 0, len(v.sorted)+len(v.pending))
	i, j := 0, 0
	for i < len(v.sorted) && j < len(v.pending) {
		if byWord(v.sorted[i], v.pending[j]) < 0 {
			merged = append(merged, v.sorted[i])
			i++
		} else {
			merged = append(merged, v.pending[j])
			j++
		}
	}
	merged = append(merged, v.sorted[i:]...)
	v.sorted = append(merged, v.pending[j:]...)
	v.pending = v.pending[:0]
	v.shared = make([]uint8, len(v.sorted))
	for i := 1; i < len(v.sorted); i++ {
		v.shared[i] = sharedRunes(v.word(i-1), v.word(i))
	}
}

// sharedRunes returns how many runes a and b start with alike, at most
// 255.
func sharedRunes(a, b string) uint8 {
	n := uint8(0)
	for i, r := range a {
		if n == 255 || i >= len(b) || !strings.HasPrefix(b[i:], string(r)) {
			break
		}
		n++
	}
	return n
}

// word returns the word at position i of the sorted order.
func (v *vocab) word(i int) string { return v.words[v.sorted[i]] }

// prefixEnd returns the first position at or after from whose word does
// not start with p; the words from from up to it must all start with p.
func (v *vocab) prefixEnd(p string, from int) int {
	return from + sort.Search(len(v.sorted)-from, func(i int) bool {
		return !strings.HasPrefix(v.word(from+i), p)
	})
}

// lowerBound returns the first position whose word is not before w.
func (v *vocab) lowerBound(w string) int {
	return sort.Search(len(v.sorted), func(i int) bool { return v.word(i) >= w })
}

// withPrefix calls fn with the id of every word longer than p that starts
// with it.
func (v *vocab) withPrefix(p string, fn func(id uint32)) {
	from := v.lowerBound(p)
	end := v.prefixEnd(p, from)
	for i := from; i < end; i++ {
		if id := v.sorted[i]; len(v.words[id]) > len(p) {
			fn(id)
		}
	}
}
