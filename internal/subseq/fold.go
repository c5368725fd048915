package subseq

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The folded copy of a text has exactly the byte layout of the original:
// every rune of the original (an invalid byte counts as one rune) becomes
// the UTF-8 encoding of its key followed by filler bytes up to the
// original rune's width. A byte offset is therefore valid in both copies.
const (
	filler = 0xFF // pads a key shorter than the rune it stands for
	errKey = 0xFE // encodes the key of utf8.RuneError and of invalid bytes
)

// Sentence mask bits besides the rune bits of maskBit.
const (
	nulBit   = 1 << 61 // the text holds a NUL: sahilm matches only before it
	camelBit = 1 << 62 // a lower case letter is followed by an upper case one
	liveBit  = 1 << 63 // the slot holds a sentence (not removed)
)

// typographic maps characters that keyboards rarely produce to what
// people type instead.
var typographic = map[rune]rune{
	'\u2018': '\'', '\u2019': '\'', '\u201B': '\'', '\u02BC': '\'',
	'\u201C': '"', '\u201D': '"', '\u201E': '"', '\u00AB': '"', '\u00BB': '"',
	'\u00A0': ' ', '\u2007': ' ', '\u202F': ' ',
	'\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-',
}

// undecomposed maps letters with a stroke, which have no canonical
// decomposition, to their base letter (keys are orbit minima).
var undecomposed = map[rune]rune{
	'Ł': 'l', 'Ø': 'o', 'Đ': 'd', 'Ħ': 'h', 'ı': 'i', 'Ŧ': 't',
}

// foldTable caches computeKey for the Basic Multilingual Plane.
var foldTable = sync.OnceValue(func() []rune {
	t := make([]rune, 0x10000)
	for r := range t {
		t[r] = computeKey(rune(r))
	}
	return t
})

// key returns the search key of r: the same for every rune sahilm's
// case-insensitive comparison treats as equal to r, without diacritics,
// lower case for ASCII. Its encoding is never longer than r's.
func key(r rune) rune {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	if r < 0x10000 {
		return foldTable()[r]
	}
	return computeKey(r)
}

// computeKey is key without the cache.
func computeKey(r rune) rune {
	if t, ok := typographic[r]; ok {
		return t
	}
	// The smallest member of the case orbit is also the shortest.
	m := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		m = min(m, f)
	}
	if u, ok := undecomposed[m]; ok {
		return u
	}
	if base, ok := stripMarks(m); ok {
		if k := computeKey(base); utf8.RuneLen(k) <= utf8.RuneLen(m) {
			return k
		}
	}
	if 'A' <= m && m <= 'Z' {
		m += 'a' - 'A'
	}
	return m
}

// stripMarks returns the base of r's canonical decomposition when the
// rest of it is nonspacing marks (accents).
func stripMarks(r rune) (rune, bool) {
	if !utf8.ValidRune(r) {
		return r, false
	}
	d := norm.NFD.String(string(r))
	base, n := utf8.DecodeRuneInString(d)
	if n == len(d) {
		return r, false
	}
	for _, c := range d[n:] {
		if !unicode.Is(unicode.Mn, c) {
			return r, false
		}
	}
	return base, true
}

// appendFolded appends the folded copy of s to dst and returns it with
// the mask and rune pairs of s. The mask has the bits of the runes before
// any NUL, camelBit if a case change occurs there, nulBit, and liveBit.
func appendFolded(dst []byte, s string) ([]byte, uint64, pairs) {
	mask := uint64(liveBit)
	var pf pairs
	clean, lower, prev := true, false, rune(-1)
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		k := key(r)
		dst = appendKey(dst, k)
		for range n - keyWidth(k) {
			dst = append(dst, filler)
		}
		if r == 0 {
			clean = false
			mask |= nulBit
		}
		if clean {
			mask |= maskBit(k)
			if lower && unicode.IsUpper(r) {
				mask |= camelBit
			}
			lower = unicode.IsLower(r)
			if prev >= 0 {
				pf.add(prev, k)
			}
			prev = k
		}
		i += n
	}
	return dst, mask, pf
}

// appendKey appends the encoding of key k in a folded copy.
func appendKey(dst []byte, k rune) []byte {
	if k == utf8.RuneError {
		return append(dst, errKey)
	}
	return utf8.AppendRune(dst, k)
}

// keyWidth is the width of key k in a folded copy.
func keyWidth(k rune) int {
	if k == utf8.RuneError {
		return 1
	}
	return utf8.RuneLen(k)
}

// maskBit returns the mask bit of key k; keys may share a bit.
func maskBit(k rune) uint64 {
	switch {
	case 'a' <= k && k <= 'z':
		return 1 << (k - 'a')
	case '0' <= k && k <= '9':
		return 1 << (26 + k - '0')
	case k == ' ':
		return 1 << 36
	case k < utf8.RuneSelf:
		return 1 << (37 + k%8)
	default:
		return 1 << (45 + k%16)
	}
}
