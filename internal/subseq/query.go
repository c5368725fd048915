package subseq

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// query is a search query prepared for scanning.
type query struct {
	pat      []rune     // sahilm's pattern: the query's runes
	keys     []rune     // key of each pattern rune
	nd       []needle   // folded encoding of each key
	mask     uint64     // mask bits a sentence needs, with liveBit
	gains    [2][][]int // see bounds; nil when the pattern is too long
	events   []int      // see bounds
	seps     [2]int     // see bounds
	pairBits []uint     // filter bits of the pairs of pattern runes 0-1, 1-2...
	words    []qword    // the query's words, for the typo fallback
	typos    bool       // some word may have a wrong letter
}

// needle is one pattern rune and the encoding of its key in a folded text.
type needle struct {
	r    rune
	b    [4]byte
	n    int
	twin bool // r is ASCII and sahilm finds it equal to a non-ASCII rune
}

// maxTypoWord is the longest query word that may have a wrong letter.
const maxTypoWord = 32

// qword is one word of the query: its keys, their mask bits, and how many
// of its letters may be wrong (0 or 1).
type qword struct {
	keys  []rune
	mask  uint64
	skips int
}

// newQuery prepares s for searching.
func newQuery(s string) *query {
	q := &query{pat: []rune(s), mask: liveBit}
	q.keys = make([]rune, len(q.pat))
	q.nd = make([]needle, len(q.pat))
	for i, r := range q.pat {
		k := key(r)
		q.keys[i] = k
		q.nd[i].r = r
		q.nd[i].n = len(appendKey(q.nd[i].b[:0], k))
		q.nd[i].twin = r < utf8.RuneSelf && wideTwin(r)
		q.mask |= maskBit(k)
	}
	q.bounds()
	q.words = splitQuery(q.keys)
	for _, w := range q.words {
		q.typos = q.typos || w.skips > 0
	}
	return q
}

// wideTwin reports whether the case orbit of r holds a non-ASCII rune,
// as that of k holds the Kelvin sign.
func wideTwin(r rune) bool {
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// maxPrunedPattern is the longest pattern whose score bounds fit an int
// with room to spare; longer ones get no bounds.
const maxPrunedPattern = 30

// bounds prepares the upper bounds of the score that let sentences be
// skipped, in two variants: c=0 for a sentence without case changes, c=1
// for one with.
//
// gains[c][p][e] is the most bonus pattern runes p.. can collect after e
// adjacency events, rune p possibly adjacent to the match before it. A rune
// not adjacent to the previous match gets at most a separator or a
// case-change bonus (20). An adjacent one gets an adjacency bonus that
// triples plus 5 with every event (5, 15, 45, ...) and, after a separator
// of the pattern or in a sentence with case changes, 20; a later
// occurrence may still be chosen instead, with 20.
//
// An event needs its pair of runes side by side in the sentence, so the
// pairs a sentence lacks cap the events: events[e] is the most the first e
// events can add, and seps[c] how many of them may earn the 20 more (see
// capped).
func (q *query) bounds() {
	n := len(q.pat)
	if n == 0 || n > maxPrunedPattern {
		return
	}
	q.pairBits = make([]uint, n-1)
	q.events = make([]int, n)
	for p := 1; p < n; p++ {
		q.pairBits[p-1] = pairBit(q.keys[p-1], q.keys[p])
		q.events[p] = q.events[p-1] + max(maxNonAdjacentGain, 2*adjacency(p-1)+adjacentBonus)
		if isSeparator(q.pat[p-1]) || isSeparator(q.keys[p-1]) {
			q.seps[0]++
		}
	}
	q.seps[1] = n - 1
	for c := range q.gains {
		g := make([][]int, n+1)
		g[n] = make([]int, n+1)
		for p := n - 1; p >= 1; p-- {
			g[p] = make([]int, n+1)
			extra := 0
			if c == 1 || isSeparator(q.pat[p-1]) || isSeparator(q.keys[p-1]) {
				extra = maxNonAdjacentGain
			}
			for e := range p {
				adj := 2*adjacency(e) + adjacentBonus + extra
				g[p][e] = max(maxNonAdjacentGain+g[p+1][e], max(adj, maxNonAdjacentGain)+g[p+1][e+1])
			}
		}
		q.gains[c] = g
	}
}

// capped returns the most bonus m pattern runes can add after e adjacency
// events when at most r of them can be adjacent to the match before.
func (q *query) capped(c, m, e, r int) int {
	return maxNonAdjacentGain*(m-r) + q.events[e+r] - q.events[e] + maxNonAdjacentGain*min(r, q.seps[c])
}

// adjacency returns the accumulated adjacency bonus after e events.
func adjacency(e int) int {
	a := 0
	for range e {
		a = 3*a + adjacentBonus
	}
	return a
}

// hopeless reports whether a sentence of size bytes, with case changes
// or not and rune pairs pf, cannot score floor or more.
func (q *query) hopeless(size int, camel bool, pf *pairs, floor int) bool {
	if q.gains[0] == nil {
		return false
	}
	c := 0
	if camel {
		c = 1
	}
	n := len(q.pat)
	base := maxFirstGain + n - size
	return base+q.gains[c][1][0] < floor ||
		base+q.capped(c, n-1, 0, bits.OnesCount32(pf.present(q.pairBits))) < floor
}

// rest returns the most bonus pattern runes p.. can add after e adjacency
// events, rune p adjacent to the previous match or not, in sentence t.
func (q *query) rest(t *sentence, p, e int, adjacent bool) int {
	n := len(q.pat)
	if p == n {
		return 0
	}
	c := 0
	if t.camel {
		c = 1
	}
	// Pair i is that of runes i and i+1: rune p's is p-1.
	r := t.pairs >> (p - 1)
	if !adjacent {
		r &^= 1
		return min(maxNonAdjacentGain+q.gains[c][p+1][e], q.capped(c, n-p, e, bits.OnesCount32(r)))
	}
	return min(q.gains[c][p][e], q.capped(c, n-p, e, bits.OnesCount32(r)))
}

// splitQuery returns the words (runs of letters and digits) of keys.
func splitQuery(keys []rune) []qword {
	var words []qword
	start := -1
	for i := 0; i <= len(keys); i++ {
		if i < len(keys) && isWordRune(keys[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			w := qword{keys: keys[start:i]}
			for _, k := range w.keys {
				w.mask |= maskBit(k)
			}
			if n := len(w.keys); n >= 4 && n <= maxTypoWord {
				w.skips = 1
			}
			words = append(words, w)
			start = -1
		}
	}
	return words
}

// isWordRune reports whether key k belongs to a word.
func isWordRune(k rune) bool {
	if k < 0x80 {
		return 'a' <= k && k <= 'z' || '0' <= k && k <= '9'
	}
	return unicode.IsLetter(k) || unicode.IsDigit(k)
}

// extends reports whether every match of q also matches a query with keys
// old: old is a subsequence of q's keys.
func (q *query) extends(old []rune) bool {
	i := 0
	for _, k := range q.keys {
		if i < len(old) && old[i] == k {
			i++
		}
	}
	return i == len(old)
}
