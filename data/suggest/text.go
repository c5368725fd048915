package suggest

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// token is one word, number or quote mark of a sentence: its folded form
// and its code-point span in the sentence.
type token struct {
	folded     string
	start, end int // code points, end exclusive
	kind       tokenKind
}

type tokenKind uint8

const (
	wordToken   tokenKind = iota // letters (and digits mixed in)
	numberToken                  // digits, with inner . , : / separators
	quoteToken                   // an opening or closing quotation mark
	symbolToken                  // % € $ £
)

// maxTokenRunes bounds one token: a longer run of letters (a pasted hash,
// a 50,000-letter line) is cut, so no input makes work grow beyond linear.
const maxTokenRunes = 64

// quoteMarks are the characters that open or close a quotation.
var quoteMarks = map[rune]bool{'"': true, '“': true, '”': true, '«': true, '»': true, '„': true}

// symbols are single-character tokens that carry meaning for quantities.
var symbols = map[rune]bool{'%': true, '€': true, '$': true, '£': true}

// tokenize splits s into folded tokens with code-point offsets. Letters
// are case- and accent-folded; an apostrophe ends a word ("l’accordo" is
// "l" and "accordo"); digits with inner separators ("1.200", "3,5",
// "12/03/2024") make one number.
func tokenize(s string) []token {
	out := make([]token, 0, len(s)/6+1)
	var buf []byte
	start := -1
	kind := wordToken
	flush := func(end int) {
		if start >= 0 {
			out = append(out, token{folded: string(buf), start: start, end: end, kind: kind})
		}
		buf, start = buf[:0], -1
	}
	i := 0 // code points
	for at := 0; at < len(s); i++ {
		r, size := rune(s[at]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[at:])
		}
		at += size
		isDigit := '0' <= r && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r)
		switch {
		case isDigit || isLetter(r):
			if start < 0 {
				start, kind = i, wordToken
				if isDigit {
					kind = numberToken
				}
			} else if kind == numberToken && !isDigit {
				kind = wordToken
			}
			if i-start < maxTokenRunes {
				buf = appendFold(buf, r)
			}
		case kind == numberToken && start >= 0 && isNumberSeparator(r) && at < len(s) && '0' <= s[at] && s[at] <= '9':
			if i-start < maxTokenRunes {
				buf = append(buf, byte(r))
			}
		default:
			flush(i)
			if quoteMarks[r] {
				out = append(out, token{folded: `"`, start: i, end: i + 1, kind: quoteToken})
			} else if symbols[r] {
				out = append(out, token{folded: string(r), start: i, end: i + 1, kind: symbolToken})
			}
		}
	}
	flush(i)
	return out
}

// isLetter reports letters and combining marks (part of a word).
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func isNumberSeparator(r rune) bool { return r == '.' || r == ',' || r == ':' || r == '/' }

// appendFold appends r lower-cased and without accents; combining marks
// vanish.
func appendFold(dst []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, byte(r))
	}
	return append(dst, foldRune(r)...)
}

// foldTableSize covers Latin, Greek and Cyrillic letters.
const foldTableSize = 0x530

// foldTable holds the folded form of the runes below foldTableSize.
var foldTable = sync.OnceValue(func() []string {
	t := make([]string, foldTableSize)
	for r := range t {
		t[r] = computeFold(rune(r))
	}
	return t
})

// foldCache keeps the folded form of other non-ASCII runes seen.
var foldCache sync.Map // rune -> string

// foldRune is the lower-case, accentless form of a non-ASCII rune.
func foldRune(r rune) string {
	if r < foldTableSize {
		return foldTable()[r]
	}
	if f, ok := foldCache.Load(r); ok {
		return f.(string)
	}
	f := computeFold(r)
	foldCache.Store(r, f)
	return f
}

// computeFold lower-cases r and drops its accents.
func computeFold(r rune) string {
	var b []byte
	for _, c := range norm.NFD.String(string(unicode.ToLower(r))) {
		if !unicode.Is(unicode.Mn, c) {
			b = utf8.AppendRune(b, c)
		}
	}
	return string(b)
}

// fold is s lower-cased and without accents, as tokens are.
func fold(s string) string {
	var b []byte
	for _, r := range s {
		b = appendFold(b, r)
	}
	return string(b)
}
