package search_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/veritag/veritag/data/search"
	"github.com/veritag/veritag/internal/typocorpus"
)

// quality is precision at 10 and mean reciprocal rank over queries.
type quality struct {
	queries      int
	precision    float64 // sum, divided by queries when read
	reciprocal   float64
	fullNoMatch  int // NoMatch queries that got a result holding every word
	partialFound int // queries answered only with partial matches
}

func (q quality) p10() float64 { return q.precision / float64(q.queries) }
func (q quality) mrr() float64 { return q.reciprocal / float64(q.queries) }

// judge adds one query's results: precision over the (at most ten)
// results returned, and the reciprocal rank of the first relevant one. A
// NoMatch query scores 1 for returning no result that claims every word.
func (q *quality) judge(query typocorpus.Query, res []search.Result) {
	q.queries++
	if query.Kind == typocorpus.NoMatch {
		for _, r := range res {
			if !r.Partial {
				q.fullNoMatch++
				return
			}
		}
		q.precision++
		q.reciprocal++
		return
	}
	res = res[:min(10, len(res))]
	if len(res) > 0 && res[0].Partial {
		q.partialFound++
	}
	relevant, first := 0, 0
	for i, r := range res {
		if query.Relevant(r.Text) {
			relevant++
			if first == 0 {
				first = i + 1
			}
		}
	}
	if len(res) > 0 {
		q.precision += float64(relevant) / float64(len(res))
	}
	if first > 0 {
		q.reciprocal += 1 / float64(first)
	}
}

// measureQuality runs queries of every kind over an index of sentences
// generated with seed and returns the quality by kind and overall.
func measureQuality(t testing.TB, seed uint64, sentences, queries int) (map[string]*quality, *quality) {
	c := typocorpus.New(seed)
	b := search.NewBuilder()
	for i := range sentences {
		b.Add(int64(i/100), i%100, c.Sentence(i))
	}
	ix := b.Index()
	byKind := map[string]*quality{}
	all := &quality{}
	for _, q := range c.Queries(seed+7, queries, sentences) {
		res, err := ix.Search(context.Background(), q.Text, 10)
		if err != nil {
			t.Fatal(err)
		}
		if byKind[q.Kind] == nil {
			byKind[q.Kind] = &quality{}
		}
		byKind[q.Kind].judge(q, res)
		all.judge(q, res)
	}
	return byKind, all
}

// TestRelevance asserts precision at 10 and MRR on generated Italian and
// English sentences, for every kind of query (typos of four kinds,
// accents, prefixes, several words, no match), on two seeds.
func TestRelevance(t *testing.T) {
	for _, seed := range []uint64{11, 29} {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			byKind, all := measureQuality(t, seed, 40_000, 480)
			for _, k := range typocorpus.Kinds {
				q := byKind[k]
				t.Logf("%-10s P@10 %.3f MRR %.3f (%d queries, %d answered only partially)", k, q.p10(), q.mrr(), q.queries, q.partialFound)
				if q.fullNoMatch > 0 {
					t.Errorf("%s: %d queries matched every word of words no sentence has", k, q.fullNoMatch)
				}
				if q.p10() < 0.9 || q.mrr() < 0.9 {
					t.Errorf("%s: P@10 %.3f MRR %.3f, want both >= 0.9", k, q.p10(), q.mrr())
				}
			}
			t.Logf("all        P@10 %.3f MRR %.3f (%d queries)", all.p10(), all.mrr(), all.queries)
			if all.p10() < 0.95 || all.mrr() < 0.95 {
				t.Errorf("overall P@10 %.3f MRR %.3f, want both >= 0.95", all.p10(), all.mrr())
			}
		})
	}
}
