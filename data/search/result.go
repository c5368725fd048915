package search

import "unicode/utf8"

// Result is one matching sentence, or a matching note on one (Note set,
// Text the note's).
type Result struct {
	Entry
	// Score is sahilm/fuzzy's score of the matched words as its matches
	// (case changes aside); it orders results within a tier only.
	Score int
	// Matched holds the rune (code point) indexes into Text of the
	// letters of the matched words, ascending, for highlighting: a whole
	// word, or the part a prefix matched. An invalid UTF-8 byte counts as
	// one rune, as in a Go range loop.
	Matched []int
	// Partial is set when the sentence holds only some of the query's
	// words: such results come only when no sentence holds them all.
	Partial bool
}

// result turns rank r, just evaluated by ev, into a Result.
func (ev *evaluator) result(r rank) Result {
	ix := ev.ix
	s := int(r.slot)
	text := ix.text(r.slot)
	want := map[int32]int{} // sentence word position → letters to mark
	for i, p := range ev.chosen {
		if p >= 0 {
			pl := ev.places[i][p]
			want[pl.pos] = max(want[pl.pos], pl.letters)
		}
	}
	var offs []int
	var sc wordScratch
	pos := int32(0)
	eachWord(appendFolded(nil, text), &sc, func(_ []byte, at []int, _ int) {
		if n, ok := want[pos]; ok {
			offs = append(offs, at[:min(n, len(at))]...)
		}
		pos++
	})
	by, note := ix.noteBy[r.slot]
	return Result{
		Entry:   Entry{DocID: ix.doc[s], Index: int(ix.sent[s]), Text: text, Note: note, Annotator: by},
		Score:   r.score,
		Matched: runeIndexes([]byte(text), offs),
		Partial: r.missing > 0,
	}
}

// runeIndexes converts ascending byte offsets into s to rune indexes.
func runeIndexes(s []byte, offs []int) []int {
	out := make([]int, 0, len(offs))
	n, last := 0, 0
	for _, o := range offs {
		n += utf8.RuneCount(s[last:o])
		last = o
		out = append(out, n)
	}
	return out
}
