package importer

import (
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/veritag/veritag/data/model"
)

// titler finishes each document's title and source and hands it on. It
// holds one document back, since --title names the only document of an
// input and that is known only at its end.
type titler struct {
	s      *source
	single bool // a single-document format (.txt .md .html)
	put    func(model.ImportDoc) error
	held   *model.ImportDoc
	passed int // documents handed on so far
}

// hold passes on the document held so far and holds d.
func (t *titler) hold(d model.ImportDoc) error {
	if t.held != nil {
		if err := t.pass(false); err != nil {
			return err
		}
	}
	t.held = &d
	return nil
}

// flush passes on the last document; an input without any is an error.
func (t *titler) flush() error {
	if t.held == nil {
		return errorf(0, "no documents found")
	}
	return t.pass(true)
}

// pass finishes the held document's title and hands it on; last says it
// is the input's last document.
func (t *titler) pass(last bool) error {
	d := t.held
	t.held = nil
	t.s.finishTitle(d, t.single, last && t.passed == 0)
	t.passed++
	return t.put(*d)
}

// finishTitle gives a document a title and a source. A single-document
// format takes --title, else the title it found, else the first line when
// it looks like a heading, else the file name. The other formats keep each
// document's own title, else take --title when it is the only document,
// else the start of the first line.
func (s *source) finishTitle(d *model.ImportDoc, singleFormat, only bool) {
	userTitle := oneLine(s.opt.Title)
	d.Source = filepath.Base(display(s.name))
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
	case d.Title == "" && userTitle != "" && only:
		d.Title = userTitle
	case d.Title == "":
		d.Title = oneLine(cut(firstLine(d.Text), 80))
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
