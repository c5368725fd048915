package subseq

import (
	"math/bits"
	"slices"
	"unicode/utf8"
)

// The typo fallback matches word by word: each query word must be found in
// one word of the sentence, letters in order, with one letter of a word of
// four or more allowed to be wrong or extra (the sentence word may also
// have letters the query dropped). It runs when the subsequence match
// finds too few sentences.

// Word score weights: matched letters count for, unmatched letters of the
// sentence word and wrong query letters against.
const (
	typoMatched   = 2
	typoUnmatched = -2
	typoWrong     = -3
)

// typoCandidate reports whether a sentence with mask m may match every
// query word: all of its letters present but the ones it may get wrong.
func (q *query) typoCandidate(m uint64) bool {
	if m&liveBit == 0 {
		return false
	}
	for _, w := range q.words {
		if bits.OnesCount64(w.mask&^m) > w.skips {
			return false
		}
	}
	return true
}

// typo matches the query's words against a folded text cut at its first
// NUL, using tk as scratch space. If pos is not nil the byte offsets of
// the matched letters are appended to it, ascending and unique.
func (q *query) typo(fold []byte, tk *tokens, pos *[]int) (int, bool) {
	tk.split(fold)
	total := 0
	for _, w := range q.words {
		best, word, skip := 0, -1, -1
		for i, span := range tk.words {
			t := tk.keys[span[0]:span[1]]
			k, ok := matchWord(w.keys, t, w.skips)
			if !ok {
				continue
			}
			wrong := 0
			if k >= 0 {
				wrong = 1
			}
			matched := len(w.keys) - wrong
			s := typoMatched*matched + typoUnmatched*(len(t)-matched) + typoWrong*wrong
			if word < 0 || s > best {
				best, word, skip = s, i, k
			}
		}
		if word < 0 {
			return 0, false
		}
		total += best
		if pos != nil {
			span := tk.words[word]
			at := span[0]
			for i, k := range w.keys {
				if i == skip {
					continue
				}
				for tk.keys[at] != k {
					at++
				}
				*pos = append(*pos, tk.offs[at])
				at++
			}
		}
	}
	if pos != nil {
		slices.Sort(*pos)
		*pos = slices.Compact(*pos)
	}
	return total, true
}

// matchWord reports whether w is a subsequence of t with at most skips of
// its letters left out, and which one was (-1 for none). t may be at most
// about twice as long as w.
func matchWord(w, t []rune, skips int) (int, bool) {
	if len(t) < len(w)-skips || len(t) > 2*len(w)+1 {
		return -1, false
	}
	// fw[i]: runes of t that w[:i] uses when matched greedily from the left.
	var fw [maxTypoWord + 1]int
	i, at := 0, 0
	for ; i < len(w); i++ {
		j := slices.Index(t[at:], w[i])
		if j < 0 {
			break
		}
		at += j + 1
		if skips > 0 {
			fw[i+1] = at
		}
	}
	if i == len(w) {
		return -1, true
	}
	if skips == 0 {
		return -1, false
	}
	// Leaving out w[k] works when w[k+1:], matched greedily from the
	// right, starts at or after where w[:k] ends.
	start := len(t)
	for k := len(w) - 1; k >= 0; k-- {
		if k <= i && fw[k] <= start {
			return k, true
		}
		start--
		for start >= 0 && t[start] != w[k] {
			start--
		}
		if start < 0 {
			return -1, false
		}
	}
	return -1, false
}

// tokens holds the words of one folded text: the keys of their letters,
// the byte offset of each, and each word's [start, end) in keys.
type tokens struct {
	keys  []rune
	offs  []int
	words [][2]int
}

// split fills tk with the words (runs of letters and digits) of fold.
func (tk *tokens) split(fold []byte) {
	tk.keys, tk.offs, tk.words = tk.keys[:0], tk.offs[:0], tk.words[:0]
	start := 0
	end := func() {
		if len(tk.keys) > start {
			tk.words = append(tk.words, [2]int{start, len(tk.keys)})
		}
		start = len(tk.keys)
	}
	for i := 0; i < len(fold); {
		c := fold[i]
		r, n := rune(c), 1
		switch {
		case c == filler:
			i++
			continue
		case c == errKey:
			r = utf8.RuneError
		case c >= utf8.RuneSelf:
			r, n = utf8.DecodeRune(fold[i:])
		}
		if isWordRune(r) {
			tk.keys = append(tk.keys, r)
			tk.offs = append(tk.offs, i)
		} else {
			end()
		}
		i += n
	}
	end()
}
