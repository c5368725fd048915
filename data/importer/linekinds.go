package importer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/veritag/veritag/data/model"
)

// textLineKind gives sentences of plain text their kind: a sentence in a
// navigation line ("Leggi anche: …", "Read more:", "Condividi", a lone URL)
// is navigation; a whole line that reads as a heading (short, capitalised,
// not ending as a sentence does) is a heading.
func textLineKind(line string, _ int, whole bool) model.Kind {
	switch {
	case isNavLine(line):
		return model.KindNav
	case whole && looksLikeHeading(line):
		return model.KindHeading
	}
	return ""
}

// markdownLineKind gives sentences of stripped Markdown their kind: the
// lines that were Markdown headings are headings (bold lines are not),
// navigation lines are navigation.
func markdownLineKind(headings map[int]bool) func(string, int, bool) model.Kind {
	return func(line string, n int, whole bool) model.Kind {
		switch {
		case isNavLine(line):
			return model.KindNav
		case whole && headings[n]:
			return model.KindHeading
		}
		return ""
	}
}

// looksLikeHeading reports whether a line of plain text reads as a
// heading: at most 15 words and 120 letters, starting with a capital or a
// digit, ending in neither sentence punctuation nor a comma, and not a
// list item.
func looksLikeHeading(line string) bool {
	first, _ := utf8.DecodeRuneInString(line)
	last, _ := utf8.DecodeLastRuneInString(line)
	return line != "" && len(line) <= 4*120 && utf8.RuneCountInString(line) <= 120 && len(strings.Fields(line)) <= 15 &&
		(unicode.IsUpper(first) || unicode.IsDigit(first)) &&
		!strings.ContainsRune(".!?…:;,»\"”)", last)
}
