package subseq

import "slices"

// hit is a match before it becomes a Result.
type hit struct {
	kind  Kind
	score int
	slot  int32
}

// before reports whether a ranks before b: better kind, then higher
// score, then earlier slot (sahilm's stable order).
func (a hit) before(b hit) bool {
	if a.kind != b.kind {
		return a.kind < b.kind
	}
	if a.score != b.score {
		return a.score > b.score
	}
	return a.slot < b.slot
}

// topK keeps the best k hits pushed (all of them when k <= 0) in a heap
// whose root is the worst kept.
type topK struct {
	k int
	h []hit
}

// full reports whether a new hit must beat the worst to be kept.
func (t *topK) full() bool { return t.k > 0 && len(t.h) == t.k }

// worst returns the worst hit kept; only valid when full.
func (t *topK) worst() hit { return t.h[0] }

// push offers x.
func (t *topK) push(x hit) {
	switch {
	case t.k <= 0:
		t.h = append(t.h, x)
	case len(t.h) < t.k:
		t.h = append(t.h, x)
		for i := len(t.h) - 1; i > 0; {
			parent := (i - 1) / 2
			if !t.h[parent].before(t.h[i]) {
				break
			}
			t.h[parent], t.h[i] = t.h[i], t.h[parent]
			i = parent
		}
	case x.before(t.h[0]):
		t.h[0] = x
		for i := 0; ; {
			w := i
			for _, c := range []int{2*i + 1, 2*i + 2} {
				if c < len(t.h) && t.h[w].before(t.h[c]) {
					w = c
				}
			}
			if w == i {
				break
			}
			t.h[w], t.h[i] = t.h[i], t.h[w]
			i = w
		}
	}
}

// sorted returns the hits kept, best first.
func (t *topK) sorted() []hit {
	s := slices.Clone(t.h)
	slices.SortFunc(s, func(a, b hit) int {
		if a.before(b) {
			return -1
		}
		return 1
	})
	return s
}
