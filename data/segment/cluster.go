package segment

import "strings"

// A cluster is a run of stops ("." "?!" "..." ". . ." "…") with the closing
// marks and note references after it: a candidate sentence end.
type cluster struct {
	start, runEnd, end int // the run is [start, runEnd); marks and notes reach end
	dots, ellipses     int
	marks              int  // number of ! and ?
	strong             bool // contains ! or ?, or a broken-off "--"
	closed             bool // a stop after a closing mark: "(ca.)." "«No!»."
	wide               bool // a full-width or CJK stop: needs no space after it
	spaced             bool // an ellipsis spelt ". . ."
}

// maxMarks bounds the closing marks and stops read after a run of stops.
const maxMarks = 8

// terminal handles the stop at byte i and returns where to go on.
func (s *splitter) terminal(i int) int {
	if s.prot >= 0 || i < s.skipUntil {
		_, w := runeAt(s.text, i)
		return i + w
	}
	return s.terminalAt(i, false)
}

// terminalAt reads the cluster starting at byte i (a run of dashes if dash),
// cuts the sentence if it ends there and returns where to go on.
func (s *splitter) terminalAt(i int, dash bool) int {
	t := s.text
	c := s.parseRun(i, dash)
	prevDot := s.lastDot
	if c.dots > 0 {
		s.lastDot = c.runEnd - 1
	}
	k, closer := c.runEnd, false
loop:
	for n := 0; k < len(t) && n < maxMarks; n++ {
		r, w := runeAt(t, k)
		switch {
		case isCloser(r):
			closer = true
		case isTerminal(r):
			c.closed = c.closed || closer
			if r == '!' || r == '?' {
				c.strong = true
				c.marks++
			}
		default:
			break loop
		}
		k += w
	}
	c.end = s.notes(&c, k)
	if r, _ := runeAt(t, c.end); c.end < len(t) && !isSpace(r) && !c.wide {
		if s.glued(&c, prevDot) {
			s.cut(c.runEnd)
		}
		return c.runEnd
	}
	if cut := s.decide(&c); cut >= 0 {
		// "Great service. :) We will": a smiley on the same line belongs
		// to the sentence it follows.
		j := skipSpaces(t, cut, 4)
		if e := emoticonAt(t, j); e > 0 && !strings.ContainsAny(t[cut:j], "\n\r") {
			s.cut(e)
			s.skipUntil = e
			return e
		}
		s.cut(cut)
	}
	return c.end
}

// parseRun reads the stops (or dashes) starting at byte i.
func (s *splitter) parseRun(i int, dash bool) cluster {
	t := s.text
	c := cluster{start: i, strong: dash}
	j := i
	for j < len(t) {
		r, w := runeAt(t, j)
		switch {
		case dash && isDash(r):
		case r == '.':
			c.dots++
		case r == '…':
			c.ellipses++
		case isWideStop(r):
			c.wide = true
		case isTerminal(r):
			c.strong = true
			c.marks++
		case r == ' ' && c.dots > 0 && t[j-1] == '.' && j+1 < len(t) && t[j+1] == '.':
			c.spaced = true
		default:
			c.runEnd = j
			if c.spaced && c.dots < 3 { // "end. .NET": one stop only
				c.runEnd, c.dots, c.spaced = i+1, 1, false
			}
			return c
		}
		j += w
	}
	c.runEnd = j
	if c.spaced && c.dots < 3 {
		c.runEnd, c.dots, c.spaced = i+1, 1, false
	}
	return c
}

// notes skips note references after a stop: "martyr.[1] The", "(1987).1 A",
// "consultation.11 12 Take".
func (s *splitter) notes(c *cluster, k int) int {
	t := s.text
	for k < len(t) && t[k] == '[' {
		e := k + 1
		for e < len(t) && e-k < 24 && (isAlnumByte(t[e]) || t[e] == ' ' || t[e] == ',' || t[e] == '-') {
			e++
		}
		if e >= len(t) || t[e] != ']' || e == k+1 {
			break
		}
		k = e + 1
	}
	if k != c.runEnd || c.dots != 1 || c.strong || k >= len(t) || !isDigitByte(t[k]) {
		return k
	}
	if b, _ := runeBefore(t, c.start); !isCloser(b) && s.prevWord(c.start) != wordOrdinary {
		return k
	}
	end := -1
	for j, n := k, 0; n < 4; n++ {
		d := j
		for d < len(t) && d-j < 4 && isDigitByte(t[d]) {
			d++
		}
		if d == j || d-j > 3 || d < len(t) && t[d] != ' ' {
			break
		}
		end = d
		j = d + 1
		if r, _ := runeAt(t, j); isUpper(r) {
			return end
		}
	}
	return k
}

// glued reports whether a full stop with no space after it still ends a
// sentence, as in "world.Today" or "1,000.That", but not in "Ph.D",
// "www.example.Com" or "Sig.ra".
func (s *splitter) glued(c *cluster, prevDot int) bool {
	t := s.text
	if c.dots != 1 || c.strong || c.ellipses > 0 || c.end != c.runEnd {
		return false
	}
	if s.tokURL >= s.tokStart || prevDot >= s.tokStart {
		return false
	}
	if cls := s.prevWord(c.start); cls != wordOrdinary && cls != wordNumber {
		return false
	}
	k := c.runEnd
	r, w := runeAt(t, k)
	if r2, _ := runeAt(t, k+w); !isUpper(r) || !isLetter(r2) {
		return false
	}
	for j := k; j < len(t); {
		if j-k > 64 {
			return false
		}
		r, w := runeAt(t, j)
		switch {
		case isSpace(r):
			return true
		case r == '/' || r == '@':
			return false
		case r == '.':
			if a, _ := runeAt(t, j+1); j+1 < len(t) && (isLetter(a) || isDigit(a)) {
				return false
			}
		}
		j += w
	}
	return true
}
