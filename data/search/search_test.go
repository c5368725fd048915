package search

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/sahilm/fuzzy"
)

// article returns the sample article's lines as entries of document 1.
func article(t *testing.T) []Entry {
	b, err := os.ReadFile("testdata/kursk-article-it.txt")
	if err != nil {
		t.Fatal(err)
	}
	var es []Entry
	for _, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) != "" {
			es = append(es, Entry{DocID: 1, Index: len(es), Text: line})
		}
	}
	return es
}

// entries makes entries of document 1 from texts.
func entries(texts ...string) []Entry {
	es := make([]Entry, len(texts))
	for i, s := range texts {
		es[i] = Entry{DocID: 1, Index: i, Text: s}
	}
	return es
}

// texts returns the texts of results.
func texts(res []Result) []string {
	out := make([]string, len(res))
	for i, r := range res {
		out[i] = r.Text
	}
	return out
}

// search runs a query with no limit.
func search(t *testing.T, ix *Index, q string) []Result {
	t.Helper()
	res, err := ix.Search(context.Background(), q, 0)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// TestScatteredLettersDoNotMatch: the "nordcoreni" found 16 of 29
// sentences by letters scattered across words; only sentences with a
// word within one edit of it may match now.
func TestScatteredLettersDoNotMatch(t *testing.T) {
	ix := New(article(t))
	res := search(t, ix, "nordcoreni")
	if len(res) == 0 {
		t.Fatal("nordcoreni found nothing")
	}
	for _, r := range res {
		if !strings.Contains(strings.ToLower(r.Text), "nordcorean") {
			t.Errorf("nordcoreni matched %q", r.Text)
		}
	}
	if res := search(t, New(entries("la donna ha detto")), "ladonna"); len(res) != 0 {
		t.Errorf("letters across two words matched: %q", texts(res))
	}
}

// TestExactWordsFirst: an exact "Lavrov" and a mistyped "Lavrof" both put
// sentences with Lavrov first, and exact words hide near ones.
func TestExactWordsFirst(t *testing.T) {
	ix := New(entries("Lavrova arrived in town", "lavori in corso a Mosca", "Sergej Lavrov ha detto", "nessuno"))
	for _, q := range []string{"Lavrov", "lavrov", "Lavrof", "LAVROV"} {
		res := search(t, ix, q)
		if len(res) == 0 || !strings.Contains(res[0].Text, "Lavrov ") {
			t.Errorf("%q: got %q, want the Lavrov sentence first", q, texts(res))
		}
	}
	// One swap from Lavrov, one letter from lavori: both near, both found.
	if got := texts(search(t, ix, "Lavorv")); !slices.Contains(got, "Sergej Lavrov ha detto") || !slices.Contains(got, "lavori in corso a Mosca") {
		t.Errorf("Lavorv: got %q", got)
	}
	if got := texts(search(t, ix, "Lavrov")); len(got) != 1 {
		t.Errorf("Lavrov: got %q, want only the exact word", got)
	}
}

// TestTypoKinds: a letter dropped, doubled, wrong, or two swapped (one
// edit, Damerau), in any case and accents; two edits only in long words.
func TestTypoKinds(t *testing.T) {
	ix := New(entries("La fratellanza combattiva del nord", "Una città perché sì", "Cooperazione militare rafforzata", "altro"))
	found := map[string]string{
		"fratelanza":            "fratellanza", // dropped
		"combbattiva":           "combattiva",  // doubled
		"combatitva":            "combattiva",  // swapped
		"combattiba":            "combattiva",  // wrong
		"citta":                 "città",       // accent left out
		"CITTÀ":                 "città",       // case
		"citt\u00e0":            "città",       // composed
		"citta\u0300":           "città",       // decomposed
		"perche":                "perché",
		"coperazoine":           "Cooperazione", // two edits in a long word
		"frtellanza cmbattiva":  "fratellanza combattiva",
		"militare cooperazione": "Cooperazione militare", // any order
		"coop":                  "Cooperazione",          // prefix
		"milit raff":            "militare rafforzata",   // prefixes
	}
	for q, want := range found {
		res := search(t, ix, q)
		if len(res) == 0 || res[0].Partial || !strings.Contains(res[0].Text, strings.Fields(want)[0]) {
			t.Errorf("%q: got %q, want the sentence with %q", q, texts(res), want)
		}
	}
	for _, q := range []string{"cotty", "frotellonzo", "militare rafforzzttta"} { // two edits in a short word, three in a long one
		for _, r := range search(t, ix, q) {
			if !r.Partial {
				t.Errorf("%q matched %q fully", q, r.Text)
			}
		}
	}
}

// TestPartialMatches: when no sentence holds every word, the ones holding
// the most are returned, marked partial; otherwise none is partial.
func TestPartialMatches(t *testing.T) {
	ix := New(entries("Kursk regione del nord", "regione di Kursk e Mosca", "nulla qui"))
	res := search(t, ix, "kursk mosca zzyzx")
	if len(res) != 1 || !res[0].Partial || !strings.Contains(res[0].Text, "Mosca") {
		t.Errorf("got %+v, want only the sentence with two of the words, partial", res)
	}
	for _, r := range search(t, ix, "kursk regione") {
		if r.Partial {
			t.Errorf("%q is partial though it holds every word", r.Text)
		}
	}
	if res := search(t, ix, "qwzzy"); len(res) != 0 {
		t.Errorf("a word nobody has: got %q", texts(res))
	}
}

// TestCloserWordsFirst: the words of the query side by side, in order,
// rank above the same words apart.
func TestCloserWordsFirst(t *testing.T) {
	ix := New(entries(
		"stampa libera, la conferenza",
		"la conferenza di ieri e la stampa",
		"stampa e conferenza",
		"conferenza stampa a Roma oggi",
	))
	got := texts(search(t, ix, "conferenza stampa"))
	want := []string{"conferenza stampa a Roma oggi", "stampa e conferenza", "la conferenza di ieri e la stampa", "stampa libera, la conferenza"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestMatchedAreWords: highlights are the letters of the matched words
// (rune indexes), the typed part of a prefix, never scattered letters.
func TestMatchedAreWords(t *testing.T) {
	ix := New(entries("Perché la città è bella"))
	for q, want := range map[string][]int{
		"citta":       {10, 11, 12, 13, 14},
		"perche bel":  {0, 1, 2, 3, 4, 5, 18, 19, 20},
		"cittá bella": {10, 11, 12, 13, 14, 18, 19, 20, 21, 22},
	} {
		res := search(t, ix, q)
		if len(res) != 1 || !slices.Equal(res[0].Matched, want) {
			t.Errorf("%q: got %+v, want matched %v", q, res, want)
		}
	}
}

// TestScoreIsSahilms: a word matched where sahilm/fuzzy matches it gets
// sahilm's score.
func TestScoreIsSahilms(t *testing.T) {
	for _, text := range []string{"Lavrov ha detto", "Sergej Lavrov ha detto che", "Kursk"} {
		res := search(t, New(entries(text)), "Lavrov Kursk"[:len(strings.Fields(text)[0])])
		q := strings.Fields(text)[0]
		res = search(t, New(entries(text)), q)
		m := fuzzy.Find(q, []string{text})
		if len(res) != 1 || len(m) != 1 || res[0].Score != m[0].Score {
			t.Errorf("%q in %q: score %+v, sahilm %+v", q, text, res, m)
		}
	}
}

// TestLimitAndOrder: a limit keeps the first results of the full ranking,
// and equal sentences keep their order.
func TestLimitAndOrder(t *testing.T) {
	var texts []string
	for i := range 300 {
		texts = append(texts, strings.Repeat("parola ", i%7)+"governo italiano "+strings.Repeat("x", i%13))
	}
	ix := New(entries(texts...))
	all := search(t, ix, "governo italiano")
	for _, limit := range []int{1, 5, 10, 299} {
		res, err := ix.Search(context.Background(), "governo italiano", limit)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.EqualFunc(res, all[:limit], func(a, b Result) bool { return a.Index == b.Index }) {
			t.Errorf("limit %d: not the first %d of the full ranking", limit, limit)
		}
	}
}

// TestBadQueries: queries without words, huge ones, right-to-left text and
// emoji give an answer, not a hang or a panic.
func TestBadQueries(t *testing.T) {
	ix := New(append(article(t), entries("مرحبا بالعالم الجميل", "festa 🎉 grande")...))
	for _, q := range []string{"", "  ", ".,;!?", "\u0301\u0301\u0301", "🎉", strings.Repeat("a", 10_000), strings.Repeat("lavrov ", 2_000)} {
		if res := search(t, ix, q); len(res) > 0 && strings.Trim(q, "🎉.,;!? \u0301") == "" {
			t.Errorf("%.20q matched %q", q, texts(res))
		}
	}
	if res := search(t, ix, "بالعالم"); len(res) != 1 {
		t.Errorf("right-to-left word: got %q", texts(res))
	}
	if res := search(t, ix, "festa 🎉"); len(res) != 1 {
		t.Errorf("word and emoji: got %q", texts(res))
	}
}
