package search

import "unicode/utf8"

// Bounds on a query: words past maxQueryWords are ignored, and a word
// longer than maxFuzzyWord letters matches only exactly or as a prefix
// (no vocabulary word that long is a typo of it worth the walk).
const (
	maxQueryWords = 32
	maxFuzzyWord  = 64
	longWord      = 8 // a word this long may have two edits
)

// Costs of a word match; a near word costs costNear plus its edits.
const (
	costExact  = 0
	costPrefix = 1
	costNear   = 1
	noMatch    = 255
)

// qword is one word of a query, folded.
type qword struct {
	text  string
	runes []rune
}

// parseQuery returns the folded words of s, at most maxQueryWords.
func parseQuery(s string) []qword {
	var words []qword
	var sc wordScratch
	eachWord(appendFolded(nil, s), &sc, func(letters []byte, _ []int, _ int) {
		if len(words) == maxQueryWords {
			return
		}
		w := qword{text: string(letters)}
		for i := 0; i < len(letters); {
			r, n := utf8.DecodeRune(letters[i:])
			w.runes = append(w.runes, r)
			i += n
		}
		words = append(words, w)
	})
	return words
}

// maxEdits returns how many edits word w may have.
func (w qword) maxEdits() int {
	switch n := len(w.runes); {
	case n > maxFuzzyWord:
		return 0
	case n >= longWord:
		return 2
	default:
		return 1
	}
}

// candidate is a vocabulary word that matches a query word, and at what
// cost.
type candidate struct {
	id   uint32
	cost uint8
}

// candidates returns the vocabulary words matching w: itself, the words it
// starts, the words within its edits, each once at its lowest cost.
func (ix *Index) candidates(w qword) []candidate {
	cost := map[uint32]uint8{}
	offer := func(id uint32, c uint8) {
		if old, ok := cost[id]; !ok || c < old {
			cost[id] = c
		}
	}
	if id, ok := ix.vocab.ids[w.text]; ok {
		offer(id, costExact)
	}
	ix.vocab.withPrefix(w.text, func(id uint32) { offer(id, costPrefix) })
	if k := w.maxEdits(); k > 0 {
		ix.vocab.near(w.runes, k, func(id uint32, dist int) { offer(id, uint8(costNear+dist)) })
	}
	out := make([]candidate, 0, len(cost))
	for id, c := range cost {
		out = append(out, candidate{id, c})
	}
	return out
}
