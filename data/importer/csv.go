package importer

import (
	"cmp"
	"encoding/csv"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/veritag/veritag/data/export"
	"github.com/veritag/veritag/data/model"
)

// delimiter guesses the field separator from a CSV header line: the most
// frequent of comma, semicolon and tab outside quotes (comma on a tie).
func delimiter(header string) rune {
	counts := map[rune]int{}
	quoted := false
	for _, r := range header {
		if r == '"' {
			quoted = !quoted
		} else if !quoted {
			counts[r]++
		}
	}
	best := ','
	for _, r := range []rune{';', '\t'} {
		if counts[r] > counts[best] {
			best = r
		}
	}
	return best
}

// csvTable is a CSV file being read: its reader and column positions.
type csvTable struct {
	r    *csv.Reader
	cols map[string]int // lower-case header name -> column
	rec  []string
	line int
}

// next reads the next row; false at the end.
func (t *csvTable) next() (bool, *Error) {
	rec, err := t.r.Read()
	if err == io.EOF {
		return false, nil
	}
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return false, errorf(pe.Line, "malformed CSV: %v", pe.Err)
	}
	if err != nil {
		return false, errorf(0, "malformed CSV: %v", err)
	}
	t.rec = rec
	t.line, _ = t.r.FieldPos(0)
	return true, nil
}

// get is the value of column name in the current row ("" if absent).
func (t *csvTable) get(name string) string {
	if i, ok := t.cols[name]; ok {
		return t.rec[i]
	}
	return ""
}

// has reports whether the header has every column named.
func (t *csvTable) has(names ...string) bool {
	for _, n := range names {
		if _, ok := t.cols[n]; !ok {
			return false
		}
	}
	return true
}

// readCSV reads a CSV file with a header and a "text" column. Our own csv
// export (doc_id, sentence_index, start, ...) is rebuilt like our jsonl.
// Otherwise each row is a document: segmented, or, when the file has a
// "label" column, one sentence labelled by the "annotator" column or "csv".
func (s *source) readCSV(text string) ([]model.ImportDoc, *Error) {
	header, _, _ := strings.Cut(text, "\n")
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = delimiter(header)
	t := &csvTable{r: r, cols: map[string]int{}}
	if ok, err := t.next(); !ok {
		return nil, cmp.Or(err, errorf(1, "no header"))
	}
	for i, h := range t.rec {
		name := strings.ToLower(strings.TrimSpace(h))
		if _, dup := t.cols[name]; !dup {
			t.cols[name] = i
		}
	}
	if !t.has("text") {
		return nil, errorf(1, `the header has no "text" column (found: %s)`, quote(strings.Join(t.rec, string(r.Comma))))
	}
	var docs []model.ImportDoc
	ours := newExportDocs()
	isExport := t.has("doc_id", "sentence_index", "start")
	for {
		ok, err := t.next()
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		if isExport {
			err = ours.addCSV(t, &docs)
		} else {
			var d model.ImportDoc
			d, err = s.csvDoc(t)
			docs = append(docs, d)
		}
		if err != nil {
			return nil, err
		}
	}
	if err := s.rebuildAll(ours, docs); err != nil {
		return nil, err
	}
	return docs, nil
}

// csvDoc reads a row that is a whole document: segmented, or, when the file
// has a "label" column, one sentence labelled when the row has a label.
func (s *source) csvDoc(t *csvTable) (model.ImportDoc, *Error) {
	d := model.ImportDoc{Title: t.get("title")}
	text := t.get("text")
	b := &builder{lang: s.lang(t.get("lang"), text)}
	if !t.has("label") {
		b.gap(text)
		err := b.finish(&d, t.line)
		return d, err
	}
	i, ok := b.sentence(text, "")
	if !ok {
		return d, errorf(t.line, "no text")
	}
	if strings.TrimSpace(t.get("label")) != "" {
		conf, err := parseConfidence(t.line, t.get("confidence"))
		if err != nil {
			return d, err
		}
		a, err := newAnnotation(t.line, cmp.Or(t.get("annotator"), "csv"), t.get("label"), conf, t.get("note"), "")
		if err != nil {
			return d, err
		}
		a.SentenceIndex = i
		d.Annotations = []model.Annotation{a}
	}
	err := b.finish(&d, t.line)
	return d, err
}

// addCSV files a row of our own csv export (one row per annotation; a row
// with an empty label is a sentence without annotation). The export's
// neutralisation of formula-looking cells is undone: one single quote
// before =, +, -, @, tab, CR or a single quote is removed (a --raw export
// whose cell starts so loses that quote, except in text, which is checked
// against start and end).
func (e *exportDocs) addCSV(t *csvTable, docs *[]model.ImportDoc) *Error {
	var nums [3]*int
	for i, col := range []string{"sentence_index", "start", "end"} {
		v := strings.TrimSpace(t.get(col))
		if v == "" {
			continue
		}
		n, err := strconv.Atoi(v)
		if err != nil {
			return errorf(t.line, "%s %s is not a whole number", col, quote(v))
		}
		nums[i] = &n
	}
	text := export.Unneutralise(t.get("text"))
	if nums[1] != nil && nums[2] != nil && utf8.RuneCountInString(text) != *nums[2]-*nums[1] {
		text = t.get("text") // a raw export's text starting with a quote
	}
	r, err := newExportRecord(t.line, nums[0], nums[1], nums[2], text)
	if err != nil {
		return err
	}
	if strings.TrimSpace(t.get("label")) != "" {
		conf, err := parseConfidence(t.line, t.get("confidence"))
		if err != nil {
			return err
		}
		a, err := newAnnotation(t.line, export.Unneutralise(t.get("annotator")), export.Unneutralise(t.get("label")),
			conf, export.Unneutralise(t.get("note")), t.get("updated_at"))
		if err != nil {
			return err
		}
		r.anns = []model.Annotation{a}
	}
	id := strings.TrimSpace(t.get("doc_id"))
	if id == "" {
		return errorf(t.line, "empty doc_id")
	}
	title := export.Unneutralise(cmp.Or(t.get("doc_title"), t.get("title")))
	return e.add(id, title, t.get("lang"), r, docs)
}
