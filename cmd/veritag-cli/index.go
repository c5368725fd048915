package main

import (
	"cmp"
	"context"
	"slices"

	"github.com/veritag/veritag/data/search"
)

// shardSize is how many sentences one index shard holds. search.New
// copies the texts it is given, so while a shard is built its texts are
// in memory twice; building shard by shard keeps that to one shard's worth
// (the CLI's search over a million sentences peaks near 430 MB, not 580).
const shardSize = 1 << 18

// shards is a search index made of search.Index shards over consecutive
// runs of sentences; it ranks exactly as one index over all of them.
type shards []*search.Index

// buildShards builds shards of at most size sentences from the sentences
// each streams.
func buildShards(each func(fn func(docID int64, index int, text string) error) error, size int) (shards, error) {
	var ix shards
	var batch []search.Entry
	err := each(func(docID int64, index int, text string) error {
		batch = append(batch, search.Entry{DocID: docID, Index: index, Text: text})
		if len(batch) == size {
			ix = append(ix, search.New(batch))
			clear(batch)
			batch = batch[:0]
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(batch) > 0 {
		ix = append(ix, search.New(batch))
	}
	return ix, nil
}

// Search returns the best limit (> 0) results of all shards. Each shard
// ranks by kind, then score, then order, and a shard's top limit holds
// every result of the overall top limit that is in that shard, so a
// stable merge by kind and score gives the overall ranking. That holds
// for the Typo fallback too: it runs in every shard when the shards
// together have fewer than limit other matches, and its results are cut
// by the merge otherwise.
func (ix shards) Search(ctx context.Context, query string, limit int) ([]search.Result, error) {
	var all []search.Result
	for _, s := range ix {
		res, err := s.Search(ctx, query, limit)
		if err != nil {
			return nil, err
		}
		all = append(all, res...)
	}
	slices.SortStableFunc(all, func(a, b search.Result) int {
		if a.Kind != b.Kind {
			return cmp.Compare(a.Kind, b.Kind)
		}
		return cmp.Compare(b.Score, a.Score)
	})
	return all[:min(limit, len(all))], nil
}
