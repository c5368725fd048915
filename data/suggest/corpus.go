package suggest

import (
	"context"
	"fmt"

	"github.com/veritag/veritag/data/agree"
	"github.com/veritag/veritag/data/model"
)

// Ref names one sentence: document id and 0-based index.
type Ref struct {
	DocID int64
	Index int
}

// Target is a sentence without a final label, to suggest one for.
type Target struct {
	Ref
	Text string
}

// Corpus is a project's sentences as the learner sees them: those with a
// final label (adjudicated, else majority; ties left out) to learn from,
// and those without one to suggest for.
type Corpus struct {
	Examples    []Example
	ExampleRefs []Ref // ExampleRefs[i] is where Examples[i] comes from
	Targets     []Target
}

// Add files the sentences of one document; with targets false the
// sentences without a final label are not kept.
func (c *Corpus) Add(rec model.DocumentRecord, targets bool) {
	for _, s := range rec.Sentences {
		labels, source := agree.FinalLabel(s)
		ref := Ref{DocID: rec.ID, Index: s.Index}
		if source == "" || source == agree.SourceTie {
			if targets {
				c.Targets = append(c.Targets, Target{Ref: ref, Text: s.Text})
			}
			continue
		}
		c.Examples = append(c.Examples, Example{Text: s.Text, Label: labels[0]})
		c.ExampleRefs = append(c.ExampleRefs, ref)
	}
}

// LabelsInUse counts the distinct final labels of the examples.
func (c *Corpus) LabelsInUse() int {
	seen := map[string]bool{}
	for _, e := range c.Examples {
		seen[e.Label] = true
	}
	return len(seen)
}

// Documents streams a project's documents with their annotations, as
// store.Store.EachDocument does (docID 0: every document; annotator "":
// every annotator).
type Documents interface {
	EachDocument(ctx context.Context, docID int64, annotator string, fn func(model.DocumentRecord) error) error
}

// Load reads every document into a corpus; targets are kept for document
// targetDoc, for every document when it is 0, for none when it is
// negative. A targetDoc that does
// not exist is an error.
func Load(ctx context.Context, docs Documents, targetDoc int64) (*Corpus, error) {
	c := &Corpus{}
	found := targetDoc <= 0
	err := docs.EachDocument(ctx, 0, "", func(rec model.DocumentRecord) error {
		want := targetDoc == 0 || rec.ID == targetDoc
		found = found || rec.ID == targetDoc
		c.Add(rec, want)
		return nil
	})
	if err == nil && !found {
		err = fmt.Errorf("no document %d (see veritag-cli list)", targetDoc)
	}
	return c, err
}
