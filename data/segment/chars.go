package segment

import (
	"unicode"
	"unicode/utf8"
)

// Byte classes of the main loop: only the non-plain ASCII bytes need work.
const (
	clPlain = iota
	clSpace
	clNewline
	clTerm
	clQuote
	clURL
	clClause // ; and :, which end a sentence in some conventions
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for _, c := range " \t\x1f" {
		t[c] = clSpace
	}
	for _, c := range "\n\r\v\f\x1c\x1d\x1e" {
		t[c] = clNewline
	}
	for _, c := range ".!?" {
		t[c] = clTerm
	}
	for _, c := range "\"'()[]" {
		t[c] = clQuote
	}
	t['/'], t['@'] = clURL, clURL
	t[';'], t[':'] = clClause, clClause
	return t
}()

// isSpace reports whether r is white space as Python's str.strip sees it.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		c := asciiClass[r]
		return c == clSpace || c == clNewline
	}
	return unicode.IsSpace(r)
}

// isNewline reports whether r ends a line.
func isNewline(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] == clNewline
	}
	return r == 0x85 || r == 0x2028 || r == 0x2029
}

// isParagraphSep reports whether r always ends a paragraph.
func isParagraphSep(r rune) bool {
	return r == '\f' || r == 0x1c || r == 0x1d || r == 0x1e || r == 0x2029
}

// isTerminal reports whether r can end a sentence.
func isTerminal(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '‼', '⁇', '⁈', '⁉':
		return true
	}
	return isWideStop(r)
}

// isWideStop reports whether r is a full-width or CJK stop, which needs no
// space after it.
func isWideStop(r rune) bool {
	switch r {
	case '。', '．', '！', '？', '｡':
		return true
	}
	return false
}

// isCloser reports whether r closes a quotation or bracket.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', ')', ']', '}', '」', '』':
		return true
	}
	return false
}

// isOpener reports whether r opens a quotation or bracket.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '„', '«', '‹', '(', '[', '{', '¿', '¡', '「', '『':
		return true
	}
	return false
}

// isQuoteRune reports whether the main loop must look at non-ASCII r as a
// possible quotation mark.
func isQuoteRune(r rune) bool {
	switch r {
	case '“', '”', '‘', '’', '«', '»', '‹', '›', '„':
		return true
	}
	return false
}

// isDash reports whether r is a hyphen or a dash.
func isDash(r rune) bool {
	return r == '-' || r == '–' || r == '—' || r == '―'
}

// isBullet reports whether r marks a list item.
func isBullet(r rune) bool {
	switch r {
	case '•', '◦', '▪', '▫', '‣', '⁃', '●', '○', '■', '□', '►', '▶', '➢', '➤', '◆', '◇', '✓', '✔':
		return true
	}
	return false
}

// isUpper reports whether r is an upper- or title-case letter.
func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// isLower reports whether r is a lower-case letter.
func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return unicode.IsLower(r)
}

// isLetter reports whether r is a letter.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return unicode.IsLetter(r)
}

// isDigit reports whether r is a decimal digit.
func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	return unicode.IsDigit(r)
}

// runeAt decodes the rune starting at byte i; past the end it is a space.
func runeAt(t string, i int) (rune, int) {
	if i >= len(t) {
		return ' ', 0
	}
	if c := t[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(t[i:])
}

// runeBefore decodes the rune ending at byte i; at the start it is a space.
func runeBefore(t string, i int) (rune, int) {
	if i <= 0 {
		return ' ', 0
	}
	if c := t[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(t[:i])
}

// skipSpaces returns the first byte at or after i that is not white space,
// looking at most limit bytes ahead (limit < 0: no limit).
func skipSpaces(t string, i, limit int) int {
	for j := i; j < len(t); {
		if limit >= 0 && j-i > limit {
			return j
		}
		r, w := runeAt(t, j)
		if !isSpace(r) {
			return j
		}
		j += w
	}
	return len(t)
}

// skipSpacesBack returns the byte after the last non-space rune before i,
// looking at most 8 bytes back.
func skipSpacesBack(t string, i int) int {
	for j := i; j > 0 && i-j <= 8; {
		r, w := runeBefore(t, j)
		if !isSpace(r) {
			return j
		}
		j -= w
	}
	return i
}

// isDigitByte reports whether c is an ASCII digit.
func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// isAlnumByte reports whether c is an ASCII letter or digit.
func isAlnumByte(c byte) bool { return isDigitByte(c) || 'a' <= c|0x20 && c|0x20 <= 'z' }
