package search

import (
	"context"
	"fmt"
	"sync"
	"testing"
)

// TestReplaceAndRemove: documents added, replaced and removed are found,
// found anew and no longer found, also once removals compact the index;
// an index built at once and one updated give the same results.
func TestReplaceAndRemove(t *testing.T) {
	ix := New(nil)
	for d := range int64(8) {
		ix.Replace(d, entries(fmt.Sprintf("documento %d parla di pace", d), fmt.Sprintf("capitolo %d sulla guerra", d)))
	}
	if n := len(search(t, ix, "pace")); n != 8 {
		t.Fatalf("pace: %d results, want 8", n)
	}
	ix.Replace(3, entries("documento tre riscritto senza la parola"))
	if n := len(search(t, ix, "pace")); n != 7 {
		t.Errorf("pace after replacing document 3: %d results, want 7", n)
	}
	if res := search(t, ix, "riscritto"); len(res) != 1 || res[0].DocID != 3 || res[0].Index != 0 {
		t.Errorf("riscritto: %+v", res)
	}
	for d := range int64(6) {
		ix.Remove(d) // compacts on the way
	}
	if ix.Len() != 4 {
		t.Errorf("Len %d, want 4", ix.Len())
	}
	rebuilt := New(nil)
	for d := int64(6); d < 8; d++ {
		rebuilt.Replace(d, entries(fmt.Sprintf("documento %d parla di pace", d), fmt.Sprintf("capitolo %d sulla guerra", d)))
	}
	for _, q := range []string{"pace", "guera", "documento parla", "riscritto", "capitolo 7"} {
		a, b := search(t, ix, q), search(t, rebuilt, q)
		if fmt.Sprint(a) != fmt.Sprint(b) {
			t.Errorf("%q: updated %+v, rebuilt %+v", q, a, b)
		}
	}
}

// TestConcurrentSearchAndReplace: searches run while documents change
// (run with -race).
func TestConcurrentSearchAndReplace(t *testing.T) {
	ix := New(article(t))
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			for i := range 50 {
				if _, err := ix.Search(context.Background(), []string{"lavrov", "kursk nordcoreani", "cooperazone"}[(w+i)%3], 5); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	for i := range 50 {
		ix.Replace(int64(100+i%5), entries(fmt.Sprintf("Lavrov a Kursk, versione %d", i)))
	}
	wg.Wait()
	if n := len(search(t, ix, "versione")); n != 5 {
		t.Errorf("versione: %d results, want 5", n)
	}
}

// TestCanceled: a done context stops a search with its error.
func TestCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := New(article(t)).Search(ctx, "lavrov", 5); err == nil {
		t.Error("a canceled search returned no error")
	}
}

// TestNotesUpdate: notes replaced on their own are found, found anew and
// no longer found; replacing a document's sentences keeps its notes,
// removing the document drops them; a sentence matching by its text and
// by a note comes once.
func TestNotesUpdate(t *testing.T) {
	ix := New(nil)
	ix.Replace(1, entries("il governo approva la legge", "la piazza protesta"))
	ix.ReplaceNotes(1, []Entry{{Index: 1, Text: "fonte dubbia, verificare", Annotator: "anna"}})
	res := search(t, ix, "verificare")
	if len(res) != 1 || !res[0].Note || res[0].Annotator != "anna" || res[0].DocID != 1 || res[0].Index != 1 || res[0].Text != "fonte dubbia, verificare" {
		t.Fatalf("verificare: %+v", res)
	}
	ix.ReplaceNotes(1, []Entry{{Index: 0, Text: "fonte ufficiale", Annotator: "bruno"}})
	if res := search(t, ix, "verificare"); len(res) != 0 {
		t.Errorf("verificare after the note changed: %+v", res)
	}
	if res := search(t, ix, "ufficiale"); len(res) != 1 || res[0].Index != 0 || res[0].Annotator != "bruno" {
		t.Errorf("ufficiale: %+v", res)
	}
	ix.Replace(1, entries("il governo approva la legge", "la piazza protesta", "una fonte nuova"))
	if res := search(t, ix, "ufficiale"); len(res) != 1 {
		t.Errorf("ufficiale after the sentences were replaced: %+v", res)
	}
	if res := search(t, ix, "fonte"); len(res) != 2 || res[0].Note == res[1].Note {
		t.Errorf("fonte: want the note on sentence 0 and sentence 2, got %+v", res)
	}
	if ix.Len() != 3 {
		t.Errorf("Len %d, want 3", ix.Len())
	}
	ix.ReplaceNotes(1, []Entry{{Index: 0, Text: "il governo mente", Annotator: "bruno"}})
	if res := search(t, ix, "governo"); len(res) != 1 || res[0].Index != 0 {
		t.Errorf("governo, in sentence 0 and its note: want it once, got %+v", res)
	}
	ix.Remove(1)
	if res := search(t, ix, "governo"); len(res) != 0 || ix.Len() != 0 {
		t.Errorf("after Remove: %+v, Len %d", res, ix.Len())
	}
}
