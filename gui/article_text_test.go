package gui

import (
	"testing"

	"github.com/veritag/veritag/data/model"
)

func TestFuzzyScore(t *testing.T) {
	if _, ok := fuzzyScore("krsk", "Soldati a Kursk"); !ok {
		t.Error("subsequence not matched")
	}
	if _, ok := fuzzyScore("zz", "Kursk"); ok {
		t.Error("non-match matched")
	}
	a, _ := fuzzyScore("kursk", "Kursk today")
	b, _ := fuzzyScore("kursk", "K u r s k")
	if a <= b {
		t.Errorf("contiguous match %d not above scattered %d", a, b)
	}
}

func TestShapes(t *testing.T) {
	text := "Title line\nFirst one. Second one.\nLeggi anche:\nLast."
	sents := []model.Sentence{
		{Start: 0, End: 10, Text: "Title line"},
		{Start: 11, End: 21, Text: "First one."},
		{Start: 22, End: 33, Text: "Second one."},
		{Start: 34, End: 46, Text: "Leggi anche:"},
		{Start: 47, End: 52, Text: "Last."},
	}
	got := shapes(text, sents)
	want := []shape{{false, true, false}, {true, false, false}, {false, false, false}, {true, false, false}, {true, false, false}}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("sentence %d: %+v, want %+v", i, got[i], want[i])
		}
	}
}

// TestShapesFollowStoredKinds: once the importer stored kinds, they decide,
// not the look: a bold-looking byline stays a sentence, a nav line is dimmed.
func TestShapesFollowStoredKinds(t *testing.T) {
	text := "Title line\nDi Anna Rossi\nLeggi anche:\nLast."
	sents := []model.Sentence{
		{Start: 0, End: 10, Text: "Title line", Kind: model.KindHeading},
		{Start: 11, End: 24, Text: "Di Anna Rossi", Kind: model.KindSentence},
		{Start: 25, End: 37, Text: "Leggi anche:", Kind: model.KindNav},
		{Start: 38, End: 43, Text: "Last.", Kind: model.KindSentence},
	}
	got := shapes(text, sents)
	want := []shape{{false, true, false}, {true, false, false}, {true, false, true}, {true, false, false}}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("sentence %d: %+v, want %+v", i, got[i], want[i])
		}
	}
}
