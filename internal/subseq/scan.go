package subseq

import (
	"context"
	"math"
	"runtime"
	"sync"
	"sync/atomic"
)

// chunkSize is how many sentences a goroutine scans between looks at ctx.
const chunkSize = 4096

// scan is one search's pass over the index, made under its read lock.
type scan struct {
	ix     *Index
	q      *query
	gen    uint64         // ix.gen when the scan started
	src    []int32        // the slots to scan, from the cache; nil for all
	n      int            // how many slots to scan
	done   int            // chunks scanned so far
	seeded map[int32]bool // slots scored before the scan (see seed)
	lists  [][]int32      // per chunk, the slots that matched or were skipped unscored
	mu     sync.Mutex
	best   topK     // the best hits so far
	bufs   [][]byte // per worker, for restoring original texts
	// floor is the worst score in best once it is full of Exact hits
	// (math.MinInt64 until then), read without mu: the score an Exact hit
	// needs to rank, and no Folded one can.
	floor atomic.Int64
}

// cached is what a complete scan leaves for the next: every slot that
// could match a query with these keys, and the results.
type cached struct {
	gen   uint64
	keys  []rune
	slots []int32
	best  []int32
}

// newScan prepares a scan for q. Typing usually extends the previous query,
// so it scans only the slots that could match that one when q can only
// match among them, and scores that one's results first: a high floor
// from the start lets most sentences be skipped unscored.
func (ix *Index) newScan(q *query, limit int) *scan {
	sc := &scan{ix: ix, q: q, gen: ix.gen, n: len(ix.mask), best: topK{k: limit}, bufs: make([][]byte, runtime.GOMAXPROCS(0))}
	sc.floor.Store(math.MinInt64)
	ix.cacheMu.Lock()
	c := ix.cache
	ix.cacheMu.Unlock()
	if c != nil && c.gen == ix.gen {
		if q.extends(c.keys) {
			sc.src, sc.n = c.slots, len(c.slots)
		}
		sc.seed(c.best)
	}
	sc.lists = make([][]int32, sc.chunks())
	return sc
}

// seed scores slots before the scan.
func (sc *scan) seed(slots []int32) {
	sc.seeded = make(map[int32]bool, len(slots))
	for _, s := range slots {
		if h, ok := sc.match(0, int(s), math.MinInt, true); ok {
			sc.keep(h)
			sc.seeded[s] = true
		}
	}
}

// remember caches what sc found for the next search.
func (ix *Index) remember(sc *scan) {
	n := 0
	for _, l := range sc.lists {
		n += len(l)
	}
	c := &cached{gen: sc.gen, keys: sc.q.keys, slots: make([]int32, 0, n)}
	for _, l := range sc.lists {
		c.slots = append(c.slots, l...)
	}
	for _, h := range sc.best.h {
		c.best = append(c.best, h.slot)
	}
	ix.cacheMu.Lock()
	ix.cache = c
	ix.cacheMu.Unlock()
}

// chunks returns the number of chunks to scan.
func (sc *scan) chunks() int { return (sc.n + chunkSize - 1) / chunkSize }

// run scans the chunks from sc.done up to to.
func (sc *scan) run(ctx context.Context, to int) error {
	if err := parallel(ctx, sc.done, to, sc.chunk); err != nil {
		return err
	}
	sc.done = to
	return nil
}

// chunk scans chunk c for Exact and Folded matches as worker w.
func (sc *scan) chunk(w, c int) {
	ix, q := sc.ix, sc.q
	var list []int32
	for i := c * chunkSize; i < min((c+1)*chunkSize, sc.n); i++ {
		s := i
		if sc.src != nil {
			s = int(sc.src[i])
		}
		if ix.mask[s]&q.mask == q.mask {
			list = sc.consider(w, s, list)
		}
	}
	sc.lists[c] = list
}

// consider matches slot s as worker w, appending it to list if it matches
// or was skipped unscored.
func (sc *scan) consider(w, s int, list []int32) []int32 {
	ix, q := sc.ix, sc.q
	floor, folded := math.MinInt, true
	if f := sc.floor.Load(); f != math.MinInt64 {
		floor, folded = int(f), false
	}
	m := ix.mask[s]
	if !folded && m&nulBit == 0 && q.hopeless(ix.text.size(s), m&camelBit != 0, &ix.pair[s], floor) {
		return append(list, int32(s))
	}
	h, ok := sc.match(w, s, floor, folded)
	if ok && !sc.seeded[h.slot] {
		sc.keep(h)
	}
	if ok || !folded {
		list = append(list, int32(s))
	}
	return list
}

// match scores slot s, as worker w, as an Exact hit scoring at least floor
// or, if folded, as a Folded one.
func (sc *scan) match(w, s, floor int, folded bool) (hit, bool) {
	t := sc.ix.sentence(sc.q, s, &sc.bufs[w])
	h := hit{kind: Exact, slot: int32(s)}
	var ok bool
	if h.score, ok = sc.q.score(t, true, floor, nil); !ok && folded {
		h.kind = Folded
		h.score, ok = sc.q.score(t, false, math.MinInt, nil)
	}
	return h, ok
}

// keep adds h to the best hits, raising the floor.
func (sc *scan) keep(h hit) {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	sc.best.push(h)
	if sc.best.full() && sc.best.worst().kind == Exact {
		sc.floor.Store(int64(sc.best.worst().score))
	}
}

// typos adds the Typo matches of the whole index to sc.best, which must
// hold every Exact and Folded match (it does when not full: nothing was
// skipped unscored then).
func (sc *scan) typos(ctx context.Context) error {
	ix, q := sc.ix, sc.q
	found := make(map[int32]bool, len(sc.best.h))
	for _, h := range sc.best.h {
		found[h.slot] = true
	}
	tks := make([]tokens, runtime.GOMAXPROCS(0))
	n := len(ix.mask)
	return parallel(ctx, 0, (n+chunkSize-1)/chunkSize, func(w, c int) {
		for s := c * chunkSize; s < min((c+1)*chunkSize, n); s++ {
			if !q.typoCandidate(ix.mask[s]) || found[int32(s)] {
				continue
			}
			if score, ok := q.typo(ix.folded(s), &tks[w], nil); ok {
				sc.keep(hit{kind: Typo, score: score, slot: int32(s)})
			}
		}
	})
}

// parallel calls work(w, c) for every chunk c in [from, to), spread over
// GOMAXPROCS goroutines numbered w, and stops early once ctx is done.
func parallel(ctx context.Context, from, to int, work func(w, c int)) error {
	workers := min(runtime.GOMAXPROCS(0), to-from)
	if workers <= 1 {
		for c := from; c < to && ctx.Err() == nil; c++ {
			work(0, c)
		}
		return ctx.Err()
	}
	var next atomic.Int64
	next.Store(int64(from))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for ctx.Err() == nil {
				c := int(next.Add(1) - 1)
				if c >= to {
					return
				}
				work(w, c)
			}
		})
	}
	wg.Wait()
	return ctx.Err()
}
