package importer

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/veritag/veritag/data/model"
)

// exportAnnotation is one annotation in a line of our jsonl export.
type exportAnnotation struct {
	Annotator  string `json:"annotator"`
	Label      string `json:"label"`
	Confidence int    `json:"confidence"`
	Note       string `json:"note"`
	UpdatedAt  string `json:"updated_at"`
}

// exportRecord is one sentence of our own jsonl or csv export with the
// annotations it carries; start is its code-point offset in the stored text.
type exportRecord struct {
	line        int
	index       int
	start       int
	text        string
	kind        model.Kind
	anns        []model.Annotation
	adjudicated string
}

// newExportRecord checks the position fields of an export record.
func newExportRecord(line int, index, start, end *int, text string) (*exportRecord, *Error) {
	switch {
	case index == nil || *index < 0:
		return nil, errorf(line, `missing or negative "sentence_index"`)
	case start == nil || *start < 0:
		return nil, errorf(line, `missing or negative "start"`)
	case end != nil && *end-*start != utf8.RuneCountInString(text):
		return nil, errorf(line, "end %d does not match start %d plus the length of the text (%d code points)", *end, *start, utf8.RuneCountInString(text))
	}
	return &exportRecord{line: line, index: *index, start: *start, text: text}, nil
}

// exportDoc collects the records of one exported document.
type exportDoc struct {
	slot        int // position of the document in the output
	title, lang string
	hash        string                // the original document's content hash, if exported
	sentences   map[int]*exportRecord // by sentence_index
}

// exportDocs groups export records by doc_id, in order of first appearance.
type exportDocs struct {
	byID map[string]*exportDoc
	ids  []string
}

func newExportDocs() *exportDocs {
	return &exportDocs{byID: map[string]*exportDoc{}}
}

// add files r under document id. The first time id is seen it reserves a
// place in docs, so documents keep the order of the input. Records of the
// same sentence (csv: one per annotator) must agree and are merged.
func (e *exportDocs) add(id, title, lang string, r *exportRecord, docs *[]model.ImportDoc) *Error {
	d := e.byID[id]
	if d == nil {
		d = &exportDoc{slot: len(*docs), sentences: map[int]*exportRecord{}}
		*docs = append(*docs, model.ImportDoc{})
		e.byID[id] = d
		e.ids = append(e.ids, id)
	}
	d.title = cmp.Or(d.title, title)
	d.lang = cmp.Or(d.lang, lang)
	old := d.sentences[r.index]
	if old == nil {
		d.sentences[r.index] = r
		return nil
	}
	if old.start != r.start || old.text != r.text {
		return errorf(r.line, "sentence %d of document %s differs from the one on line %d", r.index, quote(id), old.line)
	}
	old.anns = mergeAnnotations(old.anns, r.anns)
	old.adjudicated = cmp.Or(r.adjudicated, old.adjudicated)
	return nil
}

// rebuildAll rebuilds every grouped document into its reserved place.
func (s *source) rebuildAll(e *exportDocs, docs []model.ImportDoc) *Error {
	for _, id := range e.ids {
		d := e.byID[id]
		doc, err := s.rebuild(d)
		if err != nil {
			return err
		}
		docs[d.slot] = doc
	}
	return nil
}

// maxPadding bounds the spaces that rebuilding exported documents may add
// for one input (in code points), so a tiny file cannot make a huge text.
const maxPadding = 16 << 20

// rebuild places every sentence at its start offset, filling the gaps with
// spaces, so offsets and sentence texts stay those of the export.
func (s *source) rebuild(d *exportDoc) (model.ImportDoc, *Error) {
	recs := slices.SortedFunc(maps.Values(d.sentences), func(a, b *exportRecord) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.index, b.index))
	})
	texts := make([]string, len(recs))
	for i, r := range recs {
		texts[i] = r.text
	}
	b := &builder{lang: s.lang(d.lang, strings.Join(texts, " "))}
	doc := model.ImportDoc{Title: d.title, OriginalHash: d.hash}
	for _, r := range recs {
		if gap := r.start - b.n; gap > 0 {
			if s.padded += gap; s.padded > maxPadding {
				return doc, errorf(r.line, "start offset %d is beyond any plausible text", r.start)
			}
		}
		if !b.pad(r.start) {
			return doc, errorf(r.line, "sentence %d overlaps the sentence before it", r.index)
		}
		i, ok := b.sentence(r.text, r.kind)
		if !ok {
			return doc, errorf(r.line, "sentence %d has no text", r.index)
		}
		for _, a := range r.anns {
			a.SentenceIndex = i
			doc.Annotations = append(doc.Annotations, a)
		}
		if r.adjudicated != "" {
			if doc.Adjudicated == nil {
				doc.Adjudicated = map[int]string{}
			}
			doc.Adjudicated[i] = r.adjudicated
		}
	}
	err := b.finish(&doc, recs[0].line)
	return doc, err
}
