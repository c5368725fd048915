package search

import "slices"

// topK keeps the best k ranks pushed (all of them when k <= 0) in a heap
// whose root is the worst kept.
type topK struct {
	k int
	h []rank
}

// full reports whether a new rank must beat the worst to be kept.
func (t *topK) full() bool { return t.k > 0 && len(t.h) == t.k }

// worst returns the worst rank kept; only valid when full.
func (t *topK) worst() rank { return t.h[0] }

// push offers x.
func (t *topK) push(x rank) {
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
			for _, c := range [2]int{2*i + 1, 2*i + 2} {
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

// sorted returns the ranks kept, best first.
func (t *topK) sorted() []rank {
	s := slices.Clone(t.h)
	slices.SortFunc(s, func(a, b rank) int {
		if a.before(b) {
			return -1
		}
		return 1
	})
	return s
}
