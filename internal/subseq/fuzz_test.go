package subseq

import (
	"context"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// FuzzSearch searches arbitrary texts (invalid UTF-8 included) for
// arbitrary queries: no panic, Matched holds ascending rune indexes of the
// text, Exact results are fuzzy.Find's matches with its scores, and a
// limit keeps a prefix of the full ranking.
func FuzzSearch(f *testing.F) {
	f.Add("Lavorv", "Sergej Lavrov ha descritto", "una fratellanza combattiva", "Perché la città")
	f.Add("citta", "La città è", "CITTÀ\x00 citta", "\xff\xc3(\xe2\x82")
	f.Add("ſK'", "s\u212A’", "\ufffd\xfe", "ǅ ΣΟΦΊΑ")
	f.Fuzz(func(t *testing.T, query, a, b, c string) {
		texts := []string{a, b, c, a + " " + b}
		ix := New(entries(texts))
		all, err := ix.Search(context.Background(), query, 0)
		if err != nil {
			t.Fatal(err)
		}
		plain := fuzzy.Find(query, texts)
		exact := 0
		for i, r := range all {
			n := utf8.RuneCountInString(r.Text)
			if len(r.Matched) == 0 || r.Matched[0] < 0 || r.Matched[len(r.Matched)-1] >= n {
				t.Fatalf("%q in %q: matched %v", query, r.Text, r.Matched)
			}
			for j := 1; j < len(r.Matched); j++ {
				if r.Matched[j] <= r.Matched[j-1] {
					t.Fatalf("%q in %q: matched %v", query, r.Text, r.Matched)
				}
			}
			if r.Kind != Exact {
				continue
			}
			exact++
			// sahilm's own positions repeat an index when its score
			// overflows (patterns of dozens of one letter); compare them
			// only where they are sane.
			if i >= len(plain) || r.Text != plain[i].Str || r.Score != plain[i].Score ||
				ascending(plain[i].MatchedIndexes) && !slices.Equal(r.Matched, runeOffsets(r.Text, plain[i].MatchedIndexes)) {
				t.Fatalf("%q: result %d %+v, sahilm %+v", query, i, r, plain)
			}
		}
		if exact != len(plain) {
			t.Fatalf("%q: %d exact results, sahilm %d", query, exact, len(plain))
		}
		two, err := ix.Search(context.Background(), query, 2)
		if err != nil {
			t.Fatal(err)
		}
		// Typo matches fill a limited page but join an unlimited one only
		// when nothing else matches.
		if len(all) > 0 && all[0].Kind != Typo {
			two = slices.DeleteFunc(two, func(r Result) bool { return r.Kind == Typo })
		}
		if !slices.EqualFunc(two, all[:min(len(two), len(all))], sameResult) {
			t.Fatalf("%q: limit 2 gives %+v, full ranking %+v", query, two, all)
		}
	})
}

// ascending reports whether xs strictly increase.
func ascending(xs []int) bool {
	for i := 1; i < len(xs); i++ {
		if xs[i] <= xs[i-1] {
			return false
		}
	}
	return true
}
