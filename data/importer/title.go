package importer

import (
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/veritag/veritag/data/model"
)

// finishTitles gives every document a title and a source. A single-document
// format takes --title, else the title it found, else the first line when it
// looks like a heading, else the file name. The other formats keep each
// document's own title, else take --title when there is one document, else
// the start of the first line.
func (s *source) finishTitles(docs []model.ImportDoc, singleFormat bool) {
	source := filepath.Base(display(s.name))
	userTitle := oneLine(s.opt.Title)
	for i := range docs {
		d := &docs[i]
		d.Source = source
		d.Title = oneLine(d.Title)
		switch {
		case singleFormat && userTitle != "":
			d.Title = userTitle
		case singleFormat && d.Title == "":
			if h, ok := heading(d.Text); ok {
				d.Title = h
			} else {
				d.Title = s.base()
			}
		case d.Title == "" && userTitle != "" && len(docs) == 1:
			d.Title = userTitle
		case d.Title == "":
			d.Title = oneLine(cut(firstLine(d.Text), 80))
		}
	}
}

// oneLine collapses every run of whitespace in s to one space and trims it.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// heading returns the first line of text when it looks like a heading:
// short, with a letter, not ending in sentence punctuation.
func heading(text string) (string, bool) {
	l := firstLine(text)
	last, _ := utf8.DecodeLastRuneInString(l)
	ok := l != "" && utf8.RuneCountInString(l) <= 120 && strings.IndexFunc(l, unicode.IsLetter) >= 0 &&
		!strings.ContainsRune(".!?…:;,", last)
	return l, ok
}

// firstLine is the first non-blank line of text, trimmed.
func firstLine(text string) string {
	for l := range strings.Lines(text) {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	return ""
}

// cut shortens s to at most n code points, marking the cut with "…".
func cut(s string, n int) string {
	i := 0
	for at := range s {
		if i == n {
			return strings.TrimSpace(s[:at]) + "…"
		}
		i++
	}
	return s
}
