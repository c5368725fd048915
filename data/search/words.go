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

// asciiKeys maps an ASCII byte to its key when it belongs to a word (a
// lower-case letter or a digit), to 0 when it does not.
var asciiKeys = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		if k := key(rune(c)); isWordRune(k) {
			t[c] = byte(k)
		}
	}
	return t
}()

// eachWordOf calls fn with the byte offsets in text where each of its
// words starts and ends: the words eachWord finds in text's folded copy,
// found without folding it, for indexing (see appendLetters).
func eachWordOf(text string, fn func(start, end int)) {
	start, end := -1, 0
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiKeys[c] != 0 {
				if start < 0 {
					start = i
				}
				i++
				end = i
				continue
			}
			i++
		} else {
			r, n := utf8.DecodeRuneInString(text[i:])
			k := key(r)
			i += n
			if isWordRune(k) {
				if start < 0 {
					start = i - n
				}
				end = i
				continue
			}
			if unicode.Is(unicode.Mn, k) {
				end = i
				continue
			}
		}
		if start >= 0 {
			fn(start, end)
			start = -1
		}
	}
	if start >= 0 {
		fn(start, end)
	}
}

// appendLetters appends the letters (keys) of word, a word eachWordOf
// found, to dst: what eachWord gives as its letters.
func appendLetters(dst []byte, word string) []byte {
	for i := 0; i < len(word); {
		if c := word[i]; c < utf8.RuneSelf {
			if k := asciiKeys[c]; k != 0 {
				dst = append(dst, k)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(word[i:])
		if k := key(r); isWordRune(k) {
			dst = utf8.AppendRune(dst, k)
		}
		i += n
	}
	return dst
}
