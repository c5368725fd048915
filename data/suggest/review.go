package suggest

import (
	"cmp"
	"slices"
)

// UncertainFirst orders suggestions for active learning: the smallest
// margin between the two most probable labels first (the model's hardest
// questions), ties in the order given. It returns indices into s.
func UncertainFirst(s []Suggestion) []int {
	order := make([]int, len(s))
	margins := make([]float64, len(s))
	for i := range s {
		order[i], margins[i] = i, s[i].Margin()
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(margins[a], margins[b]) })
	return order
}

// DefaultDisagreement is the probability from which a cross-validated
// prediction that differs from the final label is worth a second look.
const DefaultDisagreement = 0.7

// Disagreement is an example whose final label the cross-validated model
// confidently contradicts: a likely slip or a sign of guideline drift.
type Disagreement struct {
	Example     int    // index into the evaluated examples
	Label       string // the final label
	Predicted   string // what the model, trained without it, says
	Probability float64
}

// Disagreements lists the examples where the out-of-fold prediction
// differs from the final label with at least minProbability, most
// confident first (ties in example order).
func Disagreements(ev Evaluation, minProbability float64) []Disagreement {
	var out []Disagreement
	for i, p := range ev.Predictions {
		if p.Label != ev.Gold[i] && p.Probability >= minProbability {
			out = append(out, Disagreement{Example: i, Label: ev.Gold[i], Predicted: p.Label, Probability: p.Probability})
		}
	}
	slices.SortStableFunc(out, func(a, b Disagreement) int { return cmp.Compare(b.Probability, a.Probability) })
	return out
}
