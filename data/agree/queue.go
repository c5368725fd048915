package agree

import (
	"math"
	"sort"

	"github.com/veritag/veritag/data/model"
)

// AdjudicationQueue returns the sentences that await adjudication — not
// adjudicated yet, and given at least two different labels — most contested
// first: more distinct labels, then a more even split (higher entropy of
// the label counts), then more annotators, then document and sentence
// order. The input is not modified.
func AdjudicationQueue(sentences []model.AnnotatedSentence) []model.AnnotatedSentence {
	type entry struct {
		s                     model.AnnotatedSentence
		distinct, annotations int
		entropy               float64
	}
	var q []entry
	for _, s := range sentences {
		if s.Adjudicated != "" {
			continue
		}
		counts, n := tally(s.Annotations)
		if len(counts) < 2 {
			continue
		}
		// Summing in count order makes equal splits give equal floats.
		sort.Slice(counts, func(i, j int) bool { return counts[i].n > counts[j].n })
		h := 0.0
		for _, c := range counts {
			p := float64(c.n) / float64(n)
			h -= p * math.Log2(p)
		}
		q = append(q, entry{s, len(counts), n, h})
	}
	sort.SliceStable(q, func(i, j int) bool {
		a, b := q[i], q[j]
		switch {
		case a.distinct != b.distinct:
			return a.distinct > b.distinct
		case a.entropy != b.entropy:
			return a.entropy > b.entropy
		case a.annotations != b.annotations:
			return a.annotations > b.annotations
		case a.s.DocID != b.s.DocID:
			return a.s.DocID < b.s.DocID
		}
		return a.s.Index < b.s.Index
	})
	out := make([]model.AnnotatedSentence, len(q))
	for i, e := range q {
		out[i] = e.s
	}
	return out
}
