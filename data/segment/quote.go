package segment

// Text between matching quotation marks or brackets is kept in one sentence
// ("«Ei fu. Siccome immobile…»", "(He was 5. Or 6.)"), provided they close
// within maxProtect bytes and before the paragraph ends. Reported speech
// with a comma at its close ("We lost. It hurts," he said) is split as usual,
// as treebanks usually do.
const maxProtect = 600

// Kinds of quotation and bracket, by opening mark.
const (
	qDouble      = iota // "
	qSingle             // '
	qCurlyDouble        // “ „
	qCurlySingle        // ‘
	qGuillemet          // «
	qAngle              // ‹
	qParen              // (
	qBracket            // [
	numQuoteKinds
)

// closerMemo remembers, for one kind, that no closing mark lies before
// until; hard says the search stopped there at a paragraph end. It keeps the
// searches linear on text full of unmatched marks.
type closerMemo struct {
	until, lineStart int
	hard             bool
}

// quote handles a quotation mark or bracket r of width w at byte i.
func (s *splitter) quote(i int, r rune, w int) int {
	if i == s.prot {
		s.prot = -1
		return s.regionEnd(i, w)
	}
	if s.prot >= 0 {
		return i + w
	}
	if r != '(' && r != '[' && isCloser(r) {
		// A quotation broken off by a dash: 'to--" At this moment'.
		if st := s.dashesBefore(i); st > s.segStart && st >= s.skipUntil {
			return max(s.terminalAt(st, true), i+w)
		}
	}
	if kind, ok := s.openerKind(i, r, w); ok {
		if e := s.findCloser(i+w, kind); e >= 0 && (kind >= qParen || !s.reported(e) && s.embedded(e)) {
			s.protOpen, s.prot = i, e
		}
	}
	return i + w
}

// reported reports whether the quotation closed at byte e ends with a
// comma, inside or just outside it: «…», ha detto; "…," he said.
func (s *splitter) reported(e int) bool {
	b, _ := runeBefore(s.text, e)
	_, w := runeAt(s.text, e)
	a, _ := runeAt(s.text, e+w)
	return b == ',' || a == ','
}

// embedded reports whether the sentence goes on after the mark closing a
// quotation at byte e, as in «Ei fu. Siccome immobile» è l'inizio. A
// quotation followed by a stop, a capital, a digit or the end of the line is
// a sequence of sentences of its own, split as usual: treebanks split quoted
// speech into its sentences.
func (s *splitter) embedded(e int) bool {
	t := s.text
	_, w := runeAt(t, e)
	j := e + w
	for n := 0; n < 8 && j < len(t); n++ {
		r, w := runeAt(t, j)
		if r != ' ' && r != '\t' && !isCloser(r) {
			break
		}
		j += w
	}
	r, _ := runeAt(t, j)
	return j < len(t) && !isSpace(r) && !isTerminal(r) && !isUpper(r) && !isDigit(r)
}

// openerKind tells whether r at byte i opens a quotation or bracket. Straight
// quotes open after a space or an opening mark and before a word.
func (s *splitter) openerKind(i int, r rune, w int) (int, bool) {
	switch r {
	case '(':
		return qParen, true
	case '[':
		return qBracket, true
	case '«':
		return qGuillemet, true
	case '‹':
		return qAngle, true
	case '“', '„':
		return qCurlyDouble, true
	case '‘':
		return qCurlySingle, true
	case '"', '\'':
		b, _ := runeBefore(s.text, i)
		if !isSpace(b) && !isOpener(b) && !isDash(b) && b != '/' {
			return 0, false
		}
		a, _ := runeAt(s.text, i+w)
		if r == '"' && !isSpace(a) {
			return qDouble, true
		}
		if r == '\'' && isLetter(a) {
			return qSingle, true
		}
	}
	return 0, false
}

// closes reports whether the rune r at byte j closes a quotation of kind k.
// A closing straight or curly single quote must not sit inside a word, where
// it is an apostrophe.
func (s *splitter) closes(k int, r rune, j, w int) bool {
	switch k {
	case qDouble:
		b, _ := runeBefore(s.text, j)
		return r == '"' && !isSpace(b)
	case qSingle, qCurlySingle:
		if r != '\'' && r != '’' || (k == qSingle) != (r == '\'') {
			return false
		}
		b, _ := runeBefore(s.text, j)
		a, _ := runeAt(s.text, j+w)
		return !isSpace(b) && !isLetter(a) && !isDigit(a)
	case qCurlyDouble:
		return r == '”'
	case qGuillemet:
		return r == '»'
	case qAngle:
		return r == '›'
	case qParen:
		return r == ')'
	case qBracket:
		return r == ']'
	}
	return false
}

// findCloser returns the byte of the mark closing a quotation of kind k
// opened just before from, or -1.
func (s *splitter) findCloser(from, k int) int {
	t, m := s.text, &s.memo[k]
	limit := min(from+maxProtect, len(t))
	j, lineStart := from, s.lineStart
	if from < m.until {
		if m.hard {
			return -1
		}
		j, lineStart = m.until, m.lineStart
	}
	for j < limit {
		r, w := runeAt(t, j)
		if isNewline(r) {
			next := j + w
			if r == '\r' && next < len(t) && t[next] == '\n' {
				next++
			}
			if s.hardBreak(lineStart, j, next) {
				*m = closerMemo{until: j, hard: true}
				return -1
			}
			j, lineStart = next, next
			continue
		}
		if s.closes(k, r, j, w) {
			return j
		}
		j += w
	}
	*m = closerMemo{until: max(j, m.until), lineStart: lineStart}
	return -1
}

// regionEnd handles the closing mark of width w at byte i of a kept
// quotation: if a stop (or a broken-off "--") comes just before it, the
// stop and the marks after it are a candidate sentence end.
func (s *splitter) regionEnd(i, w int) int {
	t := s.text
	j := i
	for n := 0; n < 4; n++ { // inner quotation marks: «…?"» (not brackets: "[...]")
		r, pw := runeBefore(t, j)
		if !isCloser(r) || r == ')' || r == ']' || pw == 0 {
			break
		}
		j -= pw
	}
	r, pw := runeBefore(t, j)
	switch {
	case isTerminal(r):
		st := j - pw
		for n := 0; n < 16 && st > 0; n++ {
			b, bw := runeBefore(t, st)
			if isTerminal(b) || b == ' ' && st >= 2 && t[st-2] == '.' {
				st -= bw
				continue
			}
			break
		}
		if t[st] == ' ' { // the look-back stopped inside ". . ."
			st++
		}
		if st > s.protOpen && st >= s.skipUntil {
			return max(s.terminalAt(st, false), i+w)
		}
	default:
		if st := s.dashesBefore(j); st > s.protOpen {
			return max(s.terminalAt(st, true), i+w)
		}
	}
	return i + w
}

// dashesBefore returns where the "--" or "—" that ends at byte j starts, or
// -1 if there is none.
func (s *splitter) dashesBefore(j int) int {
	t := s.text
	r, pw := runeBefore(t, j)
	if r != '—' && !(r == '-' && j >= 2 && t[j-2] == '-') {
		return -1
	}
	st := j - pw
	for n := 0; n < 8; n++ {
		b, bw := runeBefore(t, st)
		if !isDash(b) || bw == 0 {
			break
		}
		st -= bw
	}
	return st
}
