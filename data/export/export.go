// Package export writes documents and their annotations in the formats of
// DESIGN.md ("Export formats"). Exports stream: a Writer is handed one
// document at a time and keeps none of them, so memory does not grow with
// the collection. All offsets are Unicode code points into the document
// text, end exclusive.
package export

import (
	"fmt"

	"github.com/veritag/veritag/data/model"
)

// Formats lists the format names New accepts. brat and hf write a folder,
// the others one file.
var Formats = []string{"jsonl", "doccano-spans", "labelstudio", "csv", "brat", "hf"}

// Options tune an export. The zero value exports everything.
type Options struct {
	// Annotator, if set, keeps only that annotator's annotations. The
	// filter is applied here, whatever the caller passes; adjudicated
	// labels are then left out too, so final labels are the annotator's.
	Annotator string
	// Progress, if set, is called after each document with the documents
	// and the annotated sentences written so far.
	Progress func(docs, sentences int)
	// Labels is the label set, in display order, for the hf dataset card
	// and brat's annotation.conf; nil means model.DefaultLabels.
	Labels []model.Label
	// Guidelines is the annotation guidelines text (Markdown) quoted in the
	// hf dataset card; "" means the label descriptions.
	Guidelines string
	// Name is the dataset's pretty name in the hf card; "" means
	// "Veritag annotations".
	Name string
	// License is the hf card's license, a Hub license identifier such as
	// "cc-by-4.0"; "" writes "other" and asks the user to choose.
	License string
	// LSEmailDomain, if set, gives each Label Studio annotation a
	// completed_by of {"email":"<annotator>@<domain>"}, which a Label
	// Studio server matches to its members; "" writes no completed_by.
	LSEmailDomain string
	// Excel starts a csv export with a UTF-8 byte-order mark, so that
	// Excel decodes it as UTF-8.
	Excel bool
	// RawCSV turns off the csv export's neutralisation of cells that a
	// spreadsheet would run as formulas, for machine pipelines.
	RawCSV bool
}

// Writer receives documents one at a time. A file format's output appears
// at its path only when Close succeeds (it is written under a temporary
// name, then renamed); a folder format fills its folder as it goes. A
// failed or aborted export removes what it wrote.
type Writer interface {
	// WriteDocument writes one document with its annotated sentences.
	// Sentences without annotations (after filtering) and without an
	// adjudicated label are left out, except where a format writes whole
	// documents (doccano-spans, labelstudio, brat).
	WriteDocument(model.DocumentRecord) error
	// Close finishes the output. After a failed WriteDocument it discards
	// the output instead and returns that error.
	Close() error
	// Abort discards the output, e.g. when the caller's reading fails.
	Abort()
	// Ties is the number of annotated sentences written without a label
	// because their annotators tied (doccano-spans and brat, which take
	// one final label per sentence); 0 for the other formats.
	Ties() int
}

// New starts an export in format to out: a file path ("-" is standard
// output) for jsonl, doccano-spans, labelstudio and csv; a folder for brat
// and hf, which must be missing or empty.
func New(format, out string, opts Options) (Writer, error) {
	if out == "" {
		return nil, fmt.Errorf("export %s: no output path", format)
	}
	if opts.Labels == nil {
		opts.Labels = model.DefaultLabels
	}
	var (
		f   encoder
		err error
	)
	switch format {
	case "jsonl":
		f, err = newJSONL(out)
	case "doccano-spans":
		f, err = newDoccano(out)
	case "labelstudio":
		f, err = newLabelStudio(out, opts)
	case "csv":
		f, err = newCSV(out, opts)
	case "brat":
		f, err = newBrat(out, opts.Labels)
	case "hf":
		f, err = newHF(out, opts)
	default:
		return nil, fmt.Errorf("unknown export format %q (want one of %v)", format, Formats)
	}
	if err != nil {
		return nil, fmt.Errorf("export %s: %w", format, err)
	}
	return &writer{format: format, enc: f, opts: opts}, nil
}

// encoder is one format's output.
type encoder interface {
	document(model.DocumentRecord) error
	finish() error // writes trailers and puts the output in place
	discard()      // removes partial output
}

// tieCounter is an encoder that leaves tied sentences unlabelled.
type tieCounter interface {
	ties() int
}

// writer applies the options common to every format around an encoder.
type writer struct {
	format     string
	enc        encoder
	opts       Options
	docs, sent int
	err        error
	done       bool
}

func (w *writer) WriteDocument(d model.DocumentRecord) error {
	if w.err != nil {
		return w.err
	}
	if w.done {
		return fmt.Errorf("export %s: write after close", w.format)
	}
	d = filter(d, w.opts.Annotator)
	if err := w.enc.document(d); err != nil {
		w.err = fmt.Errorf("export %s: document %d: %w", w.format, d.ID, err)
		return w.err
	}
	w.docs++
	for _, s := range d.Sentences {
		if annotated(s) {
			w.sent++
		}
	}
	if w.opts.Progress != nil {
		w.opts.Progress(w.docs, w.sent)
	}
	return nil
}

func (w *writer) Close() error {
	if w.done {
		return w.err
	}
	w.done = true
	if w.err != nil {
		w.enc.discard()
		return w.err
	}
	if err := w.enc.finish(); err != nil {
		w.enc.discard()
		w.err = fmt.Errorf("export %s: %w", w.format, err)
	}
	return w.err
}

func (w *writer) Ties() int {
	if t, ok := w.enc.(tieCounter); ok {
		return t.ties()
	}
	return 0
}

func (w *writer) Abort() {
	if !w.done {
		w.done = true
		w.enc.discard()
	}
}
