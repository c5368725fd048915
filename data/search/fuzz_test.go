package search

import (
	"context"
	"testing"
	"unicode/utf8"
)

// osa is the optimal string alignment distance of a and b, written
// plainly as the reference the index's walk must agree with.
func osa(a, b []rune) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

// wordMatches reports whether sentence word w matches query word q as a
// result needs: equal, within q's edits, or starting with q.
func wordMatches(q qword, w []rune) bool {
	if len(w) > len(q.runes) && string(w[:len(q.runes)]) == q.text {
		return true
	}
	return osa(q.runes, w) <= q.maxEdits()
}

// FuzzSearch searches arbitrary texts (invalid UTF-8 included) for
// arbitrary queries: no panic; a result's text is the sentence's exactly;
// every result holds every query word (or,
// marked partial, some) as a word within its edits or as a prefix;
// Matched holds ascending rune indexes of the text; a limit keeps a
// prefix of the full ranking.
func FuzzSearch(f *testing.F) {
	f.Add("Lavorv", "Sergej Lavrov ha descritto", "una fratellanza combattiva", "Perché la città")
	f.Add("citta perche", "La città è", "CITTÀ\x00 citta", "\xff\xc3(\xe2\x82")
	f.Add("ſK' ǅ", "s\u212A’", "\ufffd\xfe", "ǅ ΣΟΦΊΑ")
	f.Add("e\u0301 \u0301", "cafe\u0301 e\u0301", "مرحبا", "🎉 a")
	f.Fuzz(func(t *testing.T, query, a, b, c string) {
		texts := []string{a, b, c, a + " " + b}
		ix := New(entries(texts...))
		all, err := ix.Search(context.Background(), query, 0)
		if err != nil {
			t.Fatal(err)
		}
		words := parseQuery(query)
		for _, r := range all {
			if r.Text != texts[r.Index] {
				t.Fatalf("sentence %d came back as %q, was %q", r.Index, r.Text, texts[r.Index])
			}
			n := utf8.RuneCountInString(r.Text)
			for j, m := range r.Matched {
				if m < 0 || m >= n || j > 0 && m <= r.Matched[j-1] {
					t.Fatalf("%q in %q: matched %v", query, r.Text, r.Matched)
				}
			}
			var sentence [][]rune
			var sc wordScratch
			eachWord(appendFolded(nil, r.Text), &sc, func(letters []byte, _ []int, _ int) {
				sentence = append(sentence, []rune(string(letters)))
			})
			held := 0
			for _, q := range words {
				for _, w := range sentence {
					if wordMatches(q, w) {
						held++
						break
					}
				}
			}
			if held == 0 || held < len(words) && !r.Partial || held == len(words) && r.Partial {
				t.Fatalf("%q in %q: holds %d of %d words, partial %v", query, r.Text, held, len(words), r.Partial)
			}
		}
		for _, limit := range []int{1, 2} {
			res, err := ix.Search(context.Background(), query, limit)
			if err != nil {
				t.Fatal(err)
			}
			if len(res) != min(limit, len(all)) {
				t.Fatalf("%q limit %d: %d results of %d", query, limit, len(res), len(all))
			}
			for i := range res {
				if res[i].Text != all[i].Text || res[i].Index != all[i].Index {
					t.Fatalf("%q limit %d: result %d differs", query, limit, i)
				}
			}
		}
	})
}
