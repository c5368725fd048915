package gui

import (
	"context"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/gui/team"
)

// Backend is everything the GUI needs from storage, composed of one role
// interface per use: the library, annotating, the label set and the team.
// *store.Store from data/store implements it; tests may use a temp-dir
// store or a fake. Every method that changes data commits before it
// returns.
type Backend interface {
	Articles
	Annotating
	LabelSet
	Team
}

// Articles reads and changes the library: documents, their sentences and
// what is on them.
type Articles interface {
	// Documents lists all documents, oldest first (Text left empty).
	Documents(ctx context.Context) ([]model.Document, error)
	// Progress returns, per document id, how many of its sentences the
	// annotator has labelled.
	Progress(ctx context.Context, annotator string) (map[int64]int, error)
	// LoadArticle reads a document with its text, sentences, annotations
	// and adjudications in one read, as the article view opens it.
	LoadArticle(ctx context.Context, id int64) (model.Article, error)
	// Marks reads the annotations and adjudications of a document in one
	// read, as an open article is redrawn after a change.
	Marks(ctx context.Context, docID int64) (model.Marks, error)
	// Sentences returns the sentences of a document in order.
	Sentences(ctx context.Context, docID int64) ([]model.Sentence, error)
	// Annotations returns every annotator's annotations on a document.
	Annotations(ctx context.Context, docID int64) ([]model.Annotation, error)
	// ImportDocs stores documents all-or-nothing; a document whose content is
	// already stored is not duplicated (its annotations are merged).
	ImportDocs(ctx context.Context, docs []model.ImportDoc, progress func(done, total int)) ([]model.Document, error)
	// DeleteDocument removes a document with its sentences and annotations.
	DeleteDocument(ctx context.Context, id int64) error
	// EachSentenceText streams every sentence's document id, index and
	// text to fn, in document and sentence order, holding none of them
	// (the search index is built from it). fn's first error stops it and
	// is returned.
	EachSentenceText(ctx context.Context, fn func(docID int64, index int, text string) error) error
	// EachDocument streams documents with sentences and annotations, for
	// export; docID 0 means all documents, annotator "" all annotators.
	EachDocument(ctx context.Context, docID int64, annotator string, fn func(model.DocumentRecord) error) error
	// DataVersion changes whenever another connection or process commits.
	DataVersion(ctx context.Context) (int64, error)
}

// Annotating is one annotator labelling sentences, with undo and history.
type Annotating interface {
	// Annotate stores a (sentence, annotator) annotation in one transaction
	// and appends an event; an empty Label clears the annotation. It returns
	// the event written (Old == New means nothing changed and no event).
	Annotate(ctx context.Context, a model.Annotation) (model.Event, error)
	// Undo reverts the annotator's latest not-yet-undone change, persisted,
	// so it survives a restart. ok is false when there is nothing to undo.
	Undo(ctx context.Context, annotator string) (ev model.Event, ok bool, err error)
	// Redo re-applies the latest undone change. ok is false when there is
	// nothing to redo.
	Redo(ctx context.Context, annotator string) (ev model.Event, ok bool, err error)
	// History returns the events of one sentence, newest first.
	History(ctx context.Context, docID int64, index int) ([]model.Event, error)
}

// LabelSet reads and edits the project's labels.
type LabelSet interface {
	// Labels returns the label set in key order.
	Labels(ctx context.Context) ([]model.Label, error)
	// AddLabel adds a label to the set; an empty Key takes the first free
	// key, an empty Color a palette colour. It returns the label stored.
	AddLabel(ctx context.Context, l model.Label) (model.Label, error)
	// UpdateLabel changes the label named name: a new name (existing
	// annotations follow the rename), key, colour or description.
	UpdateLabel(ctx context.Context, name string, l model.Label) error
}

// Team is what the team windows and File → Merge need: team.Data and
// merging colleagues' databases.
type Team interface {
	team.Data
	// Merge brings another Veritag database's documents, labels,
	// annotations and adjudications into this one in one transaction; the
	// other file is only read.
	Merge(ctx context.Context, otherPath string) (model.MergeReport, error)
}
