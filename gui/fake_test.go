package gui

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync/atomic"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/data/store"
)

// fakeBackend is a real SQLite store in a temp dir with test helpers:
// addDoc builds articles from sentences, and Annotate fails with fail
// when it is set.
type fakeBackend struct {
	*store.Store
	fail error
}

var fakes atomic.Int64

// newFakeBackend opens a new, empty store (with the default label set).
func newFakeBackend() *fakeBackend {
	path := filepath.Join(testDir, fmt.Sprintf("%d.db", fakes.Add(1)))
	st, err := store.Open(context.Background(), path)
	if err != nil {
		panic(err)
	}
	return &fakeBackend{Store: st}
}

// addDoc stores an article of paragraphs, each a list of sentences, and
// returns its id.
func (f *fakeBackend) addDoc(title string, paragraphs ...[]string) int64 {
	var text []rune
	var spans []model.Span
	for p, para := range paragraphs {
		if p > 0 {
			text = append(text, '\n')
		}
		for i, s := range para {
			if i > 0 {
				text = append(text, ' ')
			}
			start := len(text)
			text = append(text, []rune(s)...)
			spans = append(spans, model.Span{Start: start, End: len(text), Text: s})
		}
	}
	docs, err := f.ImportDocs(context.Background(), []model.ImportDoc{{Title: title, Lang: "en", Text: string(text), Sentences: spans}}, nil)
	if err != nil {
		panic(err)
	}
	return docs[0].ID
}

// Annotate fails with f.fail when it is set, else stores as the store does.
func (f *fakeBackend) Annotate(ctx context.Context, a model.Annotation) (model.Event, error) {
	if f.fail != nil {
		return model.Event{}, f.fail
	}
	return f.Store.Annotate(ctx, a)
}

// label is the annotator's current label on a sentence.
func (f *fakeBackend) label(doc int64, index int, annotator string) model.AnnotationState {
	anns, _ := f.Annotations(context.Background(), doc)
	for _, a := range anns {
		if a.SentenceIndex == index && strings.EqualFold(a.Annotator, annotator) {
			return model.AnnotationState{Label: a.Label, Confidence: a.Confidence, Note: a.Note}
		}
	}
	return model.AnnotationState{}
}

// adjudicated is a sentence's adjudicated label.
func (f *fakeBackend) adjudicated(doc int64, index int) string {
	adj, _ := f.Adjudications(context.Background(), doc)
	return adj[index]
}
