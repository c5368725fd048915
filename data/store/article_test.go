package store

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/veritag/veritag/data/model"
)

func TestLoadArticleReadsWhatTheFourReadsRead(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	d := importOne(t, s, doc(textIT))
	for _, a := range []model.Annotation{
		{DocID: d.ID, SentenceIndex: 0, Annotator: "anna", Label: "FACT"},
		{DocID: d.ID, SentenceIndex: 0, Annotator: "bruno", Label: "CLAIM", Note: "quoted"},
		{DocID: d.ID, SentenceIndex: 2, Annotator: "anna", Label: "SPECULATION"},
	} {
		if _, err := s.Annotate(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Adjudicate(ctx, d.ID, 0, "FACT", "carla"); err != nil {
		t.Fatal(err)
	}
	got, err := s.LoadArticle(ctx, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := s.Document(ctx, d.ID)
	sents, _ := s.Sentences(ctx, d.ID)
	anns, _ := s.Annotations(ctx, d.ID)
	adj, _ := s.Adjudications(ctx, d.ID)
	want := model.Article{Document: doc, Sentences: sents, Marks: model.Marks{Annotations: anns, Adjudications: adj}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("LoadArticle:\n got %+v\nwant %+v", got, want)
	}
	if len(got.Sentences) != 3 || len(got.Annotations) != 3 || got.Adjudications[0] != "FACT" || got.Document.Text != textIT {
		t.Errorf("LoadArticle read too little: %+v", got)
	}
	if m, err := s.Marks(ctx, d.ID); err != nil || !reflect.DeepEqual(m, want.Marks) {
		t.Errorf("Marks = %+v, %v; want %+v", m, err, want.Marks)
	}
	if _, err := s.LoadArticle(ctx, d.ID+1); !errors.Is(err, ErrNotFound) {
		t.Errorf("LoadArticle of a missing article: %v, want ErrNotFound", err)
	}
}

// A read made of several queries sees one snapshot: what is committed
// while EachDocument streams does not reach the documents still to come.
func TestMultiQueryReadSeesOneSnapshot(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	first := importOne(t, s, doc(textIT))
	second := importOne(t, s, doc("Un altro testo. Con due frasi."))
	var seen []int
	err := s.EachDocument(ctx, 0, "", func(rec model.DocumentRecord) error {
		if rec.ID == first.ID {
			if _, err := s.Annotate(ctx, model.Annotation{DocID: second.ID, SentenceIndex: 0, Annotator: "anna", Label: "FACT"}); err != nil {
				return err
			}
		}
		n := 0
		for _, x := range rec.Sentences {
			n += len(x.Annotations)
		}
		seen = append(seen, n)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(seen, []int{0, 0}) {
		t.Errorf("annotations seen per document while another commits: %v, want [0 0]", seen)
	}
	if anns, _ := s.Annotations(ctx, second.ID); len(anns) != 1 {
		t.Errorf("the write made during the read was lost: %+v", anns)
	}
}
