package segment

import "strings"

// A marker is a list item label: "1.", "2)", "a.", "b)", "(iv)", "3.)".
type marker struct {
	kind  uint8 // markDigit, markLower or markUpper; 0 means no marker
	delim uint8 // delimDot, delimParen, delimDotParen or delimBoth
	num   int   // the number, or the letter's place in the alphabet (a = 1)
	roman int   // the value as a roman numeral, 0 if it is not one
	end   int   // byte after the delimiter
}

const (
	markDigit = iota + 1
	markLower
	markUpper
)

const (
	delimDot      = iota + 1 // 1.
	delimParen               // 1)
	delimDotParen            // 1.)
	delimBoth                // (1)
)

// follows reports whether m is the item after prev in the same list, so
// that it starts a sentence even in the middle of a line ("a) x b) y").
// "B." after "A." does not count: it looks too much like initials.
func (m marker) follows(prev marker) bool {
	if prev.kind != m.kind || prev.delim != m.delim {
		return false
	}
	if m.kind == markUpper && m.delim == delimDot {
		return false
	}
	return (m.num > 0 && m.num == prev.num+1) || (m.roman > 0 && m.roman == prev.roman+1)
}

// parseMarker reads a list marker at byte p of t; it must be followed by
// white space.
func parseMarker(t string, p int) (m marker, ok bool) {
	j := p
	paren := j < len(t) && t[j] == '('
	if paren {
		j++
	}
	st := j
	for j < len(t) && j-st < 5 && '0' <= t[j] && t[j] <= '9' {
		m.num = m.num*10 + int(t[j]-'0')
		j++
	}
	if j > st {
		if j-st > 4 { // up to 4 digits: the articles of a code ("1015. Abusi")
			return m, false
		}
		m.kind = markDigit
	} else {
		for j < len(t) && j-st < 7 && 'a' <= t[j]|0x20 && t[j]|0x20 <= 'z' {
			j++
		}
		if j == st || j-st > 6 || j >= len(t) || t[j] != '.' && t[j] != ')' {
			return m, false
		}
		var buf [6]byte
		upper := 0
		for k := st; k < j; k++ {
			if t[k] < 'a' {
				upper++
			}
			buf[k-st] = t[k] | 0x20
		}
		w := string(buf[:j-st])
		switch upper {
		case 0:
			m.kind = markLower
		case j - st:
			m.kind = markUpper
		default:
			return m, false
		}
		m.roman = romanValue(w)
		if len(w) == 1 {
			m.num = int(w[0]-'a') + 1
		} else if m.roman == 0 {
			return m, false
		}
	}
	if j >= len(t) {
		return m, false
	}
	switch {
	case paren:
		if t[j] != ')' {
			return m, false
		}
		m.delim = delimBoth
		j++
	case t[j] == ')':
		m.delim = delimParen
		j++
	case t[j] == '.':
		m.delim = delimDot
		j++
		if j < len(t) && t[j] == ')' {
			m.delim = delimDotParen
			j++
		}
	default:
		return m, false
	}
	if r, _ := runeAt(t, j); j >= len(t) || !isSpace(r) {
		return m, false
	}
	m.end = j
	return m, true
}

// mayStartMarker is a quick test for a letter marker at byte p: one letter
// and a delimiter, or a letter of a roman numeral.
func mayStartMarker(t string, p int) bool {
	c := t[p] | 0x20
	if c < 'a' || c > 'z' {
		return false
	}
	return c == 'i' || c == 'v' || c == 'x' || p+1 < len(t) && (t[p+1] == '.' || t[p+1] == ')')
}

var romanUnits = [...]string{"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"}

// romanValue returns the value of a lower-case roman numeral up to 39, or 0.
func romanValue(w string) int {
	tens := 0
	for tens < 3 && strings.HasPrefix(w, "x") {
		w, tens = w[1:], tens+1
	}
	for u, s := range romanUnits {
		if w == s {
			if v := tens*10 + u; v > 0 {
				return v
			}
		}
	}
	return 0
}

// startsItem reports whether a list item starts at byte j of t: a bullet, a
// dash or asterisk followed by a space, or a marker.
func startsItem(t string, j int) bool {
	r, w := runeAt(t, j)
	if isBullet(r) {
		return true
	}
	if r == '-' || r == '*' || r == '+' || r == '–' || r == '—' {
		n, _ := runeAt(t, j+w)
		return j+w < len(t) && (n == ' ' || n == '\t')
	}
	_, ok := parseMarker(t, j)
	return ok
}

// markerAt handles a possible list marker at byte p, the start of a token:
// at the start of a sentence or after a colon it starts a list and is
// remembered, so that its dot ends nothing; elsewhere, the next item of the
// current list starts a sentence. Clause-long items after a colon or a
// semicolon are sentences of their own, as in contracts and statutes.
func (s *splitter) markerAt(p int, atStart, afterColon bool) {
	m, ok := parseMarker(s.text, p)
	if !ok {
		return
	}
	switch {
	case atStart:
	case afterColon:
		// "take these actions: (i) collect the unpaid fees from ...": a
		// list of clauses starts a sentence, "one of: (a) red, (b) blue"
		// does not
		if longItem(s.text, m.end) {
			s.cut(p)
		}
	case !m.follows(s.list):
		return
	case !inlineItems(s.text, p, m.end):
		s.cut(p)
	}
	s.list = m
	s.skipUntil = m.end
}

// inlineItems reports whether the marker at byte p continues an enumeration
// inside a sentence, after a comma, a conjunction or a semicolon that closes
// a short item: "the following: (1) a report; (2) a plan; and (3) a map".
func inlineItems(t string, p, end int) bool {
	e := skipSpacesBack(t, p)
	switch b, _ := runeBefore(t, e); b {
	case ',':
		return true
	case ';': // "...from the account; (ii) debit your card" ends a clause
		return !longItem(t, end)
	}
	st := e
	for st > 0 && e-st < 8 && 'a' <= t[st-1] && t[st-1] <= 'z' {
		st--
	}
	switch t[st:e] {
	case "and", "or", "e", "ed", "o", "oppure":
		return true
	}
	return false
}

// minItemWords is the number of words from which a list item reads as a
// clause rather than as a short entry of an inline enumeration.
const minItemWords = 6

// longItem reports whether the list item whose text starts at byte j has at
// least minItemWords words before its first comma, semicolon, stop or line
// end.
func longItem(t string, j int) bool {
	words, in := 0, false
	for k := j; k < len(t) && k-j < 200; k++ {
		switch c := t[k]; c {
		case ',', ';', '.', ':', '\n', '\r', '(', '?', '!':
			return words >= minItemWords
		case ' ', '\t':
			in = false
		default:
			if !in {
				words++
				in = true
			}
			if words >= minItemWords {
				return true
			}
		}
	}
	return false
}
