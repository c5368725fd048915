package subseq

import (
	"cmp"
	"context"
	"slices"
	"sync"
)

// Shards is an index made of Index shards over consecutive runs of
// sentences, built by a Builder. It ranks exactly as one Index over the
// same sentences in the same order would, Replace and Remove included,
// while each shard stays small enough to compact after removals without
// copying the whole collection. It is safe for concurrent use.
type Shards struct {
	mu   sync.RWMutex
	size int      // most sentences a shard is given
	ix   []*Index // in order: a later shard's sentences rank after
	gen  uint64   // changes with every Replace and Remove
}

// Len returns the number of sentences in the index.
func (s *Shards) Len() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	n := 0
	for _, ix := range s.ix {
		n += ix.Len()
	}
	return n
}

// Replace makes entries the sentences of document docID (their DocID is
// ignored), dropping the ones it had. They rank after older sentences on
// equal score.
func (s *Shards) Replace(docID int64, entries []Entry) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.remove(docID)
	for len(entries) > 0 {
		last := len(s.ix) - 1
		if last < 0 || s.ix[last].Len() >= s.size {
			s.ix = append(s.ix, &Index{})
			last++
		}
		n := min(len(entries), s.size-s.ix[last].Len())
		s.ix[last].Replace(docID, entries[:n]) // a shard with none of docID's
		entries = entries[n:]
	}
	s.gen++
}

// Remove drops every sentence of document docID.
func (s *Shards) Remove(docID int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.remove(docID)
	s.gen++
}

// remove drops docID's sentences from every shard, and the shards left
// empty.
func (s *Shards) remove(docID int64) {
	for _, ix := range s.ix {
		ix.Remove(docID)
	}
	s.ix = slices.DeleteFunc(s.ix, func(ix *Index) bool { return ix.Len() == 0 })
}

// Search is Index.Search over every shard: the same results in the same
// order as one index would give.
func (s *Shards) Search(ctx context.Context, query string, limit int) ([]Result, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return searchAll(ctx, s.ix, query, limit, nil)
}

// SearchFunc is Index.SearchFunc over every shard: the provisional page
// ranks the first shard only (or, with one shard, the first part of it),
// the final page all of them. fn runs on the calling goroutine and may use
// the index.
func (s *Shards) SearchFunc(ctx context.Context, query string, limit int, fn func(page []Result, final bool)) error {
	s.mu.RLock()
	gen, shards := s.gen, slices.Clone(s.ix)
	s.mu.RUnlock()
	var res []Result
	var err error
	switch {
	case len(shards) == 1:
		err = shards[0].SearchFunc(ctx, query, limit, func(page []Result, final bool) {
			if final {
				res = page
			} else {
				fn(page, false)
			}
		})
	case len(shards) > 1:
		var first []Result
		if first, err = shards[0].Search(ctx, query, limit); err != nil || len(newQuery(query).pat) == 0 {
			break // an empty query has no provisional page
		}
		fn(first, false)
		res, err = searchAll(ctx, shards[1:], query, limit, slices.Clone(first))
	}
	if err != nil {
		return err
	}
	s.mu.RLock()
	if s.gen != gen { // the shards changed during the search (fn may change them)
		res, err = searchAll(ctx, s.ix, query, limit, nil)
	}
	s.mu.RUnlock()
	if err != nil {
		return err
	}
	fn(res, true)
	return nil
}

// searchAll adds the results of shards to those of the shards before
// them, all, and ranks them as one index over them all would. Each shard
// ranks by kind, then score, then order, and its top limit holds every
// result of the overall top limit that is in that shard, so a stable sort
// by kind and score gives the overall ranking. That holds for the Typo
// fallback too: with a limit it runs in every shard when the shards
// together have fewer other matches, and the sort cuts its results
// otherwise; with no limit, typos count only when nothing else matched.
func searchAll(ctx context.Context, shards []*Index, query string, limit int, all []Result) ([]Result, error) {
	for _, ix := range shards {
		res, err := ix.Search(ctx, query, limit)
		if err != nil {
			return nil, err
		}
		all = append(all, res...)
	}
	slices.SortStableFunc(all, func(a, b Result) int {
		if a.Kind != b.Kind {
			return cmp.Compare(a.Kind, b.Kind)
		}
		return cmp.Compare(b.Score, a.Score)
	})
	if limit > 0 {
		return all[:min(limit, len(all))], nil
	}
	if len(all) > 0 && all[0].Kind != Typo {
		all = slices.DeleteFunc(all, func(r Result) bool { return r.Kind == Typo })
	}
	return all, nil
}
