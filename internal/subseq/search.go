package subseq

import "context"

// firstPageChunks is how many chunks SearchFunc ranks for its first page.
const firstPageChunks = 8

// Search returns the sentences matching query, best first, at most limit
// of them (all when limit <= 0). Exact matches rank by sahilm/fuzzy's score
// exactly as fuzzy.Find would rank them (ties in index order), then come
// Folded matches, then Typo matches: those fill the result up to limit when
// the others are fewer (with no limit, only when there are none). An empty
// query matches nothing. When ctx is done Search stops early and returns
// ctx.Err().
func (ix *Index) Search(ctx context.Context, query string, limit int) ([]Result, error) {
	return ix.search(ctx, query, limit, nil)
}

// SearchFunc is Search for search-as-you-type: on an index of more than a
// few tens of thousands of sentences it first calls fn with a provisional
// page ranked over the oldest of them, then with the final ranking (final
// true) unless ctx is done first. fn runs on the calling goroutine and may
// use the index.
func (ix *Index) SearchFunc(ctx context.Context, query string, limit int, fn func(page []Result, final bool)) error {
	res, err := ix.search(ctx, query, limit, func(page []Result) { fn(page, false) })
	if err != nil {
		return err
	}
	fn(res, true)
	return nil
}

// search runs Search, calling first (if not nil) with a first page.
func (ix *Index) search(ctx context.Context, query string, limit int, first func([]Result)) ([]Result, error) {
	q := newQuery(query)
	if len(q.pat) == 0 {
		return nil, ctx.Err()
	}
	var sc *scan
	if first != nil {
		page, s, err := ix.firstPage(ctx, q, limit)
		if err != nil {
			return nil, err
		}
		if s != nil {
			first(page)
			sc = s
		}
	}
	return ix.finish(ctx, q, limit, sc)
}

// firstPage ranks the first chunks of a new scan; it returns a nil scan
// when the index is too small for a first page to be worth it.
func (ix *Index) firstPage(ctx context.Context, q *query, limit int) ([]Result, *scan, error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	sc := ix.newScan(q, limit)
	if sc.chunks() <= firstPageChunks {
		return nil, nil, nil
	}
	if err := sc.run(ctx, firstPageChunks); err != nil {
		return nil, nil, err
	}
	return ix.results(q, sc.best.sorted()), sc, nil
}

// finish completes scan sc (a new one if nil or the index changed since)
// and ranks the results.
func (ix *Index) finish(ctx context.Context, q *query, limit int, sc *scan) ([]Result, error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if sc == nil || sc.gen != ix.gen {
		sc = ix.newScan(q, limit)
	}
	if err := sc.run(ctx, sc.chunks()); err != nil {
		return nil, err
	}
	ix.remember(sc)
	if found := len(sc.best.h); q.typos && (found < limit || limit <= 0 && found == 0) {
		if err := sc.typos(ctx); err != nil {
			return nil, err
		}
	}
	return ix.results(q, sc.best.sorted()), nil
}
