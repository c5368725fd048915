package suggest

import (
	"testing"
)

func TestUncertainFirstOrdersBySmallestMargin(t *testing.T) {
	s := []Suggestion{
		{Scores: []float64{0.9, 0.05, 0.05}}, // margin 0.85
		{Scores: []float64{0.4, 0.35, 0.25}}, // 0.05
		{Scores: []float64{0.5, 0.1, 0.4}},   // 0.10
		{Scores: []float64{0.35, 0.4, 0.25}}, // 0.05, after index 1 (stable)
	}
	got := UncertainFirst(s)
	want := []int{1, 3, 2, 0}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("order %v, want %v", got, want)
		}
	}
}

func TestDisagreementsFindPlantedSlips(t *testing.T) {
	ex := readLabelled(t, "testdata/eval-en.tsv")
	slips := map[int]bool{}
	for i, e := range ex {
		// relabel three unmistakable hedges as facts, as a hurried annotator might
		if e.Label == "SPECULATION" && len(slips) < 3 && i%5 == 0 {
			ex[i].Label = "FACT"
			slips[i] = true
		}
	}
	if len(slips) != 3 {
		t.Fatalf("planted %d slips", len(slips))
	}
	ev, err := CrossValidate(ex, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	list := Disagreements(ev, 0.5)
	for i, d := range list {
		if i > 0 && d.Probability > list[i-1].Probability {
			t.Errorf("not most confident first: %+v", list)
		}
		if ex[d.Example].Label != d.Label || d.Predicted == d.Label {
			t.Errorf("disagreement %+v does not match example %+v", d, ex[d.Example])
		}
		if slips[d.Example] && d.Predicted == "SPECULATION" {
			found++
		}
	}
	if found < 2 {
		t.Errorf("found %d of 3 planted slips among %d disagreements", found, len(list))
	}
	if len(list) > len(ex)/5 {
		t.Errorf("%d disagreements out of %d: too many to be a useful check", len(list), len(ex))
	}
}
