package segment

import "strings"

// Line lengths are measured in bytes: they feed heuristics only.
const (
	maxIndent   = 256 // white space looked at around a line
	minContinue = 30  // shorter lines are headings or labels, not wrapped prose
	maxWrap     = 200 // wider "wrapping" is not hard-wrapped text
)

// wrapWidth estimates the width at which text was hard-wrapped, or returns 0
// if it does not look hard-wrapped. Wrapped text has paragraphs of several
// lines, most of them nearly as long as the longest and few of them ending
// with a stop.
func wrapWidth(t string) int {
	nl := byte('\n')
	if strings.IndexByte(t, nl) < 0 {
		if nl = '\r'; strings.IndexByte(t, nl) < 0 {
			return 0
		}
	}
	var hist [maxWrap + 2]int
	inner, ends, prev, prevLast := 0, 0, 0, rune(0)
	for i := 0; i <= len(t); {
		e := strings.IndexByte(t[i:], nl)
		if e < 0 {
			e = len(t)
		} else {
			e += i
		}
		n, last := lineTail(t, i, e)
		if n > 0 && prev > 0 {
			hist[min(prev, maxWrap+1)]++ // prev is followed by a line of the same paragraph
			inner++
			if isTerminal(prevLast) {
				ends++
			}
		}
		prev, prevLast, i = n, last, e+1
	}
	// Wrapped prose seldom ends a sentence right at the end of a line;
	// questions and answers written one per line always do.
	if inner < 3 || ends*4 >= inner {
		return 0
	}
	w, seen := 0, 0
	for seen*10 < inner*9 {
		w++
		seen += hist[w]
	}
	if w < minContinue || w > maxWrap {
		return 0
	}
	filled := 0
	for n := w * 7 / 10; n < len(hist); n++ {
		filled += hist[n]
	}
	if filled*10 < inner*6 {
		return 0
	}
	return w
}

// lineTail returns the length of line [a, b) without its surrounding white
// space, and its last rune.
func lineTail(t string, a, b int) (n int, last rune) {
	for k := 0; b > a && k < maxIndent; k++ {
		r, w := runeBefore(t, b)
		if !isSpace(r) {
			last = r
			break
		}
		b -= w
	}
	a = skipSpaces(t[:b], a, maxIndent)
	return max(b-a, 0), last
}

// hardBreak reports whether the line break at byte nl, with the next line
// starting at byte next and the current one at lineStart, ends a sentence.
// Blank lines, list items and lines after short ones always do; a line that
// runs on in lower case, or a line of hard-wrapped text filled to its width,
// does not.
func (s *splitter) hardBreak(lineStart, nl, next int) bool {
	t := s.text
	if r, _ := runeAt(t, nl); isParagraphSep(r) {
		return true
	}
	j := next
	for j < len(t) {
		r, w := runeAt(t, j)
		if isNewline(r) {
			return true
		}
		if !isSpace(r) {
			break
		}
		j += w
	}
	if j >= len(t) || startsItem(t, j) {
		return true
	}
	n, last := lineTail(t, lineStart, nl)
	if n == 0 {
		return true
	}
	if first, _ := runeAt(t, j); isLower(first) && n >= minContinue && !isTerminal(last) && last != ':' {
		return false
	}
	return s.wrap == 0 || n < s.wrap/2 || n+1+wordLen(t, j) <= s.wrap
}

// wordLen returns the length of the word at byte j, up to 64 bytes.
func wordLen(t string, j int) int {
	k := j
	for k < len(t) && k-j < 64 {
		r, w := runeAt(t, k)
		if isSpace(r) {
			break
		}
		k += w
	}
	return k - j
}

// newline handles the line break at byte i and returns where the next line
// starts.
func (s *splitter) newline(i int) int {
	next := i + 1
	if s.text[i] == '\r' && next < len(s.text) && s.text[next] == '\n' {
		next++
	} else if s.text[i] >= 0x80 {
		_, w := runeAt(s.text, i)
		next = i + w
	}
	if s.hardBreak(s.lineStart, i, next) {
		s.cut(i)
		s.prot = -1
		s.list = marker{}
	}
	s.lineStart = next
	return s.space(next)
}
