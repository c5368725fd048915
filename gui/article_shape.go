package gui

import (
	"unicode"

	"github.com/veritag/veritag/data/model"
	vwidget "github.com/veritag/veritag/gui/widget"
)

// shape is where a sentence sits in the article as its reader knows it.
type shape struct {
	paraStart bool // a newline separates it from the sentence before
	heading   bool // a heading: by its stored kind, or by its look in older files
	nav       bool // a navigation line ("Leggi anche:", a lone URL): shown dimmed
}

// shapes finds paragraph starts from the newlines that the document text
// holds between sentences. Headings and navigation lines come from the
// kinds the importer stored; a document whose spans are all plain
// sentences (imported before kinds existed) gets its headings by their
// look: a short line of its own without final punctuation.
func shapes(text string, sents []model.Sentence) []shape {
	runes := []rune(text)
	out := make([]shape, len(sents))
	prevEnd := 0
	for i, s := range sents {
		out[i].paraStart = i > 0 && hasNewline(runes, prevEnd, s.Start)
		prevEnd = s.End
	}
	if hasKinds(sents) {
		for i, s := range sents {
			out[i].heading = s.Kind == model.KindHeading
			out[i].nav = s.Kind == model.KindNav
		}
		return out
	}
	for i, s := range sents {
		alone := (i == 0 || out[i].paraStart) && (i == len(sents)-1 || out[i+1].paraStart)
		out[i].heading = alone && looksLikeHeading(s.Text)
	}
	return out
}

// hasKinds is true when any span is stored as something other than a plain
// sentence: the importer marked this document's headings itself.
func hasKinds(sents []model.Sentence) bool {
	for _, s := range sents {
		if k := s.Kind.OrDefault(); k != model.KindSentence {
			return true
		}
	}
	return false
}

func hasNewline(runes []rune, from, to int) bool {
	from, to = max(from, 0), min(to, len(runes))
	for i := from; i < to; i++ {
		if runes[i] == '\n' {
			return true
		}
	}
	return false
}

// looksLikeHeading is true for a short text ending in a letter or digit.
func looksLikeHeading(s string) bool {
	r := []rune(s)
	r = vwidget.TrimRightSpace(r)
	if len(r) == 0 || len(r) > 140 {
		return false
	}
	last := r[len(r)-1]
	return unicode.IsLetter(last) || unicode.IsDigit(last)
}
