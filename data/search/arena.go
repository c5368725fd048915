package search

// Segment sizes of an arena: the first is small, each next one twice the
// previous up to maxSegment, or as big as a text that needs more.
const (
	minSegment = 4 << 10
	maxSegment = 1 << 20
)

// arena stores the original and folded bytes of texts in segments that are
// never reallocated, so adding a text never copies the stored ones (and
// never briefly doubles the memory of a big index).
type arena struct {
	orig, fold [][]byte // segments, the two of the same length
	loc        []uint64 // per text: segment<<32 | start
}

// add stores text s and returns its mask and rune pairs.
func (a *arena) add(s string) (uint64, pairs) {
	last := len(a.orig) - 1
	if last < 0 || cap(a.orig[last])-len(a.orig[last]) < len(s) {
		size := minSegment
		if last >= 0 {
			size = min(2*cap(a.orig[last]), maxSegment)
		}
		size = max(size, len(s))
		a.orig = append(a.orig, make([]byte, 0, size))
		a.fold = append(a.fold, make([]byte, 0, size))
		last++
	}
	a.loc = append(a.loc, uint64(last)<<32|uint64(len(a.orig[last])))
	a.orig[last] = append(a.orig[last], s...)
	var mask uint64
	var pf pairs
	a.fold[last], mask, pf = appendFolded(a.fold[last], s)
	return mask, pf
}

// bytes returns the original and folded bytes of text i.
func (a *arena) bytes(i int) (orig, fold []byte) {
	seg, start := a.start(i)
	end := a.end(i, len(a.orig[seg]))
	return a.orig[seg][start:end], a.fold[seg][start:end]
}

// size returns the length of text i.
func (a *arena) size(i int) int {
	seg, start := a.start(i)
	return a.end(i, len(a.orig[seg])) - start
}

// start returns the segment of text i and its offset there.
func (a *arena) start(i int) (seg, start int) {
	return int(a.loc[i] >> 32), int(uint32(a.loc[i]))
}

// end returns the end offset of text i in its segment, whose length is
// length: where the next text starts if it is in the same segment.
func (a *arena) end(i, length int) int {
	if i+1 < len(a.loc) && a.loc[i+1]>>32 == a.loc[i]>>32 {
		return int(uint32(a.loc[i+1]))
	}
	return length
}

// compact keeps the texts for which keep is true, in order, moving them
// towards the start and dropping the segments left empty.
func (a *arena) compact(keep func(i int) bool) {
	if len(a.orig) == 0 {
		return
	}
	lengths := make([]int, len(a.orig))
	for seg, b := range a.orig {
		lengths[seg] = len(b)
	}
	w, n := 0, 0
	a.orig[0], a.fold[0] = a.orig[0][:0], a.fold[0][:0]
	for i := range a.loc {
		if !keep(i) {
			continue
		}
		// Writing never overtakes reading: texts only move backwards,
		// possibly within their own segment.
		seg, start := a.start(i)
		end := a.end(i, lengths[seg])
		for cap(a.orig[w])-len(a.orig[w]) < end-start {
			w++
			a.orig[w], a.fold[w] = a.orig[w][:0], a.fold[w][:0]
		}
		a.loc[n] = uint64(w)<<32 | uint64(len(a.orig[w]))
		a.orig[w] = append(a.orig[w], a.orig[seg][start:end]...)
		a.fold[w] = append(a.fold[w], a.fold[seg][start:end]...)
		n++
	}
	clear(a.orig[w+1:])
	clear(a.fold[w+1:])
	a.orig, a.fold, a.loc = a.orig[:w+1], a.fold[:w+1], a.loc[:n]
}
