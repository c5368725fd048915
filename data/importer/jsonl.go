package importer

import (
	"cmp"
	"encoding/json"
	"strings"

	"github.com/veritag/veritag/data/model"
)

// jsonlLine is any JSONL record this package reads: a plain or pre-segmented
// document, a doccano record, or one sentence of our own jsonl export.
type jsonlLine struct {
	Text      *string            `json:"text"`
	Title     string             `json:"title"`
	Lang      string             `json:"lang"`
	ID        json.RawMessage    `json:"id"`
	Sentences []givenSentence    `json:"sentences"`
	Label     json.RawMessage    `json:"label"`
	Annotator string             `json:"annotator"`
	User      json.RawMessage    `json:"user"`
	DocID     json.RawMessage    `json:"doc_id"`
	DocTitle  string             `json:"doc_title"`
	DocHash   string             `json:"doc_hash"`
	Index     *int               `json:"sentence_index"`
	Start     *int               `json:"start"`
	End       *int               `json:"end"`
	Source    string             `json:"label_source"`
	Anns      []exportAnnotation `json:"annotations"`
	Kind      model.Kind         `json:"kind"`
}

// readJSONL reads one document per line, handing each to put as soon as
// it is read, except that lines of our own jsonl export (with doc_id and
// sentence_index) are grouped into documents by doc_id and handed over at
// the end. Blank lines are skipped.
func (s *source) readJSONL(text string, put func(model.ImportDoc) error) error {
	var grouped []model.ImportDoc
	ours := newExportDocs()
	n := 0
	for raw := range strings.Lines(text) {
		n++
		if strings.TrimSpace(raw) == "" {
			continue
		}
		if !isObject(raw) {
			return errorf(n, "not a JSON object")
		}
		var rec jsonlLine
		if err := json.Unmarshal([]byte(raw), &rec); err != nil {
			return errorf(n, "%s", jsonMessage(err))
		}
		if rec.Index != nil && rawString(rec.DocID) != "" {
			if err := ours.addJSONL(&rec, n, &grouped); err != nil {
				return err
			}
			continue
		}
		d, err := s.jsonlDoc(&rec, n)
		if err != nil {
			return err
		}
		if err := put(d); err != nil {
			return err
		}
	}
	if err := s.rebuildAll(ours, grouped); err != nil {
		return err
	}
	for _, d := range grouped {
		if err := put(d); err != nil {
			return err
		}
	}
	return nil
}

// jsonlDoc reads one line that is a whole document.
func (s *source) jsonlDoc(rec *jsonlLine, line int) (model.ImportDoc, *Error) {
	var d model.ImportDoc
	var err *Error
	switch {
	case len(rec.Sentences) > 0:
		d, err = s.given(rec, line)
	case rawString(rec.Label) != "":
		d, err = s.doccano(rec, line)
	case rec.Text == nil:
		return d, errorf(line, `no "text" field`)
	default:
		b := &builder{lang: s.lang(rec.Lang, *rec.Text)}
		b.gap(*rec.Text)
		err = b.finish(&d, line)
	}
	d.Title = cmp.Or(rec.Title, rec.DocTitle, rawString(rec.ID), rawString(rec.DocID))
	return d, err
}

// addJSONL files a line of our own jsonl export.
func (e *exportDocs) addJSONL(rec *jsonlLine, line int, docs *[]model.ImportDoc) *Error {
	if rec.Text == nil {
		return errorf(line, `no "text" field`)
	}
	r, err := newExportRecord(line, rec.Index, rec.Start, rec.End, *rec.Text)
	if err != nil {
		return err
	}
	if !rec.Kind.Valid() {
		return errorf(line, "unknown kind %s (known: sentence, heading, nav)", quote(string(rec.Kind)))
	}
	r.kind = rec.Kind
	for _, x := range rec.Anns {
		a, err := newAnnotation(line, x.Annotator, x.Label, x.Confidence, x.Note, x.UpdatedAt)
		if err != nil {
			return err
		}
		r.anns = mergeAnnotations(r.anns, []model.Annotation{a})
	}
	if rec.Source == "adjudicated" {
		labels, _, err := parseLabels(rec.Label, line)
		if err != nil {
			return err
		}
		if len(labels) == 0 {
			return errorf(line, `label_source is "adjudicated" but "label" is empty`)
		}
		r.adjudicated = normLabel(labels[0])
	}
	if err := e.add(rawString(rec.DocID), rec.DocTitle, rec.Lang, r, docs); err != nil {
		return err
	}
	e.byID[rawString(rec.DocID)].hash = cmp.Or(e.byID[rawString(rec.DocID)].hash, rec.DocHash)
	return nil
}
