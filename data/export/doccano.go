package export

import (
	"strconv"

	"github.com/veritag/veritag/data/agree"
	"github.com/veritag/veritag/data/model"
)

// doccanoEncoder writes one line per document, every document included:
// {"text":<doc text>,"label":[[start,end,"CLAIM"],...],"doc_id","title"},
// one span per annotated sentence with its final label (adjudicated, else
// majority). A tied sentence gets no span: doccano's default project
// (overlapping spans off) silently drops a second span over one range.
type doccanoEncoder struct {
	out  *fileSink
	buf  []byte
	tied int
}

func newDoccano(path string) (*doccanoEncoder, error) {
	out, err := createFile(path)
	if err != nil {
		return nil, err
	}
	return &doccanoEncoder{out: out}, nil
}

func (e *doccanoEncoder) document(d model.DocumentRecord) error {
	b := append(e.buf[:0], `{"text":`...)
	b = appendString(b, d.Text)
	b = append(b, `,"label":[`...)
	first := true
	for _, s := range d.Sentences {
		labels, source := agree.FinalLabel(s)
		if source == agree.SourceTie {
			e.tied++
			continue
		}
		for _, l := range labels {
			if !first {
				b = append(b, ',')
			}
			first = false
			b = append(b, '[')
			b = strconv.AppendInt(b, int64(s.Start), 10)
			b = append(b, ',')
			b = strconv.AppendInt(b, int64(s.End), 10)
			b = append(b, ',')
			b = appendString(b, l)
			b = append(b, ']')
		}
	}
	b = append(b, `],"doc_id":`...)
	b = strconv.AppendInt(b, d.ID, 10)
	b = append(b, `,"title":`...)
	b = appendString(b, d.Title)
	b = append(b, "}\n"...)
	e.buf = b
	_, err := e.out.Write(b)
	return err
}

func (e *doccanoEncoder) ties() int { return e.tied }

func (e *doccanoEncoder) finish() error { return e.out.commit() }

func (e *doccanoEncoder) discard() { e.out.discard() }
