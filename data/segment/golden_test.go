package segment

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"sort"
	"strings"
	"testing"
)

// goldenPath is the shared development set of sentence-boundary rules.
const goldenPath = "../../../shared/testdata/sbd_golden_rules_it_en.json"

type goldenCase struct {
	Lang      string   `json:"lang"`
	Text      string   `json:"text"`
	Sentences []string `json:"sentences"`
	ID        string   `json:"id"`
	Options   struct {
		DocType string `json:"doc_type"`
	} `json:"options"`
	Ordered *bool `json:"sentences_are_ordered_substrings_of_text"`
}

// starts returns the code-point offsets where sentences start in text,
// located in order as shared/tools/sbd_score.py does, or nil if one is
// missing.
func starts(text string, sents []string) []int {
	runes := []rune(text)
	var out []int
	cur := 0
	for _, s := range sents {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		step := len([]rune(s))
		i := runeIndex(runes, []rune(s), cur)
		if i < 0 { // tolerate white-space normalisation: match a short prefix
			p := []rune(s)
			i, step = runeIndex(runes, p[:min(12, len(p))], cur), 1
			if i < 0 {
				return nil
			}
		}
		out = append(out, i)
		cur = i + step
	}
	return out
}

func runeIndex(s, sub []rune, from int) int {
	for i := from; i+len(sub) <= len(s); i++ {
		if string(s[i:i+len(sub)]) == string(sub) {
			return i
		}
	}
	return -1
}

type score struct{ n, exact, tp, fp, fn int }

func (s score) f1() float64 {
	p := float64(s.tp) / float64(max(1, s.tp+s.fp))
	r := float64(s.tp) / float64(max(1, s.tp+s.fn))
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// TestGoldenRules scores Split on the shared golden rules like
// sbd_score.py: exact-match rate and boundary F1 per language.
func TestGoldenRules(t *testing.T) {
	data, err := os.ReadFile(goldenPath)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("skipped: no ../shared (the public golden rules live there; make check-contract scores them too)")
	}
	if err != nil {
		t.Fatal(err)
	}
	var cases []goldenCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	scores := map[string]*score{}
	for _, c := range cases {
		if c.Ordered != nil && !*c.Ordered || c.Options.DocType != "" {
			continue
		}
		spans := splitChecked(t, c.Text, c.Lang)
		st := scores[c.Lang]
		if st == nil {
			st = &score{}
			scores[c.Lang] = st
		}
		st.n++
		gold, pred := starts(c.Text, c.Sentences), starts(c.Text, texts(spans))
		if gold == nil {
			continue
		}
		g, p := map[int]bool{}, map[int]bool{}
		for _, x := range gold[min(1, len(gold)):] {
			g[x] = true
		}
		for _, x := range pred[min(1, len(pred)):] {
			p[x] = true
			if g[x] {
				st.tp++
			} else {
				st.fp++
			}
		}
		for x := range g {
			if !p[x] {
				st.fn++
			}
		}
		var want []string
		for _, s := range c.Sentences {
			if s = strings.TrimSpace(s); s != "" {
				want = append(want, s)
			}
		}
		if strings.Join(want, "\x00") == strings.Join(texts(spans), "\x00") {
			st.exact++
		} else if testing.Verbose() {
			t.Logf("%s\n gold: %q\n pred: %q", c.ID, want, texts(spans))
		}
	}
	floor := map[string]float64{"it": 0.95, "en": 0.90}
	langs := make([]string, 0, len(scores))
	for l := range scores {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		st := scores[l]
		rate := float64(st.exact) / float64(st.n)
		t.Logf("%s: cases=%d exact=%.3f boundary F1=%.4f", l, st.n, rate, st.f1())
		if rate < floor[l] {
			t.Errorf("%s: exact-match rate %.3f below %.2f", l, rate, floor[l])
		}
	}
}
