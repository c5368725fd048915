package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordClass says how the word before a full stop bears on a boundary.
type wordClass uint8

const (
	wordOrdinary wordClass = iota // a plain word: the stop ends a sentence before a capital
	wordNumber                    // digits, possibly with separators: like an ordinary word
	wordInitial                   // one capital letter: a sentence ends only before a starter
	wordTitle                     // precedes a name (Mr., Dott., e.g.): never ends a sentence
	wordEnd                       // often last (etc., a.m.): ends one before any capital
	wordNumeric                   // an abbreviation only before a number (no., art., p.)
	wordAbbrev                    // ends a sentence only before a starter (Inc., U.S.)
)

// maxWord bounds, in bytes, the words looked up in the lexicon.
const maxWord = 40

// lexicon holds the abbreviations and sentence starters of one language.
type lexicon struct {
	abbr     map[string]wordClass
	starters map[string]bool
	style
}

// style holds the conventions of a language that are not word lists.
type style struct {
	pronounI bool // a lone lower-case "i" is the pronoun I, carelessly typed

	// Italian treebanks (and Italian legal and news style) end a sentence
	// at a semicolon or a colon followed by a capitalised word; English
	// ones do not.
	semicolonEnds, colonEnds bool
}

// wordList is a space-separated list of abbreviations of one class.
type wordList struct {
	class wordClass
	words string
}

func newLexicon(starters string, st style, lists ...wordList) *lexicon {
	l := &lexicon{abbr: map[string]wordClass{}, starters: map[string]bool{}, style: st}
	for _, list := range lists {
		for _, w := range strings.Fields(list.words) {
			l.abbr[w] = list.class
		}
	}
	for _, w := range strings.Fields(starters) {
		l.starters[w] = true
	}
	return l
}

var lexicons = map[string]*lexicon{
	"en": newLexicon(startersEN, style{pronounI: true},
		wordList{wordTitle, titlesCommon}, wordList{wordTitle, titlesEN},
		wordList{wordEnd, endCommon},
		wordList{wordNumeric, numericCommon},
		wordList{wordAbbrev, abbrevCommon}, wordList{wordAbbrev, abbrevEN}),
	"it": newLexicon(startersIT, style{semicolonEnds: true, colonEnds: true},
		wordList{wordTitle, titlesCommon}, wordList{wordTitle, titlesIT},
		wordList{wordEnd, endCommon},
		wordList{wordNumeric, numericCommon}, wordList{wordNumeric, numericIT},
		wordList{wordAbbrev, abbrevCommon}, wordList{wordAbbrev, abbrevIT}),
}

// lexiconFor returns the lexicon for lang, detecting the language of text
// when lang is neither "it" nor "en".
func lexiconFor(lang, text string) *lexicon {
	if l, ok := lexicons[strings.ToLower(lang)]; ok {
		return l
	}
	return lexicons[DetectLang(text)]
}

// lower writes the lower-case form of w into buf; ok is false if it does not
// fit.
func lower(buf []byte, w string) (key []byte, ok bool) {
	key = buf[:0]
	for _, r := range w {
		r = unicode.ToLower(r)
		if len(key)+utf8.RuneLen(r) > len(buf) {
			return nil, false
		}
		key = utf8.AppendRune(key, r)
	}
	return key, true
}

// starts reports whether w (a capitalised word) often starts a sentence.
func (l *lexicon) starts(w string) bool {
	var buf [maxWord]byte
	key, ok := lower(buf[:], w)
	return ok && l.starters[string(key)]
}

// classify tells what kind of word w is, w being the letters, digits, dots,
// apostrophes and hyphens before a full stop.
func (l *lexicon) classify(w string) wordClass {
	// Keep the last part of hyphenated, comma-joined or elided words:
	// "pre-war", "Baker,C", "l'Ing", "dell’art".
	for i := len(w); i > 0; {
		r, size := utf8.DecodeLastRuneInString(w[:i])
		if r == '-' || r == ',' || r == '\'' || r == '’' {
			if i == len(w) {
				return wordOrdinary
			}
			w = w[i:]
			break
		}
		i -= size
	}
	w = strings.TrimLeft(w, ".")
	letters, digits, dots, runes := 0, 0, 0, 0
	var first rune
	for _, r := range w {
		if runes == 0 {
			first = r
		}
		runes++
		switch {
		case r == '.':
			dots++
		case isLetter(r):
			letters++
		case isDigit(r):
			digits++
		}
	}
	switch {
	case letters == 0 && digits > 0:
		return wordNumber
	case letters == 0 || digits > 0:
		return wordOrdinary
	}
	var buf [maxWord]byte
	if key, ok := lower(buf[:], w); ok {
		if c, ok := l.abbr[string(key)]; ok {
			return c
		}
	}
	switch {
	case dots > 0 && shortParts(w):
		return wordAbbrev // an initialism: U.S, Ph.D, S.p.A
	case runes == 1 && isUpper(first):
		return wordInitial
	case runes == 1:
		return wordAbbrev
	}
	return wordOrdinary
}

// shortParts reports whether every dot-separated part of w has at most three
// letters, as in initialisms (and not in domain names).
func shortParts(w string) bool {
	n := 0
	for _, r := range w {
		if r == '.' {
			n = 0
			continue
		}
		if n++; n > 3 {
			return false
		}
	}
	return true
}
