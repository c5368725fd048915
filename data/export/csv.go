package export

import (
	"encoding/csv"
	"strconv"

	"github.com/veritag/veritag/data/model"
)

// csvHeader is the header row of the csv format.
var csvHeader = []string{"doc_id", "sentence_index", "start", "end", "text", "label", "annotator", "confidence", "note"}

// csvEncoder writes one RFC 4180 row per annotation (sentence ×
// annotator); a confidence of 0 (not given) is an empty field. Lines end
// in LF, so that fields keep their own line breaks byte for byte (Go's
// CRLF mode would rewrite them).
type csvEncoder struct {
	out *fileSink
	w   *csv.Writer
	row []string
}

func newCSV(path string) (*csvEncoder, error) {
	out, err := createFile(path)
	if err != nil {
		return nil, err
	}
	w := csv.NewWriter(out)
	return &csvEncoder{out: out, w: w, row: make([]string, len(csvHeader))}, w.Write(csvHeader)
}

func (e *csvEncoder) document(d model.DocumentRecord) error {
	docID := strconv.FormatInt(d.ID, 10)
	for _, s := range d.Sentences {
		for _, a := range s.Annotations {
			conf := ""
			if a.Confidence != 0 {
				conf = strconv.Itoa(a.Confidence)
			}
			e.row[0], e.row[1], e.row[2], e.row[3] = docID, strconv.Itoa(s.Index), strconv.Itoa(s.Start), strconv.Itoa(s.End)
			e.row[4], e.row[5], e.row[6], e.row[7], e.row[8] = s.Text, a.Label, a.Annotator, conf, a.Note
			if err := e.w.Write(e.row); err != nil {
				return err
			}
		}
	}
	return nil
}

func (e *csvEncoder) finish() error {
	e.w.Flush()
	if err := e.w.Error(); err != nil {
		return err
	}
	return e.out.commit()
}

func (e *csvEncoder) discard() { e.out.discard() }
