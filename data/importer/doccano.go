package importer

import (
	"cmp"
	"encoding/json"
	"slices"
	"strconv"

	"github.com/veritag/veritag/data/model"
)

// labelSpan is one doccano span label: code points start..end of the text.
type labelSpan struct {
	start, end int
	label      string
}

// parseLabels reads a doccano "label": a string, an array of strings
// (text classification) or an array of [start, end, "LABEL"] (spans).
func parseLabels(raw json.RawMessage, line int) (labels []string, spans []labelSpan, err *Error) {
	var one string
	if json.Unmarshal(raw, &one) == nil {
		return []string{one}, nil, nil
	}
	if json.Unmarshal(raw, &labels) == nil {
		return labels, nil, nil
	}
	var items [][]json.RawMessage
	if json.Unmarshal(raw, &items) != nil {
		return nil, nil, errorf(line, `"label" must be a string, an array of strings or an array of [start, end, "LABEL"]`)
	}
	for _, it := range items {
		var sp labelSpan
		if len(it) != 3 || json.Unmarshal(it[0], &sp.start) != nil || json.Unmarshal(it[1], &sp.end) != nil || json.Unmarshal(it[2], &sp.label) != nil {
			return nil, nil, errorf(line, `each span label must be [start, end, "LABEL"] with whole-number offsets`)
		}
		spans = append(spans, sp)
	}
	return nil, spans, nil
}

// doccano reads a doccano JSONL record: text classification (the whole text
// is one sentence with the label) or span labels (each span a labelled
// sentence, the text between them segmented). The annotator is the record's
// "annotator" or "user", else "doccano". Several labels on the same span (a
// tie in our doccano-spans export) go to annotators "doccano", "doccano-2"…
func (s *source) doccano(rec *jsonlLine, line int) (model.ImportDoc, *Error) {
	var d model.ImportDoc
	if rec.Text == nil {
		return d, errorf(line, `no "text" field`)
	}
	labels, spans, err := parseLabels(rec.Label, line)
	if err != nil {
		return d, err
	}
	if len(labels) > 1 {
		return d, errorf(line, "%d labels for one text; one expected", len(labels))
	}
	annotator := cmp.Or(rec.Annotator, rawString(rec.User), "doccano")
	raw := *rec.Text
	b := &builder{lang: s.lang(rec.Lang, raw)}
	label := func(i int, ok bool, who, l string) *Error {
		if !ok {
			return errorf(line, "label %s is on blank text", quote(l))
		}
		a, err := newAnnotation(line, who, l, 0, "", "")
		if err != nil {
			return err
		}
		a.SentenceIndex = i
		d.Annotations = append(d.Annotations, a)
		return nil
	}
	if len(labels) == 1 {
		i, ok := b.sentence(raw, "")
		if err := label(i, ok, annotator, labels[0]); err != nil {
			return d, err
		}
	} else {
		slices.SortStableFunc(spans, func(a, b labelSpan) int {
			return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end))
		})
		c := &runeCursor{s: raw}
		prev, i, ok := 0, 0, false
		var onSpan []string // labels already on the current span
		for k, sp := range spans {
			if k == 0 || sp.start != spans[k-1].start || sp.end != spans[k-1].end {
				if !c.toRune(sp.start) {
					return d, errorf(line, "span %d..%d overlaps another or is outside the text", sp.start, sp.end)
				}
				from := c.at
				if sp.end <= sp.start || !c.toRune(sp.end) {
					return d, errorf(line, "span %d..%d is empty or outside the text", sp.start, sp.end)
				}
				b.gap(raw[prev:from])
				i, ok = b.sentence(raw[from:c.at], "")
				prev, onSpan = c.at, onSpan[:0]
			}
			if l := normLabel(sp.label); !slices.Contains(onSpan, l) {
				onSpan = append(onSpan, l)
				who := annotator
				if len(onSpan) > 1 {
					who += "-" + strconv.Itoa(len(onSpan))
				}
				if err := label(i, ok, who, l); err != nil {
					return d, err
				}
			}
		}
		b.gap(raw[prev:])
	}
	err = b.finish(&d, line)
	return d, err
}
