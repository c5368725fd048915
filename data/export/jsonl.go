package export

import (
	"strconv"
	"time"

	"github.com/veritag/veritag/data/agree"
	"github.com/veritag/veritag/data/model"
)

// jsonlEncoder writes one JSON object per annotated sentence:
// {"id":"<doc>:<idx>","doc_id","doc_title","sentence_index","text","start",
// "end","lang","doc_hash","kind","label":[...],"label_source","annotations":[{"annotator",
// "label","confidence","note","updated_at"}]}, label and label_source as
// agree.FinalLabel gives them. A confidence of 0 (not given) and a zero
// updated_at are null; updated_at is RFC 3339 in UTC. An annotation
// accepted from a suggestion adds "from_suggestion":true.
type jsonlEncoder struct {
	out *fileSink
	buf []byte
}

func newJSONL(path string) (*jsonlEncoder, error) {
	out, err := createFile(path)
	if err != nil {
		return nil, err
	}
	return &jsonlEncoder{out: out}, nil
}

func (e *jsonlEncoder) document(d model.DocumentRecord) error {
	for i := range d.Sentences {
		s := &d.Sentences[i]
		labels, source := agree.FinalLabel(*s)
		if source == "" {
			continue
		}
		if err := e.sentence(&d.Document, s, labels, source); err != nil {
			return err
		}
	}
	return nil
}

// sentence writes the line of one annotated sentence.
func (e *jsonlEncoder) sentence(d *model.Document, s *model.AnnotatedSentence, labels []string, source string) error {
	b := append(e.buf[:0], `{"id":"`...)
	b = strconv.AppendInt(b, d.ID, 10)
	b = append(b, ':')
	b = strconv.AppendInt(b, int64(s.Index), 10)
	b = append(b, `","doc_id":`...)
	b = strconv.AppendInt(b, d.ID, 10)
	b = append(b, `,"doc_title":`...)
	b = appendString(b, d.Title)
	b = append(b, `,"sentence_index":`...)
	b = strconv.AppendInt(b, int64(s.Index), 10)
	b = append(b, `,"text":`...)
	b = appendString(b, s.Text)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(s.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(s.End), 10)
	b = append(b, `,"lang":`...)
	b = appendString(b, d.Lang)
	b = append(b, `,"doc_hash":`...)
	b = appendString(b, d.Hash)
	b = append(b, `,"kind":`...)
	b = appendString(b, string(s.Kind.OrDefault()))
	b = append(b, `,"label":[`...)
	for i, l := range labels {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, l)
	}
	b = append(b, `],"label_source":`...)
	b = appendString(b, source)
	b = append(b, `,"annotations":[`...)
	for i, a := range s.Annotations {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"annotator":`...)
		b = appendString(b, a.Annotator)
		b = append(b, `,"label":`...)
		b = appendString(b, a.Label)
		b = append(b, `,"confidence":`...)
		b = appendConfidence(b, a.Confidence)
		b = append(b, `,"note":`...)
		b = appendString(b, a.Note)
		b = append(b, `,"updated_at":`...)
		b = appendTime(b, a.UpdatedAt)
		if a.FromSuggestion {
			b = append(b, `,"from_suggestion":true`...)
		}
		b = append(b, '}')
	}
	b = append(b, "]}\n"...)
	e.buf = b
	_, err := e.out.Write(b)
	return err
}

func (e *jsonlEncoder) finish() error { return e.out.commit() }

func (e *jsonlEncoder) discard() { e.out.discard() }

// appendConfidence appends c, or null for 0 (not given).
func appendConfidence(b []byte, c int) []byte {
	if c == 0 {
		return append(b, "null"...)
	}
	return strconv.AppendInt(b, int64(c), 10)
}

// appendTime appends t as an RFC 3339 UTC string, or null for the zero time.
func appendTime(b []byte, t time.Time) []byte {
	if t.IsZero() {
		return append(b, "null"...)
	}
	b = append(b, '"')
	b = t.UTC().AppendFormat(b, time.RFC3339)
	return append(b, '"')
}
