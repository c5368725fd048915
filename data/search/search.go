package search

import (
	"context"
	"slices"
)

// maxBucket is one more than the sentence length (bytes) from which
// sentences share the last length bucket of the ranking order.
const maxBucket = 4096

// Search returns the sentences matching query, by their text or by a note
// on them (then the Result is the note's), each once, best first, at most
// limit of them (all when limit <= 0): those holding every query word, or, when
// none does, those holding the most of them, marked Partial. Only the
// best class of match is returned: when some sentences hold every word
// exactly, only those; else only those whose inexact words are as few and
// as close (prefixes, then one edit, then two) as the best one's. A query
// without letters or digits matches nothing; words past the 32nd are
// ignored. When ctx is done Search stops early and returns ctx.Err().
func (ix *Index) Search(ctx context.Context, query string, limit int) ([]Result, error) {
	words := parseQuery(query)
	if len(words) == 0 {
		return nil, ctx.Err()
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	// Sentences holding every word exactly are the only results when
	// there are any: nothing else is of their class.
	exact := make([][]candidate, len(words))
	for i, w := range words {
		if id, ok := ix.vocab.ids[w.text]; ok {
			exact[i] = []candidate{{id: id, cost: costExact}}
		}
	}
	if slots := ix.intersect(exact); len(slots) > 0 {
		if res, err := ix.rank(ctx, words, exact, slots, nil, limit); len(res) > 0 || err != nil {
			return res, err
		}
	}
	cands := make([][]candidate, len(words))
	for i, w := range words {
		cands[i] = ix.candidates(w)
	}
	if slots := ix.intersect(cands); len(slots) > 0 {
		if res, err := ix.rank(ctx, words, cands, slots, nil, limit); len(res) > 0 || err != nil {
			return res, err
		}
	}
	slots, found := ix.partial(cands)
	return ix.rank(ctx, words, cands, slots, found, limit)
}

// union calls fn with every live slot listing one of cands, ascending,
// each once.
func (ix *Index) union(cands []candidate, fn func(s uint32)) {
	if len(cands) == 1 {
		ix.post.each(cands[0].id, func(s uint32) {
			if ix.live(s) {
				fn(s)
			}
		})
		return
	}
	set := newBitset(len(ix.sent))
	for _, c := range cands {
		ix.post.each(c.id, set.set)
	}
	set.each(func(s uint32) {
		if ix.live(s) {
			fn(s)
		}
	})
}

// postings returns how many postings cands list together.
func (ix *Index) postings(cands []candidate) int {
	n := 0
	for _, c := range cands {
		n += ix.post.size(c.id)
	}
	return n
}

// intersect returns the live slots listing a candidate of every query
// word, ascending. A word listing far more slots than the others is left
// to the ranking to check, which reads those few sentences anyway.
func (ix *Index) intersect(cands [][]candidate) []uint32 {
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	size := func(i int) int { return ix.postings(cands[i]) }
	slices.SortFunc(order, func(a, b int) int { return size(a) - size(b) })
	if size(order[0]) == 0 {
		return nil
	}
	var slots []uint32
	ix.union(cands[order[0]], func(s uint32) { slots = append(slots, s) })
	for _, i := range order[1:] {
		if len(slots) == 0 || size(i) > 16*len(slots) {
			break
		}
		set := newBitset(len(ix.sent))
		for _, c := range cands[i] {
			ix.post.each(c.id, set.set)
		}
		slots = slices.DeleteFunc(slots, func(s uint32) bool { return !set.has(s) })
	}
	return slots
}

// partial returns every live slot holding at least one query word, and
// how many of the words each holds.
func (ix *Index) partial(cands [][]candidate) ([]uint32, map[uint32]int32) {
	found := map[uint32]int32{}
	for _, cs := range cands {
		ix.union(cs, func(s uint32) { found[s]++ })
	}
	slots := make([]uint32, 0, len(found))
	for s := range found {
		slots = append(slots, s)
	}
	slices.Sort(slots)
	return slots, found
}

// rank ranks slots against words and returns the best limit of them of
// the best class (see classBefore). With
// found (partial matches) a slot may lack words, and found holds how many
// it has; without, slots lacking a word are dropped.
//
// Slots are read in order of a lower bound of their rank: the fewest
// missing words first, then the shortest sentences, since sahilm's score
// loses a point per unmatched byte. Once the page is full and its worst
// rank beats the bound of the next slot, no later slot can enter.
func (ix *Index) rank(ctx context.Context, words []qword, cands [][]candidate, slots []uint32, found map[uint32]int32, limit int) ([]Result, error) {
	ev := newEvaluator(ix, words, cands)
	var floor rank // a partial match's found words may all be exact
	if found == nil {
		floor = ix.tierFloor(cands)
	}
	ceiling := ix.scoreCeiling(words, cands)
	missing := func(s uint32) int32 {
		if found == nil {
			return 0
		}
		return int32(len(words)) - found[s]
	}
	ordered := ix.byBound(slots, missing)
	best := topK{k: limit}
	if limit > 0 {
		best.k += min(len(ix.noteBy), limit) // room for the duplicates dropped below
	}
	for n, s := range ordered {
		if n%1024 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if best.full() {
			bound := floor
			bound.missing = missing(s)
			bound.score = ceiling - min(ix.texts.size(int(s)), maxBucket-1)
			w := best.worst()
			if w.tierBefore(bound) || !bound.tierBefore(w) && w.score > bound.score {
				break
			}
		}
		r := ev.eval(s)
		if found == nil && r.missing > 0 {
			continue
		}
		best.push(r)
	}
	ranks := best.sorted()
	for n := range ranks {
		if ranks[0].classBefore(ranks[n]) {
			ranks = ranks[:n]
			break
		}
	}
	ranks = ix.firstPerSentence(ranks, limit)
	out := make([]Result, len(ranks))
	for i, r := range ranks {
		ev.eval(r.slot)
		out[i] = ev.result(r)
	}
	return out, ctx.Err()
}

// firstPerSentence keeps, of ranks sorted best first, the best one of
// each sentence (a sentence and its notes, or notes by several
// annotators, may all match), at most limit (all when limit <= 0).
func (ix *Index) firstPerSentence(ranks []rank, limit int) []rank {
	if len(ix.noteBy) > 0 {
		seen := make(map[[2]int64]bool, len(ranks))
		kept := ranks[:0]
		for _, r := range ranks {
			k := [2]int64{ix.doc[r.slot], int64(ix.sent[r.slot])}
			if !seen[k] {
				seen[k] = true
				kept = append(kept, r)
			}
		}
		ranks = kept
	}
	if limit > 0 && len(ranks) > limit {
		ranks = ranks[:limit]
	}
	return ranks
}

// byBound returns slots ordered by missing words, then sentence length
// (lengths of maxBucket bytes or more together), then slot: a counting
// sort.
func (ix *Index) byBound(slots []uint32, missing func(uint32) int32) []uint32 {
	key := func(s uint32) int {
		return int(missing(s))*maxBucket + min(ix.texts.size(int(s)), maxBucket-1)
	}
	var counts []int
	for _, s := range slots {
		k := key(s)
		if k >= len(counts) {
			counts = slices.Grow(counts, k+1-len(counts))[:k+1]
		}
		counts[k]++
	}
	start := 0
	for k, c := range counts {
		counts[k] = start
		start += c
	}
	out := make([]uint32, len(slots))
	for _, s := range slots {
		k := key(s)
		out[counts[k]] = s
		counts[k]++
	}
	return out
}

// tierFloor returns the best tier any slot can reach: the words without
// an exact vocabulary word cost at least their cheapest candidate.
func (ix *Index) tierFloor(cands [][]candidate) rank {
	var r rank
	for _, cs := range cands {
		least := uint8(noMatch)
		for _, c := range cs {
			least = min(least, c.cost)
		}
		if least != costExact && least != noMatch {
			r.nonExact++
			r.cost += int32(least)
		}
	}
	return r
}

// scoreCeiling returns a bound on score plus sentence length: every
// word's letters matched at their longest, each word after a separator,
// no leading penalty.
func (ix *Index) scoreCeiling(words []qword, cands [][]candidate) int {
	letters, events := 0, 0
	for i, cs := range cands {
		most := 0
		for _, c := range cs {
			n := len(words[i].runes)
			if c.cost > costPrefix {
				n = runeLen(ix.vocab.words[c.id])
			}
			most = max(most, n)
		}
		letters += most
		events += max(most-1, 0)
	}
	return separatorBonus*len(words) + adjacency(events) + letters
}

// runeLen returns the number of runes of s.
func runeLen(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}
