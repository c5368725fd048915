package search

import (
	"slices"
	"testing"
)

// wordsByFold returns each word of text as eachWord finds it in the
// folded copy: its start and end offsets and its letters.
func wordsByFold(text string) (spans [][2]int, letters []string) {
	var sc wordScratch
	eachWord(appendFolded(nil, text), &sc, func(l []byte, offs []int, end int) {
		spans = append(spans, [2]int{offs[0], end})
		letters = append(letters, string(l))
	})
	return spans, letters
}

// FuzzEachWordOf checks that indexing finds the words, and letters, that
// the folded copy gives queries and highlights.
func FuzzEachWordOf(f *testing.F) {
	for _, s := range []string{
		"", "Lavrov, ministro degli Esteri: «è così».", "ÉCOLE—Ørsted's café",
		"e\u0301te\u0301 \u0301x", "a\xffb\xc3", "ﬁnanza İstanbul ΣΊΣΥΦΟΣ", "x\uFFFDy",
		"١٢٣ שלום 東京 🙂 ok", "Ǆemal ǅ ǆ", "ͅι", "  ,, ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		wantSpans, wantLetters := wordsByFold(text)
		var spans [][2]int
		var letters []string
		eachWordOf(text, func(start, end int) {
			spans = append(spans, [2]int{start, end})
			letters = append(letters, string(appendLetters(nil, text[start:end])))
		})
		if !slices.Equal(spans, wantSpans) || !slices.Equal(letters, wantLetters) {
			t.Fatalf("%q: eachWordOf gives %v %q, eachWord %v %q", text, spans, letters, wantSpans, wantLetters)
		}
	})
}
