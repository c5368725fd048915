package export

import (
	"github.com/veritag/veritag/data/agree"
	"github.com/veritag/veritag/data/model"
)

// hfEncoder writes a Hugging Face dataset folder: data.jsonl (the jsonl
// format) and, at the end, a README.md dataset card. The card's figures
// are gathered while streaming: counts per label and annotator, the
// documents' languages and agree.Counter sums, never the texts.
type hfEncoder struct {
	dir   *folder
	data  *jsonlEncoder
	opts  Options
	stats cardStats
}

// cardStats is what the dataset card reports.
type cardStats struct {
	docs, sentences, ties int
	langs                 map[string]bool
	final                 map[string]int // sentences by single final label
	annotations           map[string]int // annotations by label
	annotators            map[string]int // annotations by annotator
	agreement             agree.Counter
}

func newHF(path string, opts Options) (*hfEncoder, error) {
	dir, err := openFolder(path)
	if err != nil {
		return nil, err
	}
	data, err := newJSONL(dir.file("data.jsonl"))
	if err != nil {
		dir.discard()
		return nil, err
	}
	return &hfEncoder{dir: dir, data: data, opts: opts, stats: cardStats{
		langs: map[string]bool{}, final: map[string]int{}, annotations: map[string]int{}, annotators: map[string]int{},
	}}, nil
}

func (e *hfEncoder) document(d model.DocumentRecord) error {
	st := &e.stats
	st.docs++
	if d.Lang != "" {
		st.langs[d.Lang] = true
	}
	for i := range d.Sentences {
		s := &d.Sentences[i]
		labels, source := agree.FinalLabel(*s)
		if source == "" {
			continue
		}
		if err := e.data.sentence(&d.Document, s, labels, source); err != nil {
			return err
		}
		st.sentences++
		if source == agree.SourceTie {
			st.ties++
		} else {
			st.final[labels[0]]++
		}
		for _, a := range s.Annotations {
			st.annotations[a.Label]++
			st.annotators[a.Annotator]++
		}
		st.agreement.AddSentence(*s)
	}
	return nil
}

func (e *hfEncoder) finish() error {
	if err := e.data.finish(); err != nil {
		return err
	}
	return writeString(e.dir.file("README.md"), e.stats.card(e.opts))
}

func (e *hfEncoder) discard() {
	e.data.discard()
	e.dir.discard()
}
