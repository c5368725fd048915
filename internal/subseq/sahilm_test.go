package subseq

import (
	"context"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// sahilmQueries are typical queries, with typos, accents and case.
var sahilmQueries = []string{
	"Lavrov", "lavrov", "nordcoreani kursk", "frtellanza cmbattiva", "accordo",
	"la", "e", "Mosca", "russia corea", "cooperazione militare", "strategico",
	"kim", "città", "perche", "potrebbe", "secondo Lavrov", "pyongyang", "co",
	"NATO", "zelensky kiev", "gas prezzi", "l’accordo", "dell'esercito", "ù",
}

// TestTopTenMatchesSahilm checks that the ranking is sahilm's: the first
// ten results are fuzzy.Find's first ten, with its scores, and the Exact
// results are all of fuzzy.Find's matches in its order.
func TestTopTenMatchesSahilm(t *testing.T) {
	texts := testCorpus(t)
	ents := entries(texts)
	ix := New(ents)
	for _, q := range sahilmQueries {
		plain := fuzzy.Find(q, texts)
		top, err := ix.Search(context.Background(), q, 10)
		if err != nil {
			t.Fatal(err)
		}
		for i, m := range plain[:min(10, len(plain))] {
			if i >= len(top) || top[i].Kind != Exact || top[i].Text != m.Str || top[i].Score != m.Score {
				t.Fatalf("%q: result %d = %+v, sahilm has %q score %d", q, i, top[min(i, len(top)-1)], m.Str, m.Score)
			}
		}
		all, err := ix.Search(context.Background(), q, 0)
		if err != nil {
			t.Fatal(err)
		}
		exact := 0
		for _, r := range all {
			if r.Kind == Exact {
				exact++
			}
		}
		if exact != len(plain) {
			t.Fatalf("%q: %d exact results, sahilm has %d", q, exact, len(plain))
		}
		for i, m := range plain {
			if all[i].Entry != ents[m.Index] || all[i].Score != m.Score || !slices.Equal(all[i].Matched, runeOffsets(m.Str, m.MatchedIndexes)) {
				t.Fatalf("%q: result %d = %+v, sahilm has %+v", q, i, all[i], m)
			}
		}
		t.Logf("%q: %d sahilm matches, %d results", q, len(plain), len(all))
	}
}

// TestPruningKeepsSahilmTop checks on a larger corpus, where most
// sentences are skipped unscored, that the first results are still
// fuzzy.Find's.
func TestPruningKeepsSahilmTop(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	texts := append(genCorpus(30000, 11), kurskSentences(t)...)
	ix := New(entries(texts))
	queries := slices.Concat(sahilmQueries, benchQueries, typoQueries,
		[]string{"nord-corea", "rai.it", "km/h", "you tube", "iphone", "W", "Tt", "mcd", "e-", "24/7 anti"})
	for _, q := range queries {
		plain := fuzzy.Find(q, texts)
		for _, limit := range []int{1, 10, 25} {
			res, err := ix.Search(context.Background(), q, limit)
			if err != nil {
				t.Fatal(err)
			}
			for i, m := range plain[:min(limit, len(plain))] {
				if res[i].Text != m.Str || res[i].Score != m.Score {
					t.Fatalf("%q limit %d: result %d = %q %d, sahilm has %q %d", q, limit, i, res[i].Text, res[i].Score, m.Str, m.Score)
				}
			}
		}
	}
}

// TestRandomTopMatchesSahilm does the same on random texts over a small
// alphabet, where adjacent matches, separators, case changes and ties
// abound.
func TestRandomTopMatchesSahilm(t *testing.T) {
	alphabet := []string{"a", "b", "A", "B", "à", " ", "-", "c", "C", "d", "/"}
	rng := rand.New(rand.NewPCG(3, 3))
	pick := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		return b.String()
	}
	texts := make([]string, 5000)
	for i := range texts {
		texts[i] = pick(1 + rng.IntN(40))
	}
	all := entries(texts)
	ix := New(all)
	for range 300 {
		q := pick(1 + rng.IntN(8))
		plain := fuzzy.Find(q, texts)
		res, err := ix.Search(context.Background(), q, 5)
		if err != nil {
			t.Fatal(err)
		}
		for i, m := range plain[:min(5, len(plain))] {
			if res[i].Entry != all[m.Index] || res[i].Score != m.Score {
				t.Fatalf("%q: result %d = %+v, sahilm has %+v", q, i, res[i], m)
			}
		}
	}
}

// TestScoreMatchesSahilm compares the Exact scoring with fuzzy.Find on
// random texts full of case pairs, accents, separators, NULs and invalid
// UTF-8.
func TestScoreMatchesSahilm(t *testing.T) {
	alphabet := []string{"a", "A", "b", "B", "e", "é", "É", "è", "à", "k", "K", "\u212A",
		"s", "ſ", "S", " ", "-", "_", ".", "/", "\\", "’", "\x00", "\xff", "\xc3", "\ufffd", "x", "X",
		"\u00a0", "–", "ǅ", "ǆ", "Ǆ", "𝔸", "\xe2\x80"}
	rng := rand.New(rand.NewPCG(7, 7))
	pick := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		return b.String()
	}
	for range 200000 {
		text, pat := pick(rng.IntN(12)), pick(1+rng.IntN(4))
		checkScore(t, pat, text)
	}
}

// checkScore fails t unless the Exact scoring of pat on text is sahilm's.
func checkScore(t *testing.T, pat, text string) {
	t.Helper()
	ix, q := New([]Entry{{Text: text}}), newQuery(pat)
	var pos []int
	score, ok := q.score(ix.sentence(q, 0, new([]byte)), true, math.MinInt, &pos)
	want := fuzzy.Find(pat, []string{text})
	if ok != (len(want) == 1) {
		t.Fatalf("pattern %q text %q: matched %v, sahilm %v", pat, text, ok, want)
	}
	if ok && (score != want[0].Score || !slices.Equal(pos, want[0].MatchedIndexes)) {
		t.Fatalf("pattern %q text %q: score %d at %v, sahilm %d at %v", pat, text, score, pos, want[0].Score, want[0].MatchedIndexes)
	}
}

// runeOffsets converts sahilm's byte offsets into s to rune indexes.
func runeOffsets(s string, offs []int) []int {
	out := make([]int, len(offs))
	for i, o := range offs {
		out[i] = utf8.RuneCountInString(s[:o])
	}
	return out
}
