package importer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/data/segment"
)

// builder assembles one document's text piece by piece together with its
// sentence spans, counting code points as it goes, so that offsets always
// index the text as stored. Every piece is cleaned before it is counted.
type builder struct {
	lang  string
	text  strings.Builder
	n     int // code points written so far
	spans []model.Span
	err   *Error
	parts int // non-empty pieces written
	// lineKind, when set, gives the kind of a sentence that lies within one
	// line of the text gap splits: line is that line (trimmed), n its
	// 0-based number, whole whether the sentence is all of it.
	lineKind func(line string, n int, whole bool) model.Kind
}

// clean makes a piece of text storable: CR and CRLF become LF, other control
// characters (but tab) become spaces, and the result is NFC. It keeps the
// number of lines.
func clean(s string) string {
	if hasControl(s) {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.Map(func(r rune) rune {
			switch {
			case r == '\r':
				return '\n'
			case r == '\n' || r == '\t':
				return r
			case unicode.IsControl(r):
				return ' '
			}
			return r
		}, s)
	}
	return norm.NFC.String(s)
}

// hasControl reports whether s holds a control character other than tab
// and LF: C0, DEL or C1 (encoded as 0xC2 0x80..0x9F).
func hasControl(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\t' && c != '\n' || c == 0x7F || c == 0xC2 && i+1 < len(s) && s[i+1] < 0xA0 {
			return true
		}
	}
	return false
}

// write appends the cleaned s as text outside any sentence and returns it
// with the code-point offset where it starts.
func (b *builder) write(s string) (string, int) {
	s = clean(s)
	start := b.n
	if s != "" {
		b.parts++
	}
	b.text.WriteString(s)
	b.n += utf8.RuneCountInString(s)
	return s, start
}

// pad appends spaces up to code-point offset to; false if already past it.
func (b *builder) pad(to int) bool {
	if to < b.n {
		return false
	}
	b.write(strings.Repeat(" ", to-b.n))
	return true
}

// gap appends s and splits it into sentences with the segmenter. The spans
// it returns are checked and their text taken from s itself.
func (b *builder) gap(s string) {
	s, off := b.write(s)
	if strings.TrimSpace(s) == "" {
		return
	}
	pos, at := 0, 0 // code point and byte position in s
	advance := func(to int) bool {
		for ; pos < to; pos++ {
			if at >= len(s) {
				return false
			}
			_, size := utf8.DecodeRuneInString(s[at:])
			at += size
		}
		return true
	}
	lines := sentenceLines{s: s}
	for _, sp := range segment.Split(s, b.lang) {
		if sp.End <= sp.Start {
			continue
		}
		if sp.Start < pos || !advance(sp.Start) {
			b.fail("segmenter returned an invalid span %d..%d", sp.Start, sp.End)
			return
		}
		from := at
		if !advance(sp.End) {
			b.fail("segmenter returned an invalid span %d..%d", sp.Start, sp.End)
			return
		}
		span := model.Span{Start: off + sp.Start, End: off + sp.End, Text: s[from:at]}
		if b.lineKind != nil {
			if line, n, whole, ok := lines.around(from, at); ok {
				span.Kind = b.lineKind(line, n, whole)
			}
		}
		b.spans = append(b.spans, span)
	}
}

// sentenceLines finds the lines of s that sentences lie in, in order, in
// time linear in s however long its lines are.
type sentenceLines struct {
	s          string
	seen       int // byte offset up to which line breaks are counted
	n          int // line breaks before seen
	start, end int // bytes of the line holding seen (end 0: not found yet)
}

// around returns the line (trimmed) holding s[from:to] and its 0-based
// number, and whether the sentence is the whole line; ok is false when
// the sentence spans lines. Calls come with from in increasing order.
func (c *sentenceLines) around(from, to int) (line string, n int, whole, ok bool) {
	passed := c.s[c.seen:from]
	if k := strings.Count(passed, "\n"); k > 0 {
		c.n += k
		c.start, c.end = c.seen+strings.LastIndexByte(passed, '\n')+1, 0
	}
	c.seen = from
	if c.end < to {
		if c.end = strings.IndexByte(c.s[to:], '\n'); c.end < 0 {
			c.end = len(c.s)
		} else {
			c.end += to
		}
	}
	if strings.Contains(c.s[from:to], "\n") {
		return "", 0, false, false
	}
	line = strings.TrimSpace(c.s[c.start:c.end])
	return line, c.n, strings.TrimSpace(c.s[from:to]) == line, true
}

// sentence appends s as one given sentence of kind ("" for a sentence) and
// returns its index. Leading and trailing whitespace stays in the text but
// outside the span; ok is false, and no sentence is added, when s is blank.
func (b *builder) sentence(s string, kind model.Kind) (index int, ok bool) {
	s, off := b.write(s)
	lead := s[:len(s)-len(strings.TrimLeftFunc(s, unicode.IsSpace))]
	core := strings.TrimRightFunc(s[len(lead):], unicode.IsSpace)
	if core == "" {
		return 0, false
	}
	start := off + utf8.RuneCountInString(lead)
	if kind == model.KindSentence {
		kind = "" // spans leave the default kind unsaid
	}
	b.spans = append(b.spans, model.Span{Start: start, End: start + utf8.RuneCountInString(core), Text: core, Kind: kind})
	return len(b.spans) - 1, true
}

// fail records the first error; finish reports it.
func (b *builder) fail(format string, args ...any) {
	if b.err == nil {
		b.err = errorf(0, format, args...)
	}
}

// finish stores the text and sentences in d; line is the input line the
// document comes from (0 for a whole file), for errors.
func (b *builder) finish(d *model.ImportDoc, line int) *Error {
	if b.err != nil {
		b.err.Line = line
		return b.err
	}
	d.Text, d.Sentences, d.Lang = b.text.String(), b.spans, b.lang
	if strings.TrimSpace(d.Text) == "" {
		return errorf(line, "no text")
	}
	if len(d.Sentences) == 0 {
		return errorf(line, "no sentences found in the text")
	}
	if b.parts > 1 && !norm.NFC.IsNormalString(d.Text) { // pieces are NFC, but not always their joins
		return errorf(line, "a sentence starts with a combining mark, so the text cannot be stored in Unicode NFC")
	}
	return nil
}
