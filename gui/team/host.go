// Package team holds the team windows of the desktop app: agreement
// between annotators, the adjudication queue and the merge report. They
// reach the data through the small Data interface and the main window
// through Host's callbacks, so they are tested alone on an in-memory Data.
package team

import (
	"context"

	"fyne.io/fyne/v2"

	"github.com/veritag/veritag/data/model"
	vwidget "github.com/veritag/veritag/gui/widget"
)

// Data is what the team windows read and write.
type Data interface {
	// EachDocument streams documents with sentences and annotations;
	// docID 0 means all documents, annotator "" all annotators.
	EachDocument(ctx context.Context, docID int64, annotator string, fn func(model.DocumentRecord) error) error
	// Sentences returns the sentences of a document in order.
	Sentences(ctx context.Context, docID int64) ([]model.Sentence, error)
	// Adjudicate sets the final label of a sentence as adjudicator; an
	// empty label removes it.
	Adjudicate(ctx context.Context, docID int64, index int, label, adjudicator string) error
}

// Host is the main window as the team windows see it. Every function is
// called on the UI thread except Data's methods, which run inside Run.
type Host struct {
	App  fyne.App
	Data Data
	// Run runs a data job off the UI thread, in order with the main
	// window's own jobs; Spawn starts other background work.
	Run, Spawn func(job func())
	// Wrote tells the main window that a job committed a change.
	Wrote func(ctx context.Context)
	// Documents, Labels, Annotator and Style are the main window's library,
	// label set, annotator and label colours.
	Documents func() []model.Document
	Labels    func() []model.Label
	Annotator func() string
	Style     func(name string) vwidget.LabelStyle
	// Dark reports whether the app shows its dark variant.
	Dark func() bool
	// Open shows a sentence of an article in the main window.
	Open func(docID int64, index int)
	// Adjudicated tells the main window a sentence's new final label ("" for
	// none).
	Adjudicated func(docID int64, index int, label string)
	// SideWidth is the width of the label column in text sizes; ButtonWidth
	// the width a label button's guideline wraps at before layout.
	SideWidth   float32
	ButtonWidth func() float32
	// SideContentWidth is the width of text in the label column.
	SideContentWidth func() float32
}

// Windows are the team windows of one main window: at most one agreement
// and one adjudication window at a time.
type Windows struct {
	host        Host
	agreement   *agreementView    // the agreement window, while open
	adjudicator *adjudicationView // the adjudication window, while open
}

// New makes the team windows of the main window host describes.
func New(host Host) *Windows { return &Windows{host: host} }

// Close closes the open team windows (blind mode hides them).
func (w *Windows) Close() {
	if w.adjudicator != nil {
		w.adjudicator.win.Close()
	}
	if w.agreement != nil {
		w.agreement.win.Close()
	}
}

// Refresh computes the open team windows again after the data changed.
func (w *Windows) Refresh() {
	if w.adjudicator != nil {
		w.adjudicator.load()
	}
	if w.agreement != nil {
		w.agreement.compute()
	}
}
