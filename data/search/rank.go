package search

// rank is how well one sentence matches a query; see before.
type rank struct {
	missing  int32 // query words it lacks (partial matches only)
	nonExact int32 // query words matched by a prefix or a near word
	cost     int32 // sum of the word costs
	spread   int32 // how far the matched words are from the query's phrase
	score    int   // sahilm/fuzzy's score of the matched words
	slot     uint32
}

// classBefore reports whether a is of a better class of match than b:
// fewer missing words, then fewer inexact ones, then a lower cost.
func (a rank) classBefore(b rank) bool {
	switch {
	case a.missing != b.missing:
		return a.missing < b.missing
	case a.nonExact != b.nonExact:
		return a.nonExact < b.nonExact
	default:
		return a.cost < b.cost
	}
}

// tierBefore reports whether a ranks before b on everything but score and
// slot: its class, then how close together its words are.
func (a rank) tierBefore(b rank) bool {
	if a.classBefore(b) || b.classBefore(a) {
		return a.classBefore(b)
	}
	return a.spread < b.spread
}

// before reports whether a ranks before b: fewer missing words, fewer
// inexact ones, lower cost, closer words, higher score, earlier slot.
func (a rank) before(b rank) bool {
	if a.tierBefore(b) || b.tierBefore(a) {
		return a.tierBefore(b)
	}
	if a.score != b.score {
		return a.score > b.score
	}
	return a.slot < b.slot
}

// gap is the spread between consecutive query words found at sentence
// words a and b: none when b follows a, the words between when later, two
// more than the distance when before (or the same word).
func gap(a, b int32) int32 {
	if d := b - a; d >= 1 {
		return d - 1
	}
	return 2 - (b - a)
}

// sahilm/fuzzy's scoring constants.
const (
	firstCharBonus    = 10
	separatorBonus    = 20
	leadingPenalty    = -5
	maxLeadingPenalty = -15
	adjacentBonus     = 5
	maxAdjacency      = 1 << 40 // adjacency bonuses saturate here
)

// adjacency returns the total adjacency bonus sahilm gives after events
// adjacent matches: each adds twice the bonus so far plus 5.
func adjacency(events int) int {
	a := 0
	for range events {
		if a = 3*a + adjacentBonus; a >= maxAdjacency {
			return maxAdjacency
		}
	}
	return a
}

// isSeparator reports whether sahilm counts byte c as a word separator.
func isSeparator(c byte) bool {
	switch c {
	case '/', '-', '_', ' ', '.', '\\':
		return true
	}
	return false
}

// wordScore returns the bonus sahilm gives the first letter of a word
// starting at byte offset start, after byte before.
func wordScore(start int, before byte) int {
	switch {
	case start == 0:
		return firstCharBonus
	case isSeparator(before):
		return separatorBonus
	}
	return 0
}
