package segment

import (
	"strings"
	"unicode/utf8"
)

// What follows a candidate sentence end.
const (
	nextEnd   = iota // end of text
	nextLower        // a lower-case letter: the sentence goes on
	nextUpper        // a capital
	nextDigit
	nextOther // any other symbol
)

// nextToken describes the token after a cluster.
type nextToken struct {
	kind   int
	marker bool   // a list item label or bullet
	opened bool   // behind an opening quotation mark or bracket
	roman  bool   // an upper-case roman numeral
	word   string // its leading letters, when kind is nextUpper
	after  int    // byte after word
}

// decide returns where the sentence ends if cluster c ends one, else -1.
func (s *splitter) decide(c *cluster) int {
	nx := s.nextToken(c.end)
	switch {
	case nx.kind == nextEnd:
		return c.end
	case c.strong || c.wide:
		// "Yahoo! in", "alone! he yelled", but "great!! battery"
		if nx.kind == nextLower && !nx.marker && c.marks < 2 {
			return -1
		}
		return c.end
	case c.ellipses > 0 || c.dots > 1:
		return s.ellipsis(c, &nx)
	}
	cls := s.prevWord(c.start)
	if c.closed {
		cls = wordOrdinary // the stop after "(ca.)" ends a sentence
	}
	if nx.marker && (cls == wordOrdinary || cls == wordNumber) {
		return c.end // "Smith. a. here it is"
	}
	if nx.kind == nextLower {
		// "... l'impossibile. lo storico": a plain word and a stop end a
		// sentence even before a small letter; an abbreviation does not.
		// So does a stop after a closing mark: "...i nemici". una volta".
		if cls == wordOrdinary && c.dots == 1 && c.end == c.runEnd {
			if b, _ := runeBefore(s.text, c.start); isCloser(b) || s.plainWord(c.start) {
				return c.end
			}
		}
		return -1
	}
	switch cls {
	case wordTitle:
		return -1
	case wordEnd:
		if nx.kind == nextUpper {
			return c.end
		}
		return -1
	case wordNumeric: // "art. 5", "sez. III" but "in the art. The"
		if nx.kind == nextUpper && !nx.roman {
			return c.end
		}
		return -1
	case wordAbbrev:
		if nx.kind == nextUpper && s.lex.starts(nx.word) {
			return c.end
		}
		return -1
	case wordInitial: // "you and I. Did" but "Albert I. Jones", "P. La Russa"
		if nx.kind == nextUpper && s.lex.starts(nx.word) && !s.capitalAt(nx.after) {
			return c.end
		}
		return -1
	}
	return c.end
}

// ellipsis decides for a cluster of several dots or "…". An ellipsis glued
// to a word ends a sentence before a capital; one standing alone marks an
// omission inside a sentence, unless it has four dots (stop plus ellipsis).
// "word. . . . Next" ends the sentence at the first dot.
func (s *splitter) ellipsis(c *cluster, nx *nextToken) int {
	if nx.kind != nextUpper && nx.kind != nextDigit && !(nx.opened && nx.kind != nextLower) {
		return -1
	}
	b, _ := runeBefore(s.text, c.start)
	alone := isSpace(b) || isOpener(b)
	switch {
	case c.dots >= 4 && c.spaced && !alone:
		_, w := runeAt(s.text, c.start) // the stop may be a "…"
		return c.start + w
	case c.dots >= 4:
		return c.end
	case alone:
		return -1
	}
	return c.end
}

// nextToken looks at what follows byte k, past white space, opening marks
// and dashes.
func (s *splitter) nextToken(k int) nextToken {
	t := s.text
	j := skipSpaces(t, k, -1)
	if j >= len(t) {
		return nextToken{kind: nextEnd}
	}
	var nx nextToken
	if r, _ := runeAt(t, j); isBullet(r) {
		nx.marker = true
	} else {
		_, nx.marker = parseMarker(t, j)
	}
	for n := 0; n < 8 && j < len(t); n++ {
		r, w := runeAt(t, j)
		if isOpener(r) {
			nx.opened = true
		} else if !isDash(r) && r != ' ' {
			break
		}
		j += w
	}
	r, _ := runeAt(t, j)
	switch {
	case j >= len(t):
		nx.kind = nextOther
	case isLower(r):
		nx.kind = nextLower
		if a, _ := runeAt(t, j+1); r == 'i' && s.lex.pronounI && (a == ' ' || a == '\'' || a == '’') {
			nx.kind, nx.word, nx.after = nextUpper, "i", j+1 // web text: "lol. i think"
		}
	case isUpper(r):
		nx.kind = nextUpper
		e := j
		for e < len(t) && e-j < maxWord {
			r, w := runeAt(t, e)
			if !isLetter(r) {
				break
			}
			e += w
		}
		nx.word, nx.after = t[j:e], e
		nx.roman = strings.Trim(nx.word, "IVXLCDM") == "" && e-j <= 6
		if _, w := runeAt(t, j); e == j+w && e < len(t) && t[e] == '.' {
			nx.word = "" // an initial ("A. Smith"), not the word "A"
		}
	case isDigit(r):
		nx.kind = nextDigit
	default:
		nx.kind = nextOther
	}
	return nx
}

// capitalAt reports whether the word after byte j (past a few spaces) is
// capitalised.
func (s *splitter) capitalAt(j int) bool {
	t := s.text
	k := skipSpaces(t, j, 4)
	r, _ := runeAt(t, k)
	if r == 'I' && s.lex.pronounI && k+1 < len(t) && (t[k+1] == ' ' || t[k+1] == '\'') {
		return false // "because of X. So I may": the pronoun, not a name
	}
	return isUpper(r)
}

// prevWord classifies the word that ends at byte end.
func (s *splitter) prevWord(end int) wordClass {
	if s.tokURL >= s.tokStart {
		return wordOrdinary // a URL or an e-mail address
	}
	t := s.text
	start := end
	for start > s.segStart {
		r, w := runeBefore(t, start)
		if !isLetter(r) && !isDigit(r) && r != '.' && r != '\'' && r != '’' && r != '-' && r != ',' && r != '°' && r != 'º' {
			break
		}
		if start -= w; end-start > maxWord {
			return wordOrdinary
		}
	}
	return s.lex.classify(t[start:end])
}

// plainWord reports whether the word that ends at byte end looks like a
// word rather than an unlisted abbreviation: at least two letters, one of
// them a vowel or an accented letter ("ko", "storico", but not "pkg",
// "tbsp", "x").
func (s *splitter) plainWord(end int) bool {
	n, vowel := 0, false
	for j := end; j > s.segStart && n < 8; {
		r, w := runeBefore(s.text, j)
		if !isLetter(r) {
			break
		}
		n++
		if r >= utf8.RuneSelf || strings.IndexByte("aeiouyAEIOUY", byte(r)) >= 0 {
			vowel = true
		}
		j -= w
	}
	return n >= 2 && vowel
}
