package export

import (
	"strconv"
	"strings"

	"github.com/veritag/veritag/data/model"
)

// csvHeader is the header row of the csv format.
var csvHeader = []string{"doc_id", "sentence_index", "start", "end", "text", "label", "annotator", "confidence", "note"}

// utf8BOM is the byte-order mark that tells Excel a file is UTF-8.
const utf8BOM = "\ufeff"

// csvEncoder writes one RFC 4180 row per annotation (sentence ×
// annotator): UTF-8, rows ending in CRLF, a field quoted when it holds a
// comma, a quote, CR or LF, its quotes doubled and its bytes otherwise
// kept as they are (line breaks inside fields too). A confidence of 0 (not
// given) is an empty field. Unless raw, cells are neutralised for
// spreadsheets (see Neutralise).
type csvEncoder struct {
	out *fileSink
	raw bool
	buf []byte
	row []string
}

func newCSV(path string, opts Options) (*csvEncoder, error) {
	out, err := createFile(path)
	if err != nil {
		return nil, err
	}
	e := &csvEncoder{out: out, raw: opts.RawCSV, row: make([]string, len(csvHeader))}
	if opts.Excel {
		if _, err := out.WriteString(utf8BOM); err != nil {
			out.discard()
			return nil, err
		}
	}
	if err := e.write(csvHeader); err != nil {
		out.discard()
		return nil, err
	}
	return e, nil
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
			if err := e.write(e.row); err != nil {
				return err
			}
		}
	}
	return nil
}

// write writes one row.
func (e *csvEncoder) write(row []string) error {
	b := e.buf[:0]
	for i, field := range row {
		if i > 0 {
			b = append(b, ',')
		}
		neutral := !e.raw && NeedsNeutralising(field)
		if !neutral && !strings.ContainsAny(field, ",\"\r\n") {
			b = append(b, field...)
			continue
		}
		b = append(b, '"')
		if neutral {
			b = append(b, '\'')
		}
		for j := 0; j < len(field); j++ {
			if field[j] == '"' {
				b = append(b, '"')
			}
			b = append(b, field[j])
		}
		b = append(b, '"')
	}
	b = append(b, '\r', '\n')
	e.buf = b
	_, err := e.out.Write(b)
	return err
}

// NeedsNeutralising reports whether a csv cell would be prefixed with a
// single quote: it starts with a character that makes a spreadsheet run
// it as a formula (=, +, -, @, tab, CR; OWASP's CSV-injection list), or
// with a single quote itself, so that removing exactly one leading quote
// on import restores any neutralised cell.
func NeedsNeutralising(cell string) bool {
	return cell != "" && strings.IndexByte("=+-@\t\r'", cell[0]) >= 0
}

// Unneutralise undoes the csv export's neutralisation of one cell: it
// removes the single quote put before a cell that NeedsNeutralising.
func Unneutralise(cell string) string {
	if len(cell) >= 2 && cell[0] == '\'' && NeedsNeutralising(cell[1:]) {
		return cell[1:]
	}
	return cell
}

func (e *csvEncoder) finish() error { return e.out.commit() }

func (e *csvEncoder) discard() { e.out.discard() }
