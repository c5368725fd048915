package search

import (
	"unicode"
	"unicode/utf8"
)

// A word is a run of letters and digits. Nonspacing marks (a decomposed
// accent) continue the word they follow and are left out of it, so that a
// text stored decomposed has the words of its composed form.

// wordScratch holds the word being read by eachWord.
type wordScratch struct {
	letters []byte // its keys, UTF-8 encoded
	offs    []int  // the byte offset of each of its letters in the text
}

// eachWord calls fn with every word of the folded text fold: its letters
// (keys), the byte offset in fold of each letter, and the offset where the
// word ends (after its last letter or mark). Both slices belong to sc and
// change with the next word.
func eachWord(fold []byte, sc *wordScratch, fn func(letters []byte, offs []int, end int)) {
	sc.letters, sc.offs = sc.letters[:0], sc.offs[:0]
	end := 0
	flush := func() {
		if len(sc.offs) > 0 {
			fn(sc.letters, sc.offs, end)
		}
		sc.letters, sc.offs = sc.letters[:0], sc.offs[:0]
	}
	for i := 0; i < len(fold); {
		c := fold[i]
		r, n := rune(c), 1
		switch {
		case c == filler:
			i++
			continue
		case c == errKey:
			r = utf8.RuneError
		case c >= utf8.RuneSelf:
			r, n = utf8.DecodeRune(fold[i:])
		}
		switch {
		case isWordRune(r):
			sc.letters = append(sc.letters, fold[i:i+n]...)
			sc.offs = append(sc.offs, i)
		case r >= utf8.RuneSelf && unicode.Is(unicode.Mn, r):
		default:
			flush()
			i += n
			continue
		}
		i += n
		for i < len(fold) && fold[i] == filler {
			i++
		}
		end = i
	}
	flush()
}

// isWordRune reports whether key k belongs to a word.
func isWordRune(k rune) bool {
	if k < utf8.RuneSelf {
		return 'a' <= k && k <= 'z' || '0' <= k && k <= '9'
	}
	return k != utf8.RuneError && (unicode.IsLetter(k) || unicode.IsDigit(k))
}
