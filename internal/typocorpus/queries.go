package typocorpus

import (
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Kinds of query.
const (
	Exact      = "exact"      // words as they are in the sentence
	Accentless = "accentless" // lower case, accents left out
	Dropped    = "dropped"    // one letter of one word left out
	Doubled    = "doubled"    // one letter typed twice
	Swapped    = "swapped"    // two adjacent letters swapped
	Wrong      = "wrong"      // one letter replaced by another
	Prefix     = "prefix"     // the last word only begun
	NoMatch    = "nomatch"    // words no sentence has
)

// Kinds lists every kind of query, in the order Queries cycles them.
var Kinds = []string{Exact, Accentless, Dropped, Doubled, Swapped, Wrong, Prefix, NoMatch}

// Query is one query and what it meant.
type Query struct {
	Text     string
	Kind     string
	Sentence int      // the sentence it was drawn from (-1 for NoMatch)
	Meant    []string // the words meant, folded; for Prefix the last is the prefix typed
}

// Queries returns n queries drawn from the first sentences sentences of
// c, seeded by seed, cycling through Kinds; one to three consecutive words
// each.
func (c *Corpus) Queries(seed uint64, n, sentences int) []Query {
	rng := rand.New(rand.NewPCG(seed, 0x9e77))
	out := make([]Query, 0, n)
	for len(out) < n {
		kind := Kinds[len(out)%len(Kinds)]
		if kind == NoMatch {
			out = append(out, noMatch(rng))
			continue
		}
		at := rng.IntN(sentences)
		if q, ok := draw(rng, Words(c.Sentence(at)), kind); ok {
			q.Sentence = at
			out = append(out, q)
		}
	}
	return out
}

// draw makes a query of kind from consecutive words of a sentence.
func draw(rng *rand.Rand, words []string, kind string) (Query, bool) {
	k := 1 + rng.IntN(3)
	if len(words) < k {
		return Query{}, false
	}
	start := rng.IntN(len(words) - k + 1)
	picked := slices.Clone(words[start : start+k])
	q := Query{Kind: kind}
	for _, w := range picked {
		q.Meant = append(q.Meant, Fold(w))
	}
	longest := 0
	for i, w := range picked {
		if len([]rune(w)) > len([]rune(picked[longest])) {
			longest = i
		}
	}
	r := []rune(picked[longest])
	switch kind {
	case Accentless:
		for i, w := range picked {
			picked[i] = Fold(w)
		}
	case Dropped, Doubled, Swapped, Wrong:
		if len(r) < 4 {
			return Query{}, false
		}
		picked[longest] = typo(rng, r, kind)
	case Prefix:
		last := []rune(picked[k-1])
		if len(last) < 5 {
			return Query{}, false
		}
		cut := max(3, len(last)*3/5)
		picked[k-1] = string(last[:cut])
		q.Meant[k-1] = Fold(picked[k-1])
	}
	q.Text = strings.Join(picked, " ")
	if rng.IntN(2) == 0 {
		q.Text = strings.ToLower(q.Text)
	}
	return q, true
}

// typo makes one typing mistake of kind in word r (4 letters or more).
func typo(rng *rand.Rand, r []rune, kind string) string {
	i := rng.IntN(len(r) - 1)
	switch kind {
	case Dropped:
		r = slices.Delete(r, i, i+1)
	case Doubled:
		r = slices.Insert(r, i, r[i])
	case Swapped:
		if r[i] == r[i+1] {
			r[i] = 'x'
		} else {
			r[i], r[i+1] = r[i+1], r[i]
		}
	case Wrong:
		c := rune('a' + rng.IntN(26))
		for c == unicode.ToLower(r[i]) {
			c = rune('a' + rng.IntN(26))
		}
		r[i] = c
	}
	return string(r)
}

// noMatch makes one or two words of letters that no generated word uses
// together.
func noMatch(rng *rand.Rand) Query {
	q := Query{Kind: NoMatch, Sentence: -1}
	var typed []string
	for range 1 + rng.IntN(2) {
		var b strings.Builder
		for range 6 + rng.IntN(4) {
			b.WriteByte("qxzjkwy"[rng.IntN(7)])
		}
		typed = append(typed, b.String())
		q.Meant = append(q.Meant, b.String())
	}
	q.Text = strings.Join(typed, " ")
	return q
}

// Words returns the words of text: runs of letters and digits.
func Words(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// Fold returns w in lower case without accents.
func Fold(w string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// Relevant reports whether text holds what q meant: every meant word as a
// word of it (for Prefix, the last as the start of one).
func (q Query) Relevant(text string) bool {
	var words []string
	for _, w := range Words(text) {
		words = append(words, Fold(w))
	}
	for i, m := range q.Meant {
		prefix := q.Kind == Prefix && i == len(q.Meant)-1
		if !slices.ContainsFunc(words, func(w string) bool { return w == m || prefix && strings.HasPrefix(w, m) }) {
			return false
		}
	}
	return true
}
