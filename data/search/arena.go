package search

import "encoding/binary"

// Segment sizes of an arena: the first is small, each next one twice the
// previous up to maxSegment, or as big as a text that needs more.
const (
	minSegment = 4 << 10
	maxSegment = 1 << 20
)

// arena stores texts in segments that are never reallocated, so adding a
// text never copies the stored ones (and never briefly doubles the memory
// of a big index). A text is stored as its folded copy, which searching
// reads, followed by a patch that turns it back into the original: they
// differ only where a letter is upper case or not ASCII, a few bytes in
// most sentences, so a text costs little more than its length instead of
// twice.
type arena struct {
	seg [][]byte
	loc []uint64 // per text: segment<<32 | start
	len []uint32 // per text: its length, also that of its folded copy
}

// appendRecord appends the record of text s to dst: its folded copy,
// then the patch back to s.
func appendRecord(dst []byte, s string) []byte {
	start := len(dst)
	dst = appendFolded(dst, s)
	return appendPatch(dst, s, dst[start:])
}

// add stores the record rec of a text of size bytes.
func (a *arena) add(rec []byte, size int) {
	last := len(a.seg) - 1
	if last < 0 || cap(a.seg[last])-len(a.seg[last]) < len(rec) {
		grown := minSegment
		if last >= 0 {
			grown = min(2*cap(a.seg[last]), maxSegment)
		}
		a.seg = append(a.seg, make([]byte, 0, max(grown, len(rec))))
		last++
	}
	a.loc = append(a.loc, uint64(last)<<32|uint64(len(a.seg[last])))
	a.len = append(a.len, uint32(size))
	a.seg[last] = append(a.seg[last], rec...)
}

// appendPatch appends to dst the patch from fold, the folded copy of s, to
// s: runs of differing bytes, each as the uvarint gap since the previous
// run, the uvarint length and the original bytes.
func appendPatch(dst []byte, s string, fold []byte) []byte {
	end := 0 // of the previous run
	for i := 0; i < len(s); {
		if s[i] == fold[i] {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && s[j] != fold[j] {
			j++
		}
		dst = binary.AppendUvarint(dst, uint64(i-end))
		dst = binary.AppendUvarint(dst, uint64(j-i))
		dst = append(dst, s[i:j]...)
		end, i = j, j
	}
	return dst
}

// record returns the stored record of text i.
func (a *arena) record(i int) []byte {
	seg, start := int(a.loc[i]>>32), int(uint32(a.loc[i]))
	end := len(a.seg[seg])
	if i+1 < len(a.loc) && int(a.loc[i+1]>>32) == seg {
		end = int(uint32(a.loc[i+1]))
	}
	return a.seg[seg][start:end]
}

// folded returns the folded copy of text i and the patch after it.
func (a *arena) folded(i int) (fold, patch []byte) {
	rec := a.record(i)
	return rec[:a.len[i]], rec[a.len[i]:]
}

// size returns the length of text i.
func (a *arena) size(i int) int { return int(a.len[i]) }

// original appends text i, as added, to dst and returns its folded copy
// too.
func (a *arena) original(dst []byte, i int) (orig, fold []byte) {
	fold, patch := a.folded(i)
	base := len(dst)
	dst = append(dst, fold...)
	for at := base; len(patch) > 0; {
		gap, w := binary.Uvarint(patch)
		patch = patch[w:]
		n, w := binary.Uvarint(patch)
		patch = patch[w:]
		at += int(gap)
		at += copy(dst[at:], patch[:n])
		patch = patch[n:]
	}
	return dst[base:], fold
}

// compact keeps the texts for which keep is true, in order, moving them
// towards the start and dropping the segments left empty.
func (a *arena) compact(keep func(i int) bool) {
	if len(a.seg) == 0 {
		return
	}
	lengths := make([]int, len(a.seg))
	for seg, b := range a.seg {
		lengths[seg] = len(b)
	}
	w, n := 0, 0
	a.seg[0] = a.seg[0][:0]
	for i := range a.loc {
		if !keep(i) {
			continue
		}
		// Writing never overtakes reading: records only move backwards,
		// possibly within their own segment.
		seg, start := int(a.loc[i]>>32), int(uint32(a.loc[i]))
		end := lengths[seg]
		if i+1 < len(a.loc) && int(a.loc[i+1]>>32) == seg {
			end = int(uint32(a.loc[i+1]))
		}
		for cap(a.seg[w])-len(a.seg[w]) < end-start {
			w++
			a.seg[w] = a.seg[w][:0]
		}
		a.loc[n], a.len[n] = uint64(w)<<32|uint64(len(a.seg[w])), a.len[i]
		a.seg[w] = append(a.seg[w], a.seg[seg][start:end]...)
		n++
	}
	clear(a.seg[w+1:])
	a.seg, a.loc, a.len = a.seg[:w+1], a.loc[:n], a.len[:n]
}
