package search

// maxPlaces is how many places of one query word's best match in a
// sentence are weighed for closeness.
const maxPlaces = 8

// place is a sentence word matching a query word.
type place struct {
	pos     int32 // the sentence word's position among its words
	start   int   // byte offset of its first letter
	before  byte  // the byte before it (0 at the start)
	letters int   // letters matched: a prefix match matches the query's
}

// wordMatch says that a vocabulary word matches query word word at cost.
type wordMatch struct {
	word int
	cost uint8
}

// evaluator ranks sentences against one query.
type evaluator struct {
	ix     *Index
	words  []qword
	byWord map[uint32][]wordMatch // every candidate word's matches
	best   []uint8                // per query word: the best cost found
	places [][]place              // per query word: where, at that cost
	chosen []int                  // per query word: index into places, or -1
}

// newEvaluator prepares to rank sentences against words, whose candidate
// vocabulary words are cands.
func newEvaluator(ix *Index, words []qword, cands [][]candidate) *evaluator {
	ev := &evaluator{ix: ix, words: words, byWord: map[uint32][]wordMatch{},
		best: make([]uint8, len(words)), places: make([][]place, len(words)), chosen: make([]int, len(words))}
	for i, cs := range cands {
		for _, c := range cs {
			ev.byWord[c.id] = append(ev.byWord[c.id], wordMatch{word: i, cost: c.cost})
		}
	}
	return ev
}

// eval ranks slot s, leaving in ev.chosen where each query word matched.
func (ev *evaluator) eval(s uint32) rank {
	for i := range ev.words {
		ev.best[i], ev.places[i] = noMatch, ev.places[i][:0]
	}
	size := ev.ix.tokens(s, func(pos int32, t token) {
		for _, m := range ev.byWord[t.word] {
			i := m.word
			if m.cost < ev.best[i] {
				ev.best[i], ev.places[i] = m.cost, ev.places[i][:0]
			}
			if m.cost == ev.best[i] && len(ev.places[i]) < maxPlaces {
				n := len(ev.words[i].runes)
				if m.cost > costPrefix {
					n = runeLen(ev.ix.vocab.words[t.word])
				}
				ev.places[i] = append(ev.places[i], place{pos: pos, start: t.start, before: t.before, letters: n})
			}
		}
	})
	r := rank{slot: s}
	for _, b := range ev.best {
		switch {
		case b == noMatch:
			r.missing++
		case b != costExact:
			r.nonExact++
			r.cost += int32(b)
		}
	}
	r.spread = ev.choose()
	r.score = ev.score(size)
	return r
}

// choose picks, for each query word found, one of its places so that the
// spread (the sum of gaps between consecutive found words) is smallest,
// earlier places first on ties; it returns that spread.
func (ev *evaluator) choose() int32 {
	// cost[i][p]: least spread of the found words up to i with word i at
	// place p; from[i][p]: the place of the previous found word then.
	var cost, from [maxQueryWords][maxPlaces]int32
	prev := -1
	for i := range ev.words {
		ev.chosen[i] = -1
		if ev.best[i] == noMatch {
			continue
		}
		for p, pl := range ev.places[i] {
			cost[i][p], from[i][p] = 0, -1
			if prev < 0 {
				continue
			}
			for q, pq := range ev.places[prev] {
				if c := cost[prev][q] + gap(pq.pos, pl.pos); from[i][p] < 0 || c < cost[i][p] {
					cost[i][p], from[i][p] = c, int32(q)
				}
			}
		}
		ev.chosen[i] = prev // the previous found word, for the walk back
		prev = i
	}
	if prev < 0 {
		return 0
	}
	best := 0
	for p := range ev.places[prev] {
		if cost[prev][p] < cost[prev][best] {
			best = p
		}
	}
	spread := cost[prev][best]
	for i, p := prev, int32(best); i >= 0; {
		before := ev.chosen[i]
		ev.chosen[i] = int(p)
		p = from[i][p]
		i = before
	}
	return spread
}

// score returns sahilm/fuzzy's score for the chosen places as its matches:
// the first letter of each matched word gets the first-character or
// separator bonus, the letters after it the adjacency bonus, the first
// match a leading penalty, and every unmatched byte costs one.
func (ev *evaluator) score(size int) int {
	total, letters, events, first := 0, 0, 0, size
	for i, p := range ev.chosen {
		if p < 0 || ev.chosenBefore(i) {
			continue
		}
		pl := ev.places[i][p]
		total += wordScore(pl.start, pl.before)
		letters += pl.letters
		events += pl.letters - 1
		first = min(first, pl.start)
	}
	if letters == 0 {
		return -size
	}
	return total + adjacency(events) + max(first*leadingPenalty, maxLeadingPenalty) + letters - size
}

// chosenBefore reports whether a query word before i chose the same
// sentence word as i.
func (ev *evaluator) chosenBefore(i int) bool {
	at := ev.places[i][ev.chosen[i]].start
	for j, p := range ev.chosen[:i] {
		if p >= 0 && ev.places[j][p].start == at {
			return true
		}
	}
	return false
}
