package subseq

import (
	"cmp"
	"math"
	"slices"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// Kind says how a result matched; results of a better kind rank first.
type Kind uint8

const (
	// Exact: the query's runes occur in order, compared as sahilm/fuzzy
	// compares them (case-insensitively); Score is sahilm's score.
	Exact Kind = iota
	// Folded: they occur in order only once accents, typographic quotes,
	// dashes and spaces are folded too; Score is sahilm's scoring applied
	// to that comparison.
	Folded
	// Typo: each query word is found in one word of the sentence, its
	// letters in order (the sentence word may have more), one letter of a
	// query word of four or more allowed to be wrong. Score favours words
	// with fewer unmatched and wrong letters; it is not sahilm's.
	Typo
)

// Result is one matching sentence.
type Result struct {
	Entry
	Score int
	Kind  Kind
	// Matched holds the rune (code point) indexes into Text of the matched
	// runes, ascending, for highlighting. An invalid UTF-8 byte counts as
	// one rune, as in a Go range loop.
	Matched []int
}

// results turns hits into Results.
func (ix *Index) results(q *query, hits []hit) []Result {
	out := make([]Result, len(hits))
	var pos []int
	var buf, text []byte
	for i, h := range hits {
		s := int(h.slot)
		t := ix.sentence(q, s, &buf)
		orig, _ := ix.text.original(text[:0], s) // the whole text, not cut at a NUL
		text = orig
		pos = pos[:0]
		switch h.kind {
		case Exact: // confirm below takes them from sahilm
		case Folded:
			q.score(t, false, math.MinInt, &pos)
		case Typo:
			var tk tokens
			q.typo(t.fold, &tk, &pos)
		}
		out[i] = Result{
			Entry:   Entry{DocID: ix.doc[s], Index: ix.sent[s], Text: string(orig)},
			Score:   h.score,
			Kind:    h.kind,
			Matched: runeIndexes(orig, pos),
		}
		if h.kind == Exact {
			confirm(q, &out[i])
		}
	}
	exact := 0
	for exact < len(out) && out[exact].Kind == Exact {
		exact++
	}
	slices.SortStableFunc(out[:exact], func(a, b Result) int { return cmp.Compare(b.Score, a.Score) })
	return out
}

// confirm takes an exact result's score and matched letters from
// sahilm/fuzzy itself. The scan finds and ranks candidates with the same
// scoring (the tests hold the two equal), so sahilm stays the authority on
// the page shown while only the page is scored twice.
func confirm(q *query, r *Result) {
	m := fuzzy.Find(string(q.pat), []string{r.Text})
	if len(m) == 1 {
		r.Score = m[0].Score
		r.Matched = runeIndexes([]byte(r.Text), m[0].MatchedIndexes)
	}
}

// runeIndexes converts ascending byte offsets into s to rune indexes,
// skipping any offset out of order or out of range.
func runeIndexes(s []byte, offs []int) []int {
	out := make([]int, 0, len(offs))
	n, last := 0, 0
	for _, o := range offs {
		if o < last || o >= len(s) || (len(out) > 0 && o == last) {
			continue
		}
		n += utf8.RuneCount(s[last:o])
		last = o
		out = append(out, n)
	}
	return out
}
