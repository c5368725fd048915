package store

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/veritag/veritag/data/model"
)

// kindDoc is a headline, a sentence and a navigation line.
func kindDoc() model.ImportDoc {
	text := "Il Po in secca\nIl fiume è basso.\nLeggi anche: altro"
	return model.ImportDoc{Title: "Po", Source: "po.html", Lang: "it", Text: text,
		Meta: model.Meta{Byline: "Giulia Ferraris", Published: "2026-07-14", Summary: "Razionamenti."},
		Sentences: []model.Span{
			{Start: 0, End: 14, Text: "Il Po in secca", Kind: model.KindHeading},
			{Start: 15, End: 32, Text: "Il fiume è basso."},
			{Start: 33, End: 51, Text: "Leggi anche: altro", Kind: model.KindNav},
		}}
}

func TestKindsAndMetaStored(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	docs, err := s.ImportDocs(ctx, []model.ImportDoc{kindDoc()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Sentences(ctx, docs[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	want := []model.Kind{model.KindHeading, model.KindSentence, model.KindNav}
	for i, x := range got {
		if x.Kind != want[i] {
			t.Errorf("sentence %d: kind %q, want %q", i, x.Kind, want[i])
		}
	}
	d, err := s.Document(ctx, docs[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if d.Meta != kindDoc().Meta || d.SentenceCount != 3 || d.Counted != 2 {
		t.Errorf("document %+v: want meta %+v, 3 sentences, 2 counted", d, kindDoc().Meta)
	}
}

func TestProgressSkipsNavLines(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	docs, err := s.ImportDocs(ctx, []model.ImportDoc{kindDoc()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	id := docs[0].ID
	for _, i := range []int{0, 2} {
		if _, err := s.Annotate(ctx, model.Annotation{DocID: id, SentenceIndex: i, Annotator: "anna", Label: "CLAIM"}); err != nil {
			t.Fatal(err)
		}
	}
	p, err := s.Progress(ctx, "anna")
	if err != nil {
		t.Fatal(err)
	}
	if p[id] != 1 {
		t.Errorf("progress %d, want 1 (the heading; the nav line does not count)", p[id])
	}
}

func TestUnknownKindRefused(t *testing.T) {
	s, _ := openTemp(t)
	d := kindDoc()
	d.Sentences[1].Kind = "caption"
	if _, err := s.ImportDocs(context.Background(), []model.ImportDoc{d}, nil); err == nil {
		t.Fatal("a sentence of unknown kind was stored")
	}
}

// TestSchema1Upgrades opens a database written before sentence kinds: its
// sentences become sentences, its documents count them all.
func TestSchema1Upgrades(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	all := migrations
	migrations = all[:1]
	old := openAt(t, path)
	if _, err := old.write.ExecContext(ctx, `INSERT INTO documents(title, text, hash, sentence_count, created_at) VALUES ('T', 'Uno. Due.', 'h', 2, '2026-01-01T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	if _, err := old.write.ExecContext(ctx, `INSERT INTO sentences(doc_id, idx, start, "end", text, hash) VALUES (1, 0, 0, 4, 'Uno.', 'a'), (1, 1, 5, 9, 'Due.', 'b')`); err != nil {
		t.Fatal(err)
	}
	old.Close()
	migrations = all
	s := openAt(t, path)
	got, err := s.Sentences(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Kind != model.KindSentence || got[1].Kind != model.KindSentence {
		t.Errorf("upgraded sentences %+v, want two of kind sentence", got)
	}
	docs, err := s.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || docs[0].Counted != 2 {
		t.Errorf("upgraded documents %+v, want one counting 2 sentences", docs)
	}
}
