package agree

import "sort"

// Report is the agreement over a set of items. Figures are fractions 0..1
// (kappa and alpha may be negative); an undefined figure is nil (JSON
// null). It marshals to the `veritag-cli agreement --json` contract; the
// fields after CohenKappa are additions to it.
type Report struct {
	Items             int         `json:"items"`              // items labelled by >= 2 annotators
	Annotators        []string    `json:"annotators"`         // who labelled at least one item, sorted
	PercentAgreement  *float64    `json:"percent_agreement"`  // mean share of agreeing annotator pairs per item
	FleissKappa       *float64    `json:"fleiss_kappa"`       // over items labelled by all annotators
	KrippendorffAlpha *float64    `json:"krippendorff_alpha"` // nominal, missing values allowed
	CohenKappa        []PairKappa `json:"cohen_kappa"`        // every annotator pair, sorted

	FleissItems int              `json:"fleiss_items"` // items labelled by all annotators
	Labels      []LabelAgreement `json:"labels"`       // per label, sorted by name
	Confusion   Confusion        `json:"confusion"`
	Documents   []DocAgreement   `json:"documents"` // most disagreement first
}

// PairKappa is Cohen's kappa of two annotators (A < B) over the items both
// labelled.
type PairKappa struct {
	A     string   `json:"a"`
	B     string   `json:"b"`
	Items int      `json:"items"`
	Kappa *float64 `json:"kappa"`
}

// LabelAgreement is the agreement on one label against all others.
type LabelAgreement struct {
	Label  string `json:"label"`
	Values int    `json:"values"` // times it was given on items
	// SpecificAgreement is the chance that another annotator of the same
	// item also gave this label, given one did (positive specific agreement).
	SpecificAgreement *float64 `json:"specific_agreement"`
	// Alpha is Krippendorff's alpha with labels collapsed to this one vs rest.
	Alpha *float64 `json:"alpha"`
}

// Confusion counts co-occurring labels: Pairs[i][j] is the number of
// annotator pairs on one item where one gave Labels[i] and the other
// Labels[j]. It is symmetric; the diagonal counts agreeing pairs, so the
// total of pairs is the diagonal plus one triangle.
type Confusion struct {
	Labels []string `json:"labels"`
	Pairs  [][]int  `json:"pairs"`
}

// DocAgreement is the agreement within one document.
type DocAgreement struct {
	DocID             int64    `json:"doc_id"`
	Items             int      `json:"items"`
	PercentAgreement  *float64 `json:"percent_agreement"`
	KrippendorffAlpha *float64 `json:"krippendorff_alpha"`
}

// Report computes the figures over everything added so far.
func (c *Counter) Report() Report {
	r := Report{
		Items:             c.items,
		Annotators:        []string{},
		CohenKappa:        []PairKappa{},
		KrippendorffAlpha: c.all.alpha(),
		Labels:            []LabelAgreement{},
		Confusion:         Confusion{Labels: sortedNames(c.labelNames), Pairs: [][]int{}},
		Documents:         []DocAgreement{},
	}
	for i, name := range c.annNames {
		if c.annItems[i] > 0 {
			r.Annotators = append(r.Annotators, name)
		}
	}
	sort.Strings(r.Annotators)
	if c.items > 0 {
		r.PercentAgreement = ratio(c.pctSum, float64(c.items))
	}
	if f := c.fleiss[len(r.Annotators)]; f != nil {
		r.FleissItems = f.items
		r.FleissKappa = f.kappa(len(r.Annotators))
	}
	for i, a := range r.Annotators {
		for _, b := range r.Annotators[i+1:] {
			x, y := c.annotators[a], c.annotators[b]
			t := c.cohen[[2]int{min(x, y), max(x, y)}]
			p := PairKappa{A: a, B: b}
			if t != nil {
				p.Items, p.Kappa = t.items, t.kappa()
			}
			r.CohenKappa = append(r.CohenKappa, p)
		}
	}
	for _, name := range r.Confusion.Labels {
		i := c.labels[name]
		r.Labels = append(r.Labels, c.all.label(name, i))
		row := make([]int, 0, len(r.Confusion.Labels))
		for _, other := range r.Confusion.Labels {
			row = append(row, c.pairs.at(i, c.labels[other]))
		}
		r.Confusion.Pairs = append(r.Confusion.Pairs, row)
	}
	for id, d := range c.docs {
		r.Documents = append(r.Documents, DocAgreement{
			DocID:             id,
			Items:             d.items,
			PercentAgreement:  ratio(d.pctSum, float64(d.items)),
			KrippendorffAlpha: d.alpha.alpha(),
		})
	}
	sort.Slice(r.Documents, func(i, j int) bool { return moreContested(r.Documents[i], r.Documents[j]) })
	return r
}

// moreContested orders documents by percent agreement, then alpha (an
// undefined alpha last), then more items first, then id.
func moreContested(a, b DocAgreement) bool {
	if *a.PercentAgreement != *b.PercentAgreement {
		return *a.PercentAgreement < *b.PercentAgreement
	}
	if (a.KrippendorffAlpha == nil) != (b.KrippendorffAlpha == nil) {
		return a.KrippendorffAlpha != nil
	}
	if a.KrippendorffAlpha != nil && *a.KrippendorffAlpha != *b.KrippendorffAlpha {
		return *a.KrippendorffAlpha < *b.KrippendorffAlpha
	}
	if a.Items != b.Items {
		return a.Items > b.Items
	}
	return a.DocID < b.DocID
}

// alpha is Krippendorff's nominal alpha,
// 1 - (n-1) * (n - sum o_cc) / (n^2 - sum n_c^2).
func (s *alphaSums) alpha() *float64 {
	de := s.n * s.n
	for _, x := range s.nc {
		de -= x * x
	}
	if s.n < 2 || de == 0 {
		return nil
	}
	a := 1 - (s.n-1)*(s.n-s.occ)/de
	return &a
}

// label returns the one-vs-rest figures of label index i.
func (s *alphaSums) label(name string, i int) LabelAgreement {
	var nc, occ float64
	if i < len(s.nc) {
		nc, occ = s.nc[i], s.diag[i]
	}
	rest := s.n - nc
	binary := alphaSums{n: s.n, occ: occ + rest - (nc - occ), nc: []float64{nc, rest}}
	return LabelAgreement{Label: name, Values: int(nc), SpecificAgreement: ratio(occ, nc), Alpha: binary.alpha()}
}

// kappa is Fleiss' kappa for items rated by m annotators each.
func (f *fleissSums) kappa(m int) *float64 {
	n := float64(f.items * m)
	pe := 0.0
	for _, t := range f.totals {
		pe += (t / n) * (t / n)
	}
	if pe == 1 {
		return nil
	}
	k := (f.sumP/float64(f.items) - pe) / (1 - pe)
	return &k
}

// kappa is Cohen's kappa of the table.
func (t *pairTable) kappa() *float64 {
	agree, chance := 0, 0
	for i := 0; i < t.t.n; i++ {
		agree += t.t.at(i, i)
		row, col := 0, 0
		for j := 0; j < t.t.n; j++ {
			row += t.t.at(i, j)
			col += t.t.at(j, i)
		}
		chance += row * col
	}
	n := float64(t.items)
	if t.items == 0 || chance == t.items*t.items {
		return nil
	}
	po, pe := float64(agree)/n, float64(chance)/(n*n)
	k := (po - pe) / (1 - pe)
	return &k
}

// ratio returns a/b, or nil when b is 0.
func ratio(a, b float64) *float64 {
	if b == 0 {
		return nil
	}
	x := a / b
	return &x
}

// matrix is a square matrix of counts that grows on demand.
type matrix struct {
	n int
	v []int
}

func (m *matrix) add(i, j, x int) {
	if k := max(i, j) + 1; k > m.n {
		v := make([]int, k*k)
		for r := 0; r < m.n; r++ {
			copy(v[r*k:], m.v[r*m.n:(r+1)*m.n])
		}
		m.n, m.v = k, v
	}
	m.v[i*m.n+j] += x
}

func (m *matrix) at(i, j int) int {
	if i >= m.n || j >= m.n {
		return 0
	}
	return m.v[i*m.n+j]
}
