package gui

import (
	"context"

	"github.com/veritag/veritag/data/export"
	"github.com/veritag/veritag/data/importer"
	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/data/search"
)

// services are the data-layer functions the UI uses besides Backend:
// reading files to import and writing exports. Tests may swap them.
type services struct {
	readFile func(path string) ([]model.ImportDoc, error)
	export   func(format, out string, opts exportOptions) (docWriter, error)
	native   nativeChooser // the desktop's file chooser, or nil
}

// exportOptions are the export settings chosen in the export dialog.
type exportOptions struct {
	annotator string // "" for every annotator
	labels    []model.Label
	progress  func(docs int)
	excel     bool   // csv: byte-order mark for Excel
	raw       bool   // csv: no formula neutralisation
	lsDomain  string // labelstudio: annotators' email domain
	license   string // hf: the dataset's license
}

// docWriter receives exported documents one at a time.
type docWriter interface {
	WriteDocument(model.DocumentRecord) error
	Close() error
	Abort()
	Ties() int // tied sentences left without a label
}

func defaultServices() services {
	return services{
		readFile: func(path string) ([]model.ImportDoc, error) { return importer.ReadFile(path, importer.Options{}) },
		export: func(format, out string, o exportOptions) (docWriter, error) {
			return export.New(format, out, export.Options{Annotator: o.annotator, Labels: o.labels,
				Progress: func(docs, _ int) { o.progress(docs) }, Guidelines: guidelinesText(),
				Excel: o.excel, RawCSV: o.raw, LSEmailDomain: o.lsDomain, License: o.license})
		},
		native: newNativeChooser(),
	}
}

// searchIndex adapts the search index to searcher.
type searchIndex struct{ ix *search.Index }

// Search finds sentences, best first.
func (s searchIndex) Search(ctx context.Context, query string, limit int) ([]searchHit, error) {
	res, err := s.ix.Search(ctx, query, limit)
	hits := make([]searchHit, len(res))
	for i, r := range res {
		hits[i] = searchHit{docID: r.DocID, index: r.Index, text: r.Text, matched: r.Matched}
		if r.Note {
			hits[i].noteBy = r.Annotator
		}
	}
	return hits, err
}
