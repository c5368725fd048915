package search

// Segment sizes of an arena: the first is small, each next one twice the
// previous up to maxSegment, or as big as a text that needs more.
const (
	minSegment = 4 << 10
	maxSegment = 1 << 20
)

// arena stores records (a sentence's words and separators, see texts.go)
// in segments that are never reallocated, so adding one never copies the
// stored ones (and never briefly doubles the memory of a big index).
type arena struct {
	seg [][]byte
	loc []uint64 // per text: segment<<32 | start
	len []uint32 // per record: the length of its text in bytes
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

// record returns the stored record of text i.
func (a *arena) record(i int) []byte {
	seg, start := int(a.loc[i]>>32), int(uint32(a.loc[i]))
	end := len(a.seg[seg])
	if i+1 < len(a.loc) && int(a.loc[i+1]>>32) == seg {
		end = int(uint32(a.loc[i+1]))
	}
	return a.seg[seg][start:end]
}

// size returns the length of the text of record i.
func (a *arena) size(i int) int { return int(a.len[i]) }
