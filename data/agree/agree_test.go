package agree

import (
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/veritag/veritag/data/model"
)

func near(t *testing.T, what string, got *float64, want, tol float64) {
	t.Helper()
	if got == nil {
		t.Errorf("%s = null, want %.4f", what, want)
		return
	}
	if math.Abs(*got-want) > tol {
		t.Errorf("%s = %.6f, want %.6f", what, *got, want)
	}
}

func null(t *testing.T, what string, got *float64) {
	t.Helper()
	if got != nil {
		t.Errorf("%s = %v, want null", what, *got)
	}
}

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", C:
// nominal data, 4 observers, 12 units, missing values; alpha = 0.743.
func TestKrippendorffWorkedExample(t *testing.T) {
	rows := map[string]string{
		"A": "1 2 3 3 2 1 4 1 2 . . .",
		"B": "1 2 3 3 2 2 4 1 2 5 . 3",
		"C": ". 3 3 3 2 3 4 2 2 5 1 .",
		"D": "1 2 3 3 2 4 4 1 2 5 1 .",
	}
	var c Counter
	for u := 0; u < 12; u++ {
		item := map[string]string{}
		for coder, row := range rows {
			if v := strings.Fields(row)[u]; v != "." {
				item[coder] = v
			}
		}
		c.Add(7, item)
	}
	r := c.Report()
	if r.Items != 11 {
		t.Errorf("items = %d, want 11 (unit 12 has one value)", r.Items)
	}
	if !reflect.DeepEqual(r.Annotators, []string{"A", "B", "C", "D"}) {
		t.Errorf("annotators = %v", r.Annotators)
	}
	near(t, "alpha", r.KrippendorffAlpha, 0.743, 0.0005)
	near(t, "alpha exact", r.KrippendorffAlpha, 113.0/152, 1e-12)
	if len(r.Documents) != 1 || r.Documents[0].DocID != 7 {
		t.Fatalf("documents = %+v", r.Documents)
	}
	near(t, "document alpha", r.Documents[0].KrippendorffAlpha, 113.0/152, 1e-12)
	// Units 2-9 are the only ones all four observers coded.
	if r.FleissItems != 8 {
		t.Errorf("fleiss items = %d, want 8", r.FleissItems)
	}
	if len(r.CohenKappa) != 6 {
		t.Errorf("cohen pairs = %d, want 6", len(r.CohenKappa))
	}
}

// Wikipedia, "Fleiss' kappa", worked example: 10 items, 14 raters, 5
// categories; P-bar = 0.378, kappa = 0.210.
func TestFleissWorkedExample(t *testing.T) {
	table := [][]int{
		{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
		{7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7},
	}
	var c Counter
	for i, row := range table {
		item := map[string]string{}
		rater := 0
		for cat, n := range row {
			for range n {
				item[fmt.Sprintf("r%02d", rater)] = fmt.Sprint(cat + 1)
				rater++
			}
		}
		c.Add(int64(i), item)
	}
	r := c.Report()
	if r.Items != 10 || r.FleissItems != 10 || len(r.Annotators) != 14 {
		t.Errorf("items %d, fleiss items %d, annotators %d", r.Items, r.FleissItems, len(r.Annotators))
	}
	near(t, "fleiss", r.FleissKappa, 0.210, 0.0005)
	near(t, "percent", r.PercentAgreement, 0.378, 0.0005)
	// Item 1 is unanimous, item 8 the most split.
	if d := r.Documents; d[len(d)-1].DocID != 0 || d[0].DocID != 7 {
		t.Errorf("document order: first %d last %d", d[0].DocID, d[len(d)-1].DocID)
	}
}

// Wikipedia, "Cohen's kappa", first example: 50 proposals, Yes/Yes 20,
// Yes/No 5, No/Yes 10, No/No 15; p_o = 0.7, p_e = 0.5, kappa = 0.4.
func TestCohenWorkedExample(t *testing.T) {
	var sents []model.AnnotatedSentence
	add := func(n int, a, b string) {
		for range n {
			sents = append(sents, sentence(1, len(sents), "A", a, "B", b))
		}
	}
	add(20, "Yes", "Yes")
	add(5, "Yes", "No")
	add(10, "No", "Yes")
	add(15, "No", "No")
	r := Compute(sents)
	if len(r.CohenKappa) != 1 {
		t.Fatalf("cohen = %+v", r.CohenKappa)
	}
	p := r.CohenKappa[0]
	if p.A != "A" || p.B != "B" || p.Items != 50 {
		t.Errorf("pair = %+v", p)
	}
	near(t, "cohen", p.Kappa, 0.4, 1e-12)
	near(t, "percent", r.PercentAgreement, 0.7, 1e-12)
	// Positive specific agreement: 2a / (2a + b + c).
	wantLabels := []struct {
		label    string
		values   int
		specific float64
	}{{"No", 45, 30.0 / 45}, {"Yes", 55, 40.0 / 55}}
	for i, w := range wantLabels {
		l := r.Labels[i]
		if l.Label != w.label || l.Values != w.values {
			t.Errorf("label %d = %+v, want %s with %d values", i, l, w.label, w.values)
		}
		near(t, "specific "+w.label, l.SpecificAgreement, w.specific, 1e-12)
		// With two labels, one-vs-rest is the same as the full alpha.
		near(t, "alpha "+w.label, l.Alpha, *r.KrippendorffAlpha, 1e-12)
	}
	want := Confusion{Labels: []string{"No", "Yes"}, Pairs: [][]int{{15, 15}, {15, 20}}}
	if !reflect.DeepEqual(r.Confusion, want) {
		t.Errorf("confusion = %+v, want %+v", r.Confusion, want)
	}
}

func sentence(doc int64, idx int, pairs ...string) model.AnnotatedSentence {
	s := model.AnnotatedSentence{Sentence: model.Sentence{DocID: doc, Index: idx}}
	for i := 0; i+1 < len(pairs); i += 2 {
		s.Annotations = append(s.Annotations, model.Annotation{DocID: doc, SentenceIndex: idx, Annotator: pairs[i], Label: pairs[i+1]})
	}
	return s
}

func TestPerfectAgreement(t *testing.T) {
	r := Compute([]model.AnnotatedSentence{
		sentence(1, 0, "a", "CLAIM", "b", "CLAIM", "c", "CLAIM"),
		sentence(1, 1, "a", "FACT", "b", "FACT", "c", "FACT"),
		sentence(1, 2, "a", "SPECULATION", "b", "SPECULATION"),
	})
	near(t, "percent", r.PercentAgreement, 1, 0)
	near(t, "alpha", r.KrippendorffAlpha, 1, 1e-12)
	near(t, "fleiss", r.FleissKappa, 1, 1e-12)
	for _, p := range r.CohenKappa {
		near(t, "cohen "+p.A+p.B, p.Kappa, 1, 1e-12)
	}
	if r.FleissItems != 2 {
		t.Errorf("fleiss items = %d, want 2", r.FleissItems)
	}
}

// With one label only, chance agreement is 1: kappa and alpha divide by
// zero and are undefined, while percent agreement is 1.
func TestOneLabelOnlyIsUndefined(t *testing.T) {
	r := Compute([]model.AnnotatedSentence{
		sentence(1, 0, "a", "FACT", "b", "FACT"),
		sentence(1, 1, "a", "FACT", "b", "FACT"),
	})
	near(t, "percent", r.PercentAgreement, 1, 0)
	null(t, "alpha", r.KrippendorffAlpha)
	null(t, "fleiss", r.FleissKappa)
	null(t, "cohen", r.CohenKappa[0].Kappa)
	null(t, "label alpha", r.Labels[0].Alpha)
	out, _ := json.Marshal(r)
	for _, k := range []string{`"fleiss_kappa":null`, `"krippendorff_alpha":null`, `"kappa":null`} {
		if !strings.Contains(string(out), k) {
			t.Errorf("JSON lacks %s: %s", k, out)
		}
	}
}

func TestSingleAnnotatorHasNoItems(t *testing.T) {
	r := Compute([]model.AnnotatedSentence{
		sentence(1, 0, "a", "FACT"),
		sentence(1, 1, "a", "CLAIM"),
		sentence(1, 2),
	})
	if r.Items != 0 || len(r.Annotators) != 0 || len(r.CohenKappa) != 0 || len(r.Documents) != 0 {
		t.Errorf("report = %+v", r)
	}
	null(t, "percent", r.PercentAgreement)
	null(t, "alpha", r.KrippendorffAlpha)
	null(t, "fleiss", r.FleissKappa)
}

// The agreement --json contract: these keys, arrays never null.
func TestReportJSONContract(t *testing.T) {
	var empty Counter
	out, err := json.Marshal(empty.Report())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(out), `{"items":0,"annotators":[],"percent_agreement":null,"fleiss_kappa":null,"krippendorff_alpha":null,"cohen_kappa":[]`) {
		t.Errorf("empty report JSON = %s", out)
	}
	r := Compute([]model.AnnotatedSentence{
		sentence(1, 0, "ann", "FACT", "bob", "CLAIM"),
		sentence(1, 1, "ann", "FACT", "bob", "FACT"),
	})
	out, _ = json.Marshal(r)
	var m map[string]any
	if err := json.Unmarshal(out, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"items", "annotators", "percent_agreement", "fleiss_kappa", "krippendorff_alpha", "cohen_kappa"} {
		if _, ok := m[k]; !ok {
			t.Errorf("JSON lacks %q: %s", k, out)
		}
	}
	pair := m["cohen_kappa"].([]any)[0].(map[string]any)
	if pair["a"] != "ann" || pair["b"] != "bob" || pair["items"] != 2.0 {
		t.Errorf("cohen_kappa[0] = %v", pair)
	}
	if _, ok := pair["kappa"]; !ok {
		t.Errorf("cohen_kappa[0] lacks kappa: %v", pair)
	}
}

// Fleiss' kappa uses only items every annotator labelled; the others still
// count for alpha, percent agreement and Cohen's kappa.
func TestFleissOnlyItemsLabelledByAll(t *testing.T) {
	r := Compute([]model.AnnotatedSentence{
		sentence(1, 0, "a", "FACT", "b", "FACT", "c", "CLAIM"),
		sentence(1, 1, "a", "CLAIM", "b", "CLAIM", "c", "CLAIM"),
		sentence(1, 2, "a", "FACT", "b", "SPECULATION"),
		sentence(1, 3, "b", "FACT", "c", "FACT"),
	})
	if r.Items != 4 || r.FleissItems != 2 {
		t.Errorf("items %d, fleiss items %d; want 4, 2", r.Items, r.FleissItems)
	}
	// P-bar = (1/3 + 1)/2; p = (4/6, 2/6); Pe = 20/36.
	near(t, "fleiss", r.FleissKappa, (2.0/3-20.0/36)/(1-20.0/36), 1e-12)
	items := map[string]int{}
	for _, p := range r.CohenKappa {
		items[p.A+p.B] = p.Items
	}
	if !reflect.DeepEqual(items, map[string]int{"ab": 3, "ac": 2, "bc": 3}) {
		t.Errorf("pair items = %v", items)
	}
}

func TestAddSentenceIgnoresAdjudicationAndEmptyLabels(t *testing.T) {
	s := sentence(1, 0, "a", "FACT", "b", "", "c", "CLAIM", "a", "CLAIM")
	s.Adjudicated = "SPECULATION"
	r := Compute([]model.AnnotatedSentence{s})
	if r.Items != 1 || !reflect.DeepEqual(r.Annotators, []string{"a", "c"}) {
		t.Errorf("items %d annotators %v", r.Items, r.Annotators)
	}
	// a's later annotation (CLAIM) wins, so a and c agree.
	near(t, "percent", r.PercentAgreement, 1, 0)
	for _, l := range r.Confusion.Labels {
		if l == "SPECULATION" {
			t.Error("the adjudicated label entered agreement")
		}
	}
}

func TestDocumentsMostContestedFirst(t *testing.T) {
	r := Compute([]model.AnnotatedSentence{
		sentence(1, 0, "a", "FACT", "b", "FACT"),
		sentence(2, 0, "a", "FACT", "b", "CLAIM"),
		sentence(2, 1, "a", "FACT", "b", "FACT"),
		sentence(3, 0, "a", "FACT", "b", "CLAIM"),
		sentence(4, 0, "a", "FACT"),
	})
	var got []int64
	for _, d := range r.Documents {
		got = append(got, d.DocID)
	}
	if !reflect.DeepEqual(got, []int64{3, 2, 1}) {
		t.Errorf("document order = %v, want [3 2 1]", got)
	}
	near(t, "doc 2 percent", r.Documents[1].PercentAgreement, 0.5, 0)
}
