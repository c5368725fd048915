package subseq

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// sahilm/fuzzy's scoring constants.
const (
	firstCharBonus     = 10
	separatorBonus     = 20
	camelCaseBonus     = 20
	adjacentBonus      = 5
	leadingPenalty     = -5
	maxLeadingPenalty  = -15
	maxNonAdjacentGain = 20 // a separator or a case change, never both
	maxFirstGain       = 15 // first character, or a separator and a leading penalty
)

// score computes what sahilm/fuzzy's FindFrom computes for pattern q.pat
// and one sentence. With exact, runes compare as in sahilm
// (case-insensitively); otherwise by key, so accents and typographic quotes
// do not matter. It gives up (false) as soon as the score cannot reach
// floor. If pos is not nil the byte offsets of the matched runes are
// appended to it.
//
// sahilm walks every rune; this jumps between occurrences of the pattern
// runes in the folded bytes. For pattern rune p it considers, as sahilm
// does, every occurrence from the first one after the previous match up to
// the first occurrence of rune p+1 after that, keeping the first best one;
// only the first can be adjacent to the previous match, so once an
// occurrence scores maxNonAdjacentGain no later one can win.
func (q *query) score(t sentence, exact bool, floor int, pos *[]int) (int, bool) {
	fold := t.fold
	n, size := len(q.pat), len(fold)
	total, adj, events, prev := 0, 0, 0, -1
	first := q.find(&t, 0, 0, size, exact)
	if first < 0 {
		return 0, false
	}
	for p := range n {
		end := size
		if p+1 < n {
			if end = q.find(&t, p+1, first+1, size, exact); end < 0 {
				return 0, false
			}
		}
		best, at := -1, -1
		for j := first; j >= 0; j = q.find(&t, p, j+1, end, exact) {
			s, adjacent := bonus(&t, j, prev)
			if adjacent {
				b := 2*adj + adjacentBonus
				s += b
				adj += b
				events++
			}
			if s > best {
				best, at = s, j
			}
			if best >= maxNonAdjacentGain {
				break
			}
		}
		if p == 0 {
			best += max(at*leadingPenalty, maxLeadingPenalty)
		}
		total += best
		if q.gains[0] != nil && total+q.rest(&t, p+1, events, end == foldedEnd(fold, at))+n-size < floor {
			return 0, false
		}
		if pos != nil {
			*pos = append(*pos, at)
		}
		prev, first = at, end
	}
	return total + n - size, true
}

// foldedEnd returns the offset after the rune at offset j of folded bytes
// f: after its key and the filler bytes that follow.
func foldedEnd(f []byte, j int) int {
	switch c := f[j]; {
	case c < 0xC0 || c == errKey:
		j++
	case c < 0xE0:
		j += 2
	case c < 0xF0:
		j += 3
	default:
		j += 4
	}
	for j < len(f) && f[j] == filler {
		j++
	}
	return j
}

// find returns the first offset in [from, to) where pattern rune p occurs,
// or -1. Matches often follow each other, so it looks at from first.
func (q *query) find(t *sentence, p, from, to int, exact bool) int {
	nd, fold := &q.nd[p], t.fold
	for from < to {
		j := from
		if nd.n > 1 {
			if j = bytes.Index(fold[from:to], nd.b[:nd.n]); j < 0 {
				return -1
			}
			j += from
		} else if fold[from] != nd.b[0] {
			if j = bytes.IndexByte(fold[from+1:to], nd.b[0]); j < 0 {
				return -1
			}
			j += from + 1
		}
		// With equal folded bytes, ASCII runes are equal for sahilm too,
		// and the original rune is ASCII when no filler follows its key.
		// An ASCII pattern rune equals no other original rune unless its
		// case orbit has non-ASCII runes (k, s).
		if !exact || nd.r < utf8.RuneSelf && (j+1 == len(fold) || fold[j+1] != filler) {
			return j
		}
		if (nd.r >= utf8.RuneSelf || nd.twin) && sameRune(t.original()[j:], nd.r) {
			return j
		}
		from = j + 1
	}
	return -1
}

// sameRune reports whether the rune s starts with equals r for sahilm.
func sameRune(s []byte, r rune) bool {
	c := rune(s[0])
	if c >= utf8.RuneSelf {
		c, _ = utf8.DecodeRune(s)
	}
	return equalFold(c, r)
}

// bonus returns sahilm's first-character, case-change and separator
// bonuses for the rune at offset j of t, and whether it directly follows
// the previous match at offset prev (-1 for none). Separators are ASCII:
// a folded byte before j that is ASCII is the original rune before j, but
// for case. Only a sentence with a case change needs its original bytes.
func bonus(t *sentence, j, prev int) (int, bool) {
	if j == 0 {
		return firstCharBonus, false
	}
	adjacent := prev >= 0 && foldedEnd(t.fold, prev) == j
	if c := t.fold[j-1]; c < utf8.RuneSelf && isSeparator(rune(c)) {
		return separatorBonus, adjacent
	}
	if !t.camel {
		return 0, adjacent
	}
	orig := t.original()
	last := rune(orig[j-1])
	if last >= utf8.RuneSelf {
		last, _ = utf8.DecodeLastRune(orig[:j])
	}
	c := rune(orig[j])
	if c >= utf8.RuneSelf {
		c, _ = utf8.DecodeRune(orig[j:])
	}
	if unicode.IsLower(last) && unicode.IsUpper(c) {
		return camelCaseBonus, adjacent
	}
	return 0, adjacent
}

// isSeparator reports whether sahilm counts r as a word separator.
func isSeparator(r rune) bool {
	switch r {
	case '/', '-', '_', ' ', '.', '\\':
		return true
	}
	return false
}

// equalFold is sahilm's (and strings.EqualFold's) rune comparison.
func equalFold(a, b rune) bool {
	if a == b {
		return true
	}
	if a < b {
		a, b = b, a
	}
	if a < utf8.RuneSelf {
		return 'A' <= b && b <= 'Z' && a == b+'a'-'A'
	}
	r := unicode.SimpleFold(b)
	for r != b && r < a {
		r = unicode.SimpleFold(r)
	}
	return r == a
}
