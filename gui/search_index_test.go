package gui

import (
	"context"
	"fmt"
	"slices"
	"testing"
)

// searchFor runs a query through the UI's index.
func searchFor(t *testing.T, u *UI, q string) []searchHit {
	t.Helper()
	if u.search.index == nil {
		t.Fatal("no search index")
	}
	hits, err := u.search.index.Search(context.Background(), q, 10)
	if err != nil {
		t.Fatal(err)
	}
	return hits
}

// TestIndexFollowsArticles checks that an article added or deleted is
// indexed or dropped on its own, without building the index again.
func TestIndexFollowsArticles(t *testing.T) {
	f := newFakeBackend()
	kursk(f)
	u := newTestUI(t, f)
	built := u.search.indexer.shards
	doc := f.addDoc("Seoul", []string{"Seoul reacted with a quiet communiqué."})
	u.rebuildIndex()
	if hits := searchFor(t, u, "communiqué"); len(hits) != 1 || hits[0].docID != doc {
		t.Fatalf("new article: %+v", hits)
	}
	if err := f.DeleteDocument(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	u.rebuildIndex()
	if hits := searchFor(t, u, "communiqué"); len(hits) != 0 {
		t.Fatalf("deleted article still found: %+v", hits)
	}
	if u.search.indexer.shards != built || u.search.index.(searchIndex).ix != built {
		t.Error("the index was built again")
	}
	if len(searchFor(t, u, "Lavrov")) != 1 {
		t.Error("the first article is no longer found")
	}
}

// TestIndexProgress checks that building a large index reports rising
// percentages below 100.
func TestIndexProgress(t *testing.T) {
	f := newFakeBackend()
	sents := make([]string, 3*progressStep)
	for i := range sents {
		sents[i] = fmt.Sprint("Sentence ", i, ".")
	}
	f.addDoc("Long", sents)
	var got []int
	x := &indexer{}
	if err := x.sync(context.Background(), f, func(p int) { got = append(got, p) }); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, []int{33, 66, 99}) {
		t.Errorf("progress %v", got)
	}
	if x.shards.Len() != len(sents) {
		t.Errorf("%d sentences indexed, want %d", x.shards.Len(), len(sents))
	}
}

// TestBrowseStopsAtAPage checks that a filter with no query lists one
// page of sentences, in article order.
func TestBrowseStopsAtAPage(t *testing.T) {
	f := newFakeBackend()
	sents := make([]string, 3*searchShown)
	for i := range sents {
		sents[i] = fmt.Sprint("Line ", i, ".")
	}
	doc := f.addDoc("Lines", sents)
	tagged(f, doc, 0, "FACT")
	u := newTestUI(t, f)
	shortcut(u, scFind)
	u.search.filter.SetSelected("Untagged")
	hits := u.search.hits
	if len(hits) != searchShown || hits[0].index != 1 || hits[len(hits)-1].index != searchShown {
		t.Errorf("%d hits, from %d to %d", len(hits), hits[0].index, hits[len(hits)-1].index)
	}
}
