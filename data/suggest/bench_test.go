package suggest

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/veritag/veritag/internal/corpus"
)

// benchExamples are the first n sentences of the synthetic news
// collection, labelled as its generator wrote them: SPECULATION when it
// opens with a hedge, CLAIM when a name reports, else FACT.
func benchExamples(n int) []Example {
	var out []Example
	for d := 0; len(out) < n; d++ {
		for _, s := range corpus.Document(7, d, 100).Sentences {
			if len(out) == n {
				break
			}
			out = append(out, Example{Text: s.Text, Label: syntheticLabel(s.Text)})
		}
	}
	return out
}

var (
	syntheticHedge = regexp.MustCompile(`^(?i)(potrebbe|sarebbe stato|secondo alcuni|si ipotizza|non è escluso|sembrerebbe|forse|it could|it would have|some suggest|it is possible|it may be|this might|perhaps)`)
	syntheticClaim = regexp.MustCompile(`^\pL+ (ha dichiarato|ha descritto|ha affermato|ha sottolineato|ha detto|ha spiegato|ha riferito|said|described|stated|stressed|claimed|explained|reported)`)
)

func syntheticLabel(s string) string {
	switch {
	case syntheticHedge.MatchString(s):
		return "SPECULATION"
	case syntheticClaim.MatchString(s):
		return "CLAIM"
	}
	return "FACT"
}

// BenchmarkTrain2000 trains on 2,000 labelled sentences (goal: < 300 ms).
func BenchmarkTrain2000(b *testing.B) {
	ex := benchExamples(2000)
	opt := DefaultOptions()
	for b.Loop() {
		if _, err := Train(ex, opt); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSuggestArticle500 suggests labels for a 500-sentence article
// (goal: < 20 ms).
func BenchmarkSuggestArticle500(b *testing.B) {
	m, err := Train(benchExamples(2000), DefaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	var article []string
	for _, s := range corpus.Document(99, 0, 500).Sentences {
		article = append(article, s.Text)
	}
	for b.Loop() {
		m.SuggestAll(article)
	}
}

// BenchmarkCrossValidate measures the model on the labelled fixtures and
// prints their cross-validated macro-F1 beside the reference's.
func BenchmarkCrossValidate(b *testing.B) {
	for _, lang := range []string{"en", "it"} {
		b.Run(lang, func(b *testing.B) {
			ex := readLabelled(b, "testdata/eval-"+lang+".tsv")
			var ev Evaluation
			for b.Loop() {
				var err error
				if ev, err = CrossValidate(ex, DefaultOptions()); err != nil {
					b.Fatal(err)
				}
			}
			ref := referenceEvaluation(ex)
			b.ReportMetric(ev.Report.MacroF1, "macroF1")
			fmt.Printf("suggest: %s fixture (%d sentences): cross-validated macro-F1 %.3f (TF-IDF+LR reference %.3f)\n",
				lang, len(ex), ev.Report.MacroF1, ref.Report.MacroF1)
		})
	}
}
