package search_test

import (
	"context"
	"testing"

	"github.com/veritag/veritag/data/search"
	"github.com/veritag/veritag/internal/typocorpus"
)

// TestNoteRelevance: a quarter of the generated texts are notes on other
// sentences; queries of every kind drawn from all the texts find them
// (precision at 10 and MRR over the note or sentence text matched), and a
// query drawn from a note lists its sentence, marked as found by the note.
func TestNoteRelevance(t *testing.T) {
	const sentences, perDoc = 20_000, 100
	c := typocorpus.New(41)
	b := search.NewBuilder()
	for i := range sentences {
		doc, idx := int64(i/perDoc), i%perDoc
		if i%4 == 0 {
			b.Add(doc, idx, c.Sentence(sentences+i))
			b.AddNote(doc, idx, "anna", c.Sentence(i))
		} else {
			b.Add(doc, idx, c.Sentence(i))
		}
	}
	ix := b.Index()
	if ix.Len() != sentences {
		t.Errorf("Len %d, want %d (notes are not sentences)", ix.Len(), sentences)
	}
	all, byNote := &quality{}, &quality{}
	notesFound, noteQueries := 0, 0
	for _, q := range c.Queries(43, 480, sentences) {
		res, err := ix.Search(context.Background(), q.Text, 10)
		if err != nil {
			t.Fatal(err)
		}
		all.judge(q, res)
		if q.Kind == typocorpus.NoMatch || q.Sentence%4 != 0 {
			continue
		}
		byNote.judge(q, res)
		noteQueries++
		every, err := ix.Search(context.Background(), q.Text, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range every {
			if r.Note && r.Annotator == "anna" && r.DocID == int64(q.Sentence/perDoc) && r.Index == q.Sentence%perDoc {
				notesFound++
				break
			}
		}
	}
	t.Logf("all P@10 %.3f MRR %.3f (%d queries); drawn from notes P@10 %.3f MRR %.3f (%d), their sentence listed by its note in %d",
		all.p10(), all.mrr(), all.queries, byNote.p10(), byNote.mrr(), byNote.queries, notesFound)
	if all.p10() < 0.95 || all.mrr() < 0.95 || byNote.p10() < 0.9 || byNote.mrr() < 0.9 {
		t.Errorf("P@10 / MRR: all %.3f / %.3f, from notes %.3f / %.3f; want 0.95 and 0.9", all.p10(), all.mrr(), byNote.p10(), byNote.mrr())
	}
	if noteQueries == 0 || float64(notesFound) < 0.9*float64(noteQueries) {
		t.Errorf("the noted sentence was listed by its note for %d of %d queries drawn from notes", notesFound, noteQueries)
	}
}
