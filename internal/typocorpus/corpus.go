package typocorpus

import (
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

// VocabularySize is how many words each language's vocabulary has: about
// what a million sentences of real news use.
const VocabularySize = 150_000

// Corpus generates sentences; it is deterministic in its seed.
type Corpus struct {
	seed    uint64
	italian *language
	english *language
}

// New returns the corpus of seed.
func New(seed uint64) *Corpus {
	return &Corpus{
		seed:    seed,
		italian: newLanguage(seed, VocabularySize, italianTop, italianOnsets, italianVowels, italianEnds),
		english: newLanguage(seed+1, VocabularySize, englishTop, englishOnsets, englishVowels, englishEnds),
	}
}

// Sentence returns sentence n: one in four is English, the rest
// Italian; 6 to 40 words, capitalised, with commas and a final stop.
func (c *Corpus) Sentence(n int) string {
	rng := rand.New(rand.NewPCG(c.seed, uint64(n)))
	l := c.italian
	if rng.IntN(4) == 0 {
		l = c.english
	}
	var b strings.Builder
	words := 6 + rng.IntN(15) + rng.IntN(20)
	for i := range words {
		if i > 0 {
			if rng.IntN(12) == 0 {
				b.WriteByte(',')
			}
			b.WriteByte(' ')
		}
		b.WriteString(l.word(rng))
	}
	if rng.IntN(12) == 0 {
		b.WriteByte('?')
	} else {
		b.WriteByte('.')
	}
	s := b.String()
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}
