// Package typocorpus generates what search quality and speed are measured
// on: Italian and English news-like sentences over a large vocabulary
// with Zipf's word frequencies (as real text has: a few words everywhere,
// most words rare), and queries typed in a hurry from them, with the
// words each query meant, so that results can be judged.
package typocorpus

import (
	"math"
	"math/rand/v2"
	"sort"
	"strings"
)

// language is one language's vocabulary, most frequent word first, and
// the cumulative Zipf weights to draw from it.
type language struct {
	words []string
	cum   []float64
}

// Function words lead each vocabulary: they are real text's commonest.
var (
	italianTop = strings.Fields(`di e il la che in a per un del è non una le con i della si da
		al dei ha più come anche ma sono nel alla lo gli delle sul tra degli questo sua
		suo loro stato essere dopo prima ancora già però quindi mentre secondo governo
		ministro paese città perché così può già là dell’esercito l’accordo`)
	englishTop = strings.Fields(`the of and to a in that is for on was with as by it at from be
		has have are not but his its their this an were after before also still however
		while according government minister country city café naïve army’s`)
)

// Syllables of made-up words, by language.
var (
	italianOnsets = strings.Fields(`b c d f g l m n p r s t v z br cr dr fr gr pr tr st sc sp ch gl gn`)
	italianVowels = strings.Fields(`a e i o u a e i o ia io ie ua uo`)
	italianEnds   = []string{"a", "e", "i", "o", "o", "a", "zione", "mente", "ità", "ò", "è", "ì"}
	englishOnsets = strings.Fields(`b c d f g h j k l m n p r s t v w y br cl cr dr fl fr gr pl pr sh st str th tr wh`)
	englishVowels = strings.Fields(`a e i o u ea ee oo ai ou ie`)
	englishEnds   = []string{"", "", "s", "ed", "ing", "er", "tion", "ly", "ness", "ment", "al", "y"}
)

// newLanguage makes a vocabulary of size words: the function words, then
// made-up words of two to five syllables (a tenth of them names,
// capitalised), all distinct, ranked in a seeded random order.
func newLanguage(seed uint64, size int, top, onsets, vowels, ends []string) *language {
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	seen := map[string]bool{}
	l := &language{}
	for _, w := range top {
		seen[strings.ToLower(w)] = true
		l.words = append(l.words, w)
	}
	for len(l.words) < size {
		var b strings.Builder
		for range 2 + rng.IntN(4) {
			b.WriteString(onsets[rng.IntN(len(onsets))])
			b.WriteString(vowels[rng.IntN(len(vowels))])
		}
		b.WriteString(ends[rng.IntN(len(ends))])
		w := b.String()
		if seen[w] {
			continue
		}
		seen[w] = true
		if rng.IntN(10) == 0 {
			w = strings.ToUpper(w[:1]) + w[1:]
		}
		l.words = append(l.words, w)
	}
	l.cum = make([]float64, len(l.words))
	total := 0.0
	for i := range l.words {
		total += 1 / math.Pow(float64(i+1), 1.05)
		l.cum[i] = total
	}
	for i := range l.cum {
		l.cum[i] /= total
	}
	return l
}

// word draws a word by its Zipf weight.
func (l *language) word(rng *rand.Rand) string {
	u := rng.Float64()
	return l.words[min(sort.SearchFloat64s(l.cum, u), len(l.words)-1)]
}
