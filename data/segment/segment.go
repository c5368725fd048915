// Package segment splits text into sentences.
//
// It is made for news, encyclopedia, web and legal text in Italian and
// English: abbreviations, initials, numbers, dates and times, ellipses,
// quotations and brackets, URLs and e-mail addresses, numbered and bulleted
// lists, headings and hard-wrapped lines. Text inside quotation marks or
// brackets stays in one sentence when they close nearby, except reported
// speech closed by a comma, which is split as treebanks usually split it.
//
// It decides from the word before a stop (an abbreviation of some class, an
// initial, a number) and the token after it (its case, whether it usually
// starts a sentence), per language; see DetectLang.
//
// Split makes one pass over the text with small bounded look-arounds, so it
// takes linear time and allocates only the result.
package segment

import (
	"strings"
	"unicode/utf8"

	"github.com/veritag/veritag/data/model"
)

// splitter holds the state of one Split call. Positions are byte offsets.
type splitter struct {
	text string
	lex  *lexicon
	wrap int // width of hard-wrapped text, 0 if it is not

	spans    []model.Span
	segStart int // where the current sentence may start
	segFirst int // its first non-space byte, -1 until known
	spaceTo  int // bytes from segStart to spaceTo are white space
	cpByte   int // code points before byte cpByte are cpCount
	cpCount  int

	lineStart int // start of the current line
	tokStart  int // start of the current white-space-delimited token
	tokURL    int // last '/' or '@': the token is a URL if >= tokStart
	lastDot   int // last full stop read

	protOpen  int // byte of the mark opening the kept quotation
	prot      int // byte of the mark closing it, -1 if none
	memo      [numQuoteKinds]closerMemo
	list      marker // last list marker that started a sentence
	skipUntil int    // stops before this byte belong to a list marker
}

// Split splits text into sentences; lang is "it", "en", "" or "auto"
// (detect; any other value also detects). Span offsets are Unicode code
// points, end exclusive; spans are in order, never empty and never start or
// end with white space, and all text that is not white space is in one.
// Text should be valid UTF-8: an invalid byte counts as one code point, as in
// a Go range loop.
func Split(text, lang string) []model.Span {
	s := &splitter{
		text:     text,
		lex:      lexiconFor(lang, text),
		wrap:     wrapWidth(text),
		segFirst: -1,
		tokURL:   -1,
		lastDot:  -1,
		prot:     -1,
	}
	s.run()
	return s.spans
}

// run scans the text once.
func (s *splitter) run() {
	t := s.text
	s.tokenStart(0)
	for i := 0; i < len(t); {
		if c := t[i]; c < utf8.RuneSelf {
			switch asciiClass[c] {
			case clPlain:
				i++
			case clSpace:
				i = s.space(i + 1)
			case clNewline:
				i = s.newline(i)
			case clTerm:
				i = s.terminal(i)
			case clQuote:
				i = s.quote(i, rune(c), 1)
			case clURL:
				s.tokURL = i
				i++
			case clClause:
				i = s.clause(i)
			}
			continue
		}
		r, w := utf8.DecodeRuneInString(t[i:])
		switch {
		case isNewline(r):
			i = s.newline(i)
		case isSpace(r):
			i = s.space(i + w)
		case isTerminal(r):
			i = s.terminal(i)
		case isQuoteRune(r):
			i = s.quote(i, r, w)
		default:
			i += w
		}
	}
	s.cut(len(t))
}

// space notes that a token may start at byte next and returns next. A web
// address followed by a capital ends a sentence, as in web text and tweets:
// "see http://example.com/a.htm Thanks again".
func (s *splitter) space(next int) int {
	if end := next - 1; s.tokURL >= s.tokStart && end > s.tokStart && s.prot < 0 && isWebAddress(s.text[s.tokStart:end]) {
		if nx := s.nextToken(next); nx.kind == nextUpper && !nx.opened {
			s.cut(end)
		}
	}
	s.tokStart = next
	s.tokenStart(next)
	return next
}

// tokenStart looks for a bullet or a list marker at byte p, after white
// space: a bullet always starts a sentence.
func (s *splitter) tokenStart(p int) {
	t := s.text
	if p >= len(t) || s.prot >= 0 {
		return
	}
	switch c := t[p]; {
	case c >= utf8.RuneSelf:
		r, w := runeAt(t, p)
		if !isBullet(r) {
			return
		}
		if s.first(p+1) != p {
			s.cut(p)
		}
		s.markerAt(skipSpaces(t, p+w, 8), true, false)
	case c == '(' || isDigitByte(c) || mayStartMarker(t, p):
		b, _ := runeBefore(t, skipSpacesBack(t, p))
		s.markerAt(p, s.first(p+1) == p, b == ':')
	}
}

// first returns the first non-space byte of the current sentence, or limit
// if there is none before limit. Calls come with growing limits, and the
// white space already read is not read again.
func (s *splitter) first(limit int) int {
	if s.segFirst < 0 {
		j := skipSpaces(s.text[:limit], max(s.segStart, s.spaceTo), -1)
		if j == limit {
			s.spaceTo = limit
			return limit
		}
		s.segFirst = j
	}
	return min(s.segFirst, limit)
}

// cut ends the current sentence at byte end, trims it and records it if
// anything is left.
func (s *splitter) cut(end int) {
	if end <= s.segStart {
		return
	}
	t := s.text
	a, b := s.first(end), end
	s.segStart, s.segFirst = end, -1
	for b > a {
		r, w := runeBefore(t, b)
		if !isSpace(r) {
			break
		}
		b -= w
	}
	if a >= b {
		return
	}
	start := s.cpCount + utf8.RuneCountInString(t[s.cpByte:a])
	s.cpCount = start + utf8.RuneCountInString(t[a:b])
	s.cpByte = b
	s.spans = append(s.spans, model.Span{Start: start, End: s.cpCount, Text: t[a:b]})
}

// clause handles the semicolon or colon at byte i and returns where to go
// on: in languages whose style says so, a semicolon ends a sentence before a
// capital ("...indicate; Per cui") and so does a colon ("...al venditore:
// Guardiamo il catalogo"). A smiley starting there may end a sentence too.
func (s *splitter) clause(i int) int {
	t := s.text
	next := i + 1
	if s.prot >= 0 || i < s.skipUntil || next >= len(t) {
		return next
	}
	if !isSpace(rune(t[next])) {
		return s.smiley(i)
	}
	if t[i] == ';' {
		if s.lex.semicolonEnds && !s.entityBefore(i) && s.first(i) < i {
			if nx := s.nextToken(next); nx.kind == nextUpper || nx.kind == nextDigit {
				s.cut(next)
			}
		}
		return next
	}
	if s.lex.colonEnds && s.first(i) < i {
		// "...del Papa: Un appello" and "...al venditore: Guardiamo il
		// catalogo", but not a list of names: "Sottosegretari: Mario Rossi"
		if nx := s.nextToken(next); nx.kind == nextUpper && !nx.opened && (s.lex.starts(nx.word) || !s.capitalAt(nx.after)) {
			s.cut(next)
		}
	}
	return next
}

// entityBefore reports whether the semicolon at byte i closes an HTML
// character reference such as &amp; or &#39;.
func (s *splitter) entityBefore(i int) bool {
	t := s.text
	for j := i - 1; j >= 0 && i-j <= 10; j-- {
		switch c := t[j]; {
		case c == '&':
			return j < i-1
		case !isAlnumByte(c) && c != '#':
			return false
		}
	}
	return false
}

// isWebAddress reports whether token is a URL that starts with its scheme or
// "www." and does not end with punctuation.
func isWebAddress(token string) bool {
	if !strings.HasPrefix(token, "http://") && !strings.HasPrefix(token, "https://") && !strings.HasPrefix(token, "www.") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(token)
	return isLetter(r) || isDigit(r) || r == '/'
}

// smiley handles a smiley that starts with the colon or semicolon at byte i
// and stands alone: before a capital it ends a sentence that has no stop,
// as in reviews and tweets ("Loved it :) Will come back"). It returns where
// to go on.
func (s *splitter) smiley(i int) int {
	t := s.text
	if b, _ := runeBefore(t, i); !isSpace(b) || s.first(i) >= i {
		return i + 1
	}
	e := emoticonAt(t, i)
	if e < 0 {
		return i + 1
	}
	if nx := s.nextToken(e); nx.kind == nextUpper && !nx.opened {
		s.cut(e)
	}
	return e
}

// emoticonAt returns the byte after a smiley such as ":)", ";-)", ":D" or
// ":((" at byte i that is followed by white space or the end of the text,
// or -1.
func emoticonAt(t string, i int) int {
	if i >= len(t) || i+1 >= len(t) {
		return -1
	}
	if c := t[i]; c != ':' && c != ';' && c != '=' {
		return -1
	}
	j := i + 1
	if c := t[j]; c == '-' || c == '\'' || c == '^' {
		j++
	}
	m := j
	for j < len(t) && j-m < 4 && strings.IndexByte(")(DPpO/|]", t[j]) >= 0 {
		j++
	}
	if j == m || j-m > 1 && t[j-1] != t[m] {
		return -1
	}
	if j < len(t) && !isSpace(rune(t[j])) {
		return -1
	}
	return j
}
