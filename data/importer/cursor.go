package importer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// runeCursor walks a string forward, keeping its byte and code-point
// positions in step, so that code-point offsets given in order cost linear
// time in all.
type runeCursor struct {
	s       string
	at, pos int // byte and code-point position
}

// toRune moves to code point p, which must not be behind; false if p is
// behind or past the end.
func (c *runeCursor) toRune(p int) bool {
	if p < c.pos {
		return false
	}
	for c.pos < p {
		if c.at >= len(c.s) {
			return false
		}
		_, size := utf8.DecodeRuneInString(c.s[c.at:])
		c.at += size
		c.pos++
	}
	return true
}

// toByte moves to byte offset b (a rune boundary not behind the cursor).
func (c *runeCursor) toByte(b int) {
	c.pos += utf8.RuneCountInString(c.s[c.at:b])
	c.at = b
}

// looseText finds word sequences in a text whatever whitespace separates
// the words: both sides are searched with every whitespace run squeezed to
// one space. Searches go forward only, in linear time in all.
type looseText struct {
	raw, sq  string
	at, sqAt int // raw[:at] squeezes to sq[:sqAt]
}

func newLooseText(raw string) *looseText {
	return &looseText{raw: raw, sq: squeeze(raw)}
}

// squeeze replaces every run of whitespace in s with one space.
func squeeze(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			if !space {
				b.WriteByte(' ')
			}
			space = true
		} else {
			space = false
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// step moves one byte of the squeezed text forward (a whole whitespace run
// of the raw text).
func (l *looseText) step() {
	if l.sq[l.sqAt] == ' ' {
		for l.at < len(l.raw) {
			r, size := utf8.DecodeRuneInString(l.raw[l.at:])
			if !unicode.IsSpace(r) {
				break
			}
			l.at += size
		}
	} else {
		l.at++
	}
	l.sqAt++
}

// find returns the byte range of raw where the words of s occur first at or
// after byte offset from.
func (l *looseText) find(s string, from int) (start, end int, ok bool) {
	words := squeeze(strings.TrimSpace(s))
	for l.at < from && l.sqAt < len(l.sq) {
		l.step()
	}
	i := strings.Index(l.sq[l.sqAt:], words)
	if words == "" || i < 0 {
		return 0, 0, false
	}
	for q := l.sqAt + i; l.sqAt < q; {
		l.step()
	}
	start = l.at
	for q := l.sqAt + len(words); l.sqAt < q; {
		l.step()
	}
	return start, l.at, true
}
