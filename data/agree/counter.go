// Package agree measures inter-annotator agreement on nominal labels
// (percent agreement, Cohen's, Fleiss' and Krippendorff's coefficients, per
// label and per document), and holds the rules built on agreement: the
// final label of a sentence and the order of the adjudication queue.
//
// An item is a sentence; it counts when at least two annotators labelled it.
// Adjudicated labels are never part of agreement, which is between
// annotators only.
package agree

import (
	"sort"

	"github.com/veritag/veritag/data/model"
)

// Counter accumulates agreement statistics one item at a time. It keeps
// only sums, so its memory grows with the number of annotators, labels and
// documents, never with the number of items. The zero value is ready to use.
type Counter struct {
	annotators map[string]int // name -> index into annNames
	labels     map[string]int // name -> index into labelNames
	annNames   []string
	annItems   []int // items each annotator labelled
	labelNames []string

	items  int
	pctSum float64 // sum over items of the share of agreeing pairs
	all    alphaSums
	pairs  matrix                // label × label co-occurring annotator pairs
	fleiss map[int]*fleissSums   // by number of annotators on the item
	cohen  map[[2]int]*pairTable // by annotator index pair, low first
	docs   map[int64]*docSums

	votes  []vote // scratch
	counts []labelCount
}

type vote struct{ annotator, label int }

type labelCount struct{ label, n int }

// alphaSums are the coincidence-matrix sums Krippendorff's nominal alpha
// needs: n pairable values, per label the values nc and the diagonal
// coincidences diag.
type alphaSums struct {
	n, occ   float64 // occ: sum of the diagonal
	nc, diag []float64
}

type fleissSums struct {
	items  int
	sumP   float64
	totals []float64 // values per label
}

type pairTable struct {
	items int
	t     matrix
}

type docSums struct {
	items  int
	pctSum float64
	alpha  alphaSums
}

// Add adds one item of document doc: annotator name -> label. Empty labels
// are ignored.
func (c *Counter) Add(doc int64, labels map[string]string) {
	c.votes = c.votes[:0]
	for _, a := range sortedKeys(labels) { // a fixed order keeps float sums reproducible
		if l := labels[a]; l != "" {
			c.votes = append(c.votes, vote{annotator: c.annotator(a), label: c.label(l)})
		}
	}
	c.add(doc, c.votes)
}

// AddSentence adds one sentence, using its annotations (not its
// adjudicated label). Of two annotations by one annotator the later wins.
func (c *Counter) AddSentence(s model.AnnotatedSentence) {
	c.votes = c.votes[:0]
next:
	for _, a := range s.Annotations {
		if a.Label == "" {
			continue
		}
		v := vote{annotator: c.annotator(a.Annotator), label: c.label(a.Label)}
		for i := range c.votes {
			if c.votes[i].annotator == v.annotator {
				c.votes[i] = v
				continue next
			}
		}
		c.votes = append(c.votes, v)
	}
	c.add(s.DocID, c.votes)
}

// Compute returns the agreement report over sentences.
func Compute(sentences []model.AnnotatedSentence) Report {
	var c Counter
	for _, s := range sentences {
		c.AddSentence(s)
	}
	return c.Report()
}

func (c *Counter) annotator(name string) int {
	if c.annotators == nil {
		c.annotators = map[string]int{}
	}
	i, ok := c.annotators[name]
	if !ok {
		i = len(c.annNames)
		c.annotators[name] = i
		c.annNames = append(c.annNames, name)
		c.annItems = append(c.annItems, 0)
	}
	return i
}

func (c *Counter) label(name string) int {
	if c.labels == nil {
		c.labels = map[string]int{}
	}
	i, ok := c.labels[name]
	if !ok {
		i = len(c.labelNames)
		c.labels[name] = i
		c.labelNames = append(c.labelNames, name)
	}
	return i
}

// add accumulates one item given as one vote per distinct annotator.
func (c *Counter) add(doc int64, votes []vote) {
	m := len(votes)
	if m < 2 {
		return
	}
	if c.fleiss == nil {
		c.fleiss = map[int]*fleissSums{}
		c.cohen = map[[2]int]*pairTable{}
		c.docs = map[int64]*docSums{}
	}
	counts := c.counts[:0]
	agree := 0 // agreeing annotator pairs
next:
	for _, v := range votes {
		for i := range counts {
			if counts[i].label == v.label {
				agree += counts[i].n
				counts[i].n++
				continue next
			}
		}
		counts = append(counts, labelCount{label: v.label, n: 1})
	}
	c.counts = counts
	pct := float64(agree) / float64(m*(m-1)/2)

	c.items++
	c.pctSum += pct
	c.all.add(counts, m)

	d := c.docs[doc]
	if d == nil {
		d = &docSums{}
		c.docs[doc] = d
	}
	d.items++
	d.pctSum += pct
	d.alpha.add(counts, m)

	f := c.fleiss[m]
	if f == nil {
		f = &fleissSums{}
		c.fleiss[m] = f
	}
	f.items++
	f.sumP += pct
	for _, lc := range counts {
		addAt(&f.totals, lc.label, float64(lc.n))
	}

	for i, x := range counts {
		c.pairs.add(x.label, x.label, x.n*(x.n-1)/2)
		for _, y := range counts[i+1:] {
			c.pairs.add(x.label, y.label, x.n*y.n)
			c.pairs.add(y.label, x.label, x.n*y.n)
		}
	}

	for i, x := range votes {
		c.annItems[x.annotator]++
		for _, y := range votes[i+1:] {
			lo, hi := x, y
			if lo.annotator > hi.annotator {
				lo, hi = hi, lo
			}
			key := [2]int{lo.annotator, hi.annotator}
			t := c.cohen[key]
			if t == nil {
				t = &pairTable{}
				c.cohen[key] = t
			}
			t.items++
			t.t.add(lo.label, hi.label, 1)
		}
	}
}

// add accumulates one item's label counts, m values in all.
func (s *alphaSums) add(counts []labelCount, m int) {
	s.n += float64(m)
	for _, lc := range counts {
		o := float64(lc.n*(lc.n-1)) / float64(m-1)
		s.occ += o
		addAt(&s.nc, lc.label, float64(lc.n))
		addAt(&s.diag, lc.label, o)
	}
}

func addAt(s *[]float64, i int, x float64) {
	if i >= len(*s) {
		*s = append(*s, make([]float64, i+1-len(*s))...)
	}
	(*s)[i] += x
}

func sortedNames(names []string) []string {
	out := append([]string{}, names...)
	sort.Strings(out)
	return out
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
