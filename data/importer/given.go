package importer

import (
	"encoding/json"
	"strings"
	"unicode/utf8"

	"github.com/veritag/veritag/data/model"
)

// givenSentence is one entry of a JSONL "sentences" array: a string, or an
// object with "text" and/or code-point "start" and "end" into the document
// text.
type givenSentence struct {
	Text  string     `json:"text"`
	Start *int       `json:"start"`
	End   *int       `json:"end"`
	Kind  model.Kind `json:"kind"`
}

// UnmarshalJSON accepts a string or an object.
func (g *givenSentence) UnmarshalJSON(data []byte) error {
	if json.Unmarshal(data, &g.Text) == nil {
		return nil
	}
	type object givenSentence
	return json.Unmarshal(data, (*object)(g))
}

// given reads a pre-segmented JSONL document: its sentences are taken as
// they are. Without "text" the text is the sentences joined by spaces; with
// it each sentence is located in order, by its offsets when given, else by
// searching for its words, and any text between them is segmented.
func (s *source) given(rec *jsonlLine, line int) (model.ImportDoc, *Error) {
	var d model.ImportDoc
	for i, g := range rec.Sentences {
		if !g.Kind.Valid() {
			return d, errorf(line, "sentence %d: unknown kind %s (known: sentence, heading, nav)", i, quote(string(g.Kind)))
		}
	}
	if rec.Text == nil {
		texts := make([]string, len(rec.Sentences))
		for i, g := range rec.Sentences {
			texts[i] = g.Text
		}
		b := &builder{lang: s.lang(rec.Lang, strings.Join(texts, " "))}
		for _, g := range rec.Sentences {
			if strings.TrimSpace(g.Text) == "" {
				continue
			}
			if b.n > 0 {
				b.write(" ")
			}
			b.sentence(g.Text, g.Kind)
		}
		err := b.finish(&d, line)
		return d, err
	}
	raw := *rec.Text
	b := &builder{lang: s.lang(rec.Lang, raw)}
	c := &runeCursor{s: raw}
	var loose *looseText
	prev := 0 // byte offset in raw after the previous sentence
	for i, g := range rec.Sentences {
		var from, to int
		switch {
		case g.Start != nil:
			if !c.toRune(*g.Start) {
				return d, errorf(line, "sentence %d: start %d is before the previous sentence's end or past the text", i, *g.Start)
			}
			from = c.at
			end := *g.Start + utf8.RuneCountInString(g.Text)
			if g.End != nil {
				end = *g.End
			}
			if !c.toRune(end) {
				return d, errorf(line, "sentence %d: end %d is before its start or past the text", i, end)
			}
			to = c.at
			if g.Text != "" && raw[from:to] != g.Text {
				return d, errorf(line, "sentence %d: the text at %d..%d is not %s", i, *g.Start, end, quote(g.Text))
			}
		case strings.TrimSpace(g.Text) == "":
			continue
		default:
			if loose == nil {
				loose = newLooseText(raw)
			}
			var ok bool
			if from, to, ok = loose.find(g.Text, prev); !ok {
				return d, errorf(line, `sentence %d %s not found in "text" after the sentence before it`, i, quote(g.Text))
			}
			c.toByte(to)
		}
		b.gap(raw[prev:from])
		b.sentence(raw[from:to], g.Kind)
		prev = to
	}
	b.gap(raw[prev:])
	err := b.finish(&d, line)
	return d, err
}
