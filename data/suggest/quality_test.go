package suggest

import (
	"fmt"
	"testing"
)

// The quality bar: macro-F1 at least the reference's (plain TF-IDF +
// logistic regression, reference_test.go) on Italian and English, with
// all labels and with few. These fixtures were written and labelled for
// the purpose (testdata/eval-*.tsv), plus the sample article labelled by
// hand (testdata/kursk-it.tsv) as text from elsewhere.

func TestBeatsReferenceCrossValidated(t *testing.T) {
	noLexicon := DefaultOptions()
	noLexicon.Lexicon, noLexicon.Blocks[blockCue] = nil, 0
	for _, lang := range []string{"en", "it"} {
		ex := readLabelled(t, "testdata/eval-"+lang+".tsv")
		ref := referenceEvaluation(ex).Report
		for name, opt := range map[string]Options{"default": DefaultOptions(), "without cue lexicon": noLexicon} {
			ev, err := CrossValidate(ex, opt)
			if err != nil {
				t.Fatal(err)
			}
			for i, p := range ev.Report.LearningCurve {
				r := ref.LearningCurve[i]
				t.Logf("%s %s: %3.0f%% of labels (%d): macro-F1 %.3f, reference %.3f", lang, name, 100*p.Fraction, p.TrainedOn, p.MacroF1, r.MacroF1)
				if p.MacroF1 < r.MacroF1 {
					t.Errorf("%s %s at %.0f%%: macro-F1 %.3f below the reference's %.3f", lang, name, 100*p.Fraction, p.MacroF1, r.MacroF1)
				}
			}
		}
	}
}

func TestBeatsReferenceOnHeldOutText(t *testing.T) {
	en := readLabelled(t, "testdata/eval-en.tsv")
	it := readLabelled(t, "testdata/eval-it.tsv")
	kursk := readLabelled(t, "testdata/kursk-it.tsv")
	both := append(append([]Example(nil), en...), it...)
	train200, rest := stratifiedSplit(both, 200)
	for _, c := range []struct {
		name        string
		train, test []Example
	}{
		{"it fixture -> sample article", it, kursk},
		{fmt.Sprintf("%d labels (it+en) -> the other %d sentences", len(train200), len(rest)), train200, rest},
		{"it+en -> sample article", both, kursk},
	} {
		ours := heldOutF1(t, c.train, c.test, DefaultOptions(), extractor{lexicon: BuiltinLexicon()}.rawFeatures)
		ref := heldOutF1(t, c.train, c.test, referenceOptions, referenceFeatures)
		t.Logf("%s: macro-F1 %.3f, reference %.3f", c.name, ours, ref)
		if ours < ref {
			t.Errorf("%s: macro-F1 %.3f below the reference's %.3f", c.name, ours, ref)
		}
	}
}

// stratifiedSplit keeps about n examples for training, the first of each
// label in proportion; the rest are for testing.
func stratifiedSplit(ex []Example, n int) (train, test []Example) {
	labels, y, _ := encodeLabels(ex)
	keep := map[int]bool{}
	for _, i := range trainingPart(y, len(labels), make([]int, len(y)), 1, float64(n)/float64(len(ex))) {
		keep[i] = true
	}
	for i, e := range ex {
		if keep[i] {
			train = append(train, e)
		} else {
			test = append(test, e)
		}
	}
	return train, test
}

// heldOutF1 trains on train with the given features and measures test.
func heldOutF1(t *testing.T, train, test []Example, opt Options, features func(string) []rawFeature) float64 {
	t.Helper()
	labels, y, texts := encodeLabels(append(append([]Example(nil), train...), test...))
	rows := make([][]rawFeature, len(texts))
	for i, s := range texts {
		rows[i] = features(s)
	}
	n := len(train)
	m := fit(extractor{}, rows[:n], y[:n], labels, opt)
	pred := make([]int, 0, len(test))
	for _, r := range rows[n:] {
		pred = append(pred, argmax(m.probabilities(m.vocab.vectorize(r))))
	}
	_, macro := quality(y[n:], pred, len(labels))
	return macro
}
