package agree

import (
	"sort"

	"github.com/veritag/veritag/data/model"
)

// Sources of a final label, as exports write them in "label_source".
const (
	SourceAdjudicated = "adjudicated" // set by an adjudicator
	SourceSingle      = "single"      // the only annotation
	SourceMajority    = "majority"    // given by more annotators than any other
	SourceTie         = "tie"         // several labels share the top count
)

// FinalLabel returns the label a sentence carries in exports: the
// adjudicated label if set, else the only annotation's, else the majority
// label, else (a tie) the tied labels sorted. It returns nil and "" for a
// sentence without labels. Annotations with an empty label are ignored.
func FinalLabel(s model.AnnotatedSentence) (labels []string, source string) {
	if s.Adjudicated != "" {
		return []string{s.Adjudicated}, SourceAdjudicated
	}
	counts, n := tally(s.Annotations)
	switch n {
	case 0:
		return nil, ""
	case 1:
		return []string{counts[0].label}, SourceSingle
	}
	top := 0
	for _, c := range counts {
		top = max(top, c.n)
	}
	for _, c := range counts {
		if c.n == top {
			labels = append(labels, c.label)
		}
	}
	if len(labels) == 1 {
		return labels, SourceMajority
	}
	sort.Strings(labels)
	return labels, SourceTie
}

type labelTally struct {
	label string
	n     int
}

// tally counts the non-empty labels of annotations, in order of first
// appearance; n is their total.
func tally(annotations []model.Annotation) (counts []labelTally, n int) {
next:
	for _, a := range annotations {
		if a.Label == "" {
			continue
		}
		n++
		for i := range counts {
			if counts[i].label == a.Label {
				counts[i].n++
				continue next
			}
		}
		counts = append(counts, labelTally{a.Label, 1})
	}
	return counts, n
}
