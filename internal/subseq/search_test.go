package subseq

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// search runs ix.Search and fails t on error.
func search(t *testing.T, ix *Index, q string, limit int) []Result {
	t.Helper()
	res, err := ix.Search(context.Background(), q, limit)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestArticleQueries(t *testing.T) {
	ix := New(entries(testCorpus(t)))
	for _, c := range []struct{ query, first string }{
		{"frtellanza cmbattiva", "una fratellanza combattiva invincibile"},
		{"Lavrov", "Lavrov"},
		{"nordcoreani kursk", "nordcorean"},
	} {
		res := search(t, ix, c.query, 10)
		if len(res) == 0 || !strings.Contains(res[0].Text, c.first) {
			t.Errorf("%q: first result %+v, want one with %q", c.query, res, c.first)
		}
	}
	// Within the article alone the subsequence match finds nothing, so the
	// typo fallback does.
	res := search(t, New(entries(kurskSentences(t))), "combatiwa", 10)
	if len(res) == 0 || res[0].Kind != Typo || !strings.Contains(res[0].Text, "fratellanza combattiva") {
		t.Errorf("combatiwa: %+v", res)
	}
}

func TestTypos(t *testing.T) {
	ix := New(entries(append(kurskSentences(t), "Sergej Lavrov ha parlato.", "Il lavoro.")))
	res := search(t, ix, "Lavorv", 10)
	found := false
	for _, r := range res {
		found = found || r.Text == "Sergej Lavrov ha parlato."
	}
	if !found {
		t.Fatalf("Lavorv: %+v", res)
	}
	short := New(entries([]string{"Il lavoro.", "Sergej Lavrov ha parlato.", "Lavorv e basta."}))
	res = search(t, short, "Lavorv", 10)
	// "lavoro" and "Lavrov" are both one letter away.
	if len(res) != 3 || res[0].Kind != Exact || res[1].Kind != Typo || res[2].Kind != Typo ||
		res[2].Text != "Sergej Lavrov ha parlato." || res[1].Score != res[2].Score {
		t.Fatalf("Lavorv on short sentences: %+v", res)
	}
	if !slices.Equal(res[2].Matched, []int{7, 8, 9, 11, 12}) {
		t.Errorf("Lavorv matched %v", res[2].Matched)
	}
	if res := search(t, short, "Lavorv", 1); len(res) != 1 || res[0].Kind != Exact {
		t.Errorf("typos must not fill a full page: %+v", res)
	}
	if res := search(t, short, "Lxv", 10); len(res) != 0 {
		t.Errorf("short words take no typo: %+v", res)
	}
}

func TestFolding(t *testing.T) {
	texts := []string{"Una città.", "Perché no?", "Citta di mare.", "L’accordo.", "ΣΟΦΊΑ e ǅemal"}
	ix := New(entries(texts))
	for _, c := range []struct {
		query string
		want  []string // texts, in rank order
		kinds []Kind
	}{
		{"citta", []string{"Citta di mare.", "Una città."}, []Kind{Exact, Folded}},
		{"città", []string{"Una città.", "Citta di mare."}, []Kind{Exact, Folded}},
		{"perche", []string{"Perché no?"}, []Kind{Folded}},
		{"l'accordo", []string{"L’accordo."}, []Kind{Folded}},
		{"σοφια", []string{"ΣΟΦΊΑ e ǅemal"}, []Kind{Folded}},
		{"ǆem", []string{"ΣΟΦΊΑ e ǅemal"}, []Kind{Exact}},
		{"sofia", nil, nil}, // other scripts are not transliterated
		{"dzem", nil, nil},
	} {
		var got []string
		var kinds []Kind
		for _, r := range search(t, ix, c.query, 10) {
			got = append(got, r.Text)
			kinds = append(kinds, r.Kind)
			checkMatched(t, c.query, r)
		}
		if !slices.Equal(got, c.want) || !slices.Equal(kinds, c.kinds) {
			t.Errorf("%q: got %q %v, want %q %v", c.query, got, kinds, c.want, c.kinds)
		}
	}
}

// checkMatched fails t unless the runes of r.Text at r.Matched fold to the
// query's runes (for Exact and Folded results).
func checkMatched(t *testing.T, query string, r Result) {
	t.Helper()
	if r.Kind == Typo {
		return
	}
	text, q := []rune(r.Text), []rune(query)
	if len(r.Matched) != len(q) {
		t.Fatalf("%q in %q: matched %v", query, r.Text, r.Matched)
	}
	for i, m := range r.Matched {
		if key(text[m]) != key(q[i]) {
			t.Fatalf("%q in %q: matched %v, rune %d is %q", query, r.Text, r.Matched, m, text[m])
		}
	}
}

func TestMatchedRunes(t *testing.T) {
	ix := New(entries(testCorpus(t)))
	for _, q := range sahilmQueries {
		for _, r := range search(t, ix, q, 50) {
			checkMatched(t, q, r)
		}
	}
}

func TestReplaceRemove(t *testing.T) {
	ix := New([]Entry{{1, 0, "alpha one"}, {2, 0, "beta two"}, {1, 1, "alpha uno"}})
	ix.Replace(1, []Entry{{DocID: 9, Index: 0, Text: "gamma tre"}})
	if ix.Len() != 2 {
		t.Fatalf("Len %d", ix.Len())
	}
	if res := search(t, ix, "alpha", 0); len(res) != 0 {
		t.Fatalf("replaced text still found: %+v", res)
	}
	res := search(t, ix, "gamma", 0)
	if len(res) != 1 || res[0].Entry != (Entry{1, 0, "gamma tre"}) {
		t.Fatalf("gamma: %+v", res)
	}
	ix.Remove(2)
	ix.Remove(5)
	if ix.Len() != 1 || len(search(t, ix, "beta", 0)) != 0 {
		t.Fatalf("after Remove: Len %d", ix.Len())
	}
	for d := range int64(100) {
		ix.Replace(d+10, []Entry{{Text: fmt.Sprint("doc ", d)}, {Index: 1, Text: "common"}})
	}
	for d := range int64(90) {
		ix.Remove(d + 10)
	}
	if ix.Len() != 21 || len(search(t, ix, "common", 0)) != 10 || len(ix.mask) > 2*ix.Len() {
		t.Fatalf("after compaction: Len %d, %d slots", ix.Len(), len(ix.mask))
	}
	res = search(t, ix, "doc 95", 0)
	if len(res) == 0 || res[0].Entry != (Entry{105, 0, "doc 95"}) {
		t.Fatalf("doc 95: %+v", res)
	}
}

func TestEdgeCases(t *testing.T) {
	ix := New(entries([]string{"", "a\x00b", "\xff\xfe", "ab"}))
	if res := search(t, ix, "", 0); res != nil {
		t.Errorf("empty query: %+v", res)
	}
	if res := search(t, ix, "ab", 0); len(res) != 1 || res[0].Text != "ab" {
		t.Errorf("text after NUL must not match: %+v", res)
	}
	if res := search(t, ix, "\xfe", 0); len(res) != 1 || !slices.Equal(res[0].Matched, []int{0}) {
		t.Errorf("invalid byte: %+v", res)
	}
	var zero Index
	if res := search(t, &zero, "a", 0); len(res) != 0 || zero.Len() != 0 {
		t.Errorf("zero Index: %+v", res)
	}
	zero.Replace(3, []Entry{{Text: "a"}})
	if res := search(t, &zero, "a", 0); len(res) != 1 || res[0].DocID != 3 {
		t.Errorf("zero Index after Replace: %+v", res)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ix.Search(ctx, "a", 0); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}

func TestSearchFunc(t *testing.T) {
	texts := genCorpus(firstPageChunks*chunkSize+1000, 3)
	ix := New(entries(texts))
	for _, n := range []int{len(texts), 100} {
		small := New(entries(texts[:n]))
		var pages [][]Result
		var finals []bool
		err := small.SearchFunc(context.Background(), "accordo strategico", 5, func(page []Result, final bool) {
			pages = append(pages, page)
			finals = append(finals, final)
		})
		if err != nil {
			t.Fatal(err)
		}
		want := []bool{true}
		if n > firstPageChunks*chunkSize {
			want = []bool{false, true}
		}
		if !slices.Equal(finals, want) || len(pages[0]) != 5 {
			t.Fatalf("%d sentences: finals %v, first page %d", n, finals, len(pages[0]))
		}
		if res := search(t, small, "accordo strategico", 5); !slices.EqualFunc(res, pages[len(pages)-1], sameResult) {
			t.Fatalf("final page differs from Search")
		}
	}
	// The index changing between the pages restarts the scan.
	err := ix.SearchFunc(context.Background(), "lavrov", 3, func(page []Result, final bool) {
		if !final {
			ix.Replace(1, []Entry{{Text: "Lavrov."}})
			return
		}
		if page[0].Text != "Lavrov." {
			t.Errorf("final page after Replace: %+v", page)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
}

// sameResult reports whether a and b are equal.
func sameResult(a, b Result) bool {
	return a.Entry == b.Entry && a.Score == b.Score && a.Kind == b.Kind && slices.Equal(a.Matched, b.Matched)
}

// TestTyping checks that reusing the previous query's candidates gives
// what a fresh index gives, also across changes.
func TestTyping(t *testing.T) {
	all := entries(testCorpus(t))
	ix := New(all)
	typed := []string{"l", "la", "lav", "lavr", "lavro", "lavrov", "lavrov ", "lavrov m", "avrov m",
		"lavrov mo", "lavrov mosca", "lavrovx", "lavrovxy", "c", "ci", "cit", "citt", "città"}
	for i, q := range typed {
		if i == 8 {
			ix.Replace(1, []Entry{{Text: "Lavrov a Mosca."}})
			all = append(all[20:], Entry{DocID: 1, Text: "Lavrov a Mosca."})
		}
		fresh := New(all)
		for _, limit := range []int{0, 1, 7} {
			got, want := search(t, ix, q, limit), search(t, fresh, q, limit)
			if !slices.EqualFunc(got, want, sameResult) {
				t.Fatalf("%q limit %d: %d results, fresh index %d", q, limit, len(got), len(want))
			}
		}
	}
}
