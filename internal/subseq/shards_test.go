package subseq

import (
	"context"
	"fmt"
	"reflect"
	"sync"
	"testing"
)

// shardQueries reach every kind of result, the typo fallback included.
var shardQueries = []string{"Lavrov", "accordo strategico", "città", "perche", "dell'esercito",
	"cooperazoine militare", "Pyongyang Kursk", "sanzioni", "la", "zz", "frtellanza cmbattiva",
	"negoziatti", "strategcio", "energy prices", "naive", "caffè"}

// build streams entries into a Builder of shards of size.
func build(all []Entry, size int) *Shards {
	b := NewBuilder(size)
	for _, e := range all {
		b.Add(e.DocID, e.Index, e.Text)
	}
	return b.Shards()
}

// sameAsOne fails t unless sharded returns exactly what one returns for
// every query and limit; it returns how many Typo results one gave.
func sameAsOne(t *testing.T, one *Index, sharded *Shards) int {
	t.Helper()
	ctx := context.Background()
	typos := 0
	for _, q := range shardQueries {
		for _, limit := range []int{0, 1, 10, 40} {
			want, err := one.Search(ctx, q, limit)
			if err != nil {
				t.Fatal(err)
			}
			got, err := sharded.Search(ctx, q, limit)
			if err != nil {
				t.Fatal(err)
			}
			if (len(got) > 0 || len(want) > 0) && !reflect.DeepEqual(got, want) {
				t.Fatalf("%q limit %d: sharded gives %d results %v, one index %d %v", q, limit, len(got), brief(got), len(want), brief(want))
			}
			for _, r := range want {
				if r.Kind == Typo {
					typos++
				}
			}
		}
	}
	return typos
}

// TestShardsRankAsOneIndex checks that a sharded index returns exactly
// what one index over the same sentences returns, typo fallback included.
func TestShardsRankAsOneIndex(t *testing.T) {
	all := make([]Entry, 3000)
	for i, s := range genCorpus(len(all), 3) {
		all[i] = Entry{DocID: int64(i/500 + 1), Index: i % 500, Text: s}
	}
	whole, many := build(all, 1<<30), build(all, 97)
	if len(whole.ix) != 1 || len(many.ix) != 31 || many.Len() != len(all) {
		t.Fatalf("%d and %d shards of %d sentences, want 1 and 31 of %d", len(whole.ix), len(many.ix), many.Len(), len(all))
	}
	one := New(all)
	if sameAsOne(t, one, whole) == 0 || sameAsOne(t, one, many) == 0 {
		t.Error("no query reached the typo fallback")
	}
}

// TestShardsReplaceRemove makes the same changes to one index and to a
// sharded one, which must keep ranking alike and drop emptied shards.
func TestShardsReplaceRemove(t *testing.T) {
	all := entries(genCorpus(2000, 4))
	one, many := New(all), build(all, 97)
	for d := range int64(60) {
		switch {
		case d%3 == 0:
			one.Remove(d + 1)
			many.Remove(d + 1)
		default:
			var repl []Entry
			for i, s := range genCorpus(int(d)*7%150, uint64(d)+10) {
				repl = append(repl, Entry{Index: i, Text: s})
			}
			one.Replace(d+1, repl)
			many.Replace(d+1, repl)
		}
	}
	if many.Len() != one.Len() {
		t.Fatalf("Len %d, one index %d", many.Len(), one.Len())
	}
	for _, ix := range many.ix {
		if n := ix.Len(); n == 0 || n > 97 {
			t.Fatalf("a shard of %d sentences", n)
		}
	}
	sameAsOne(t, one, many)
}

// TestShardsSearchFunc checks the provisional page (the first shard's
// ranking) and the final one, also when fn changes the index.
func TestShardsSearchFunc(t *testing.T) {
	all := entries(genCorpus(1000, 5))
	ctx := context.Background()
	for _, size := range []int{1 << 30, 300} {
		ix := build(all, size)
		var pages [][]Result
		err := ix.SearchFunc(ctx, "accordo strategico", 5, func(page []Result, final bool) {
			pages = append(pages, page)
			if final != (len(pages) == 2 || size > len(all)) {
				t.Errorf("size %d: page %d final %v", size, len(pages), final)
			}
		})
		if err != nil {
			t.Fatal(err)
		}
		want, _ := ix.Search(ctx, "accordo strategico", 5)
		if !reflect.DeepEqual(pages[len(pages)-1], want) {
			t.Errorf("size %d: final page %v, Search %v", size, brief(pages[len(pages)-1]), brief(want))
		}
		if size < len(all) {
			first, _ := ix.ix[0].Search(ctx, "accordo strategico", 5)
			if !reflect.DeepEqual(pages[0], first) {
				t.Errorf("provisional page %v, first shard %v", brief(pages[0]), brief(first))
			}
		}
	}
	ix := build(all, 300)
	err := ix.SearchFunc(ctx, "lavrov", 3, func(page []Result, final bool) {
		if !final {
			ix.Replace(1, []Entry{{Text: "Lavrov."}})
		} else if len(page) == 0 || page[0].Text != "Lavrov." {
			t.Errorf("final page after Replace: %v", brief(page))
		}
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestShardsConcurrent searches while documents are replaced and removed;
// run it with -race.
func TestShardsConcurrent(t *testing.T) {
	ix := build(entries(genCorpus(1500, 6)), 200)
	var wg sync.WaitGroup
	done := make(chan struct{})
	for w := range 2 {
		wg.Go(func() {
			for i := w; ; i++ {
				select {
				case <-done:
					return
				default:
				}
				if _, err := ix.Search(context.Background(), shardQueries[i%len(shardQueries)], 10); err != nil {
					t.Error(err)
				}
			}
		})
	}
	for d := range 200 {
		ix.Replace(int64(d%40+1), []Entry{{Text: fmt.Sprintf("Lavrov %d", d)}})
		if d%9 == 0 {
			ix.Remove(int64(d%40 + 50))
		}
	}
	close(done)
	wg.Wait()
	res, err := ix.Search(context.Background(), "lavrov 199", 1)
	if err != nil || len(res) != 1 || res[0].Entry != (Entry{DocID: 40, Text: "Lavrov 199"}) {
		t.Fatalf("after the changes: %v %v", brief(res), err)
	}
}

// brief lists results as doc:index/kind.
func brief(rs []Result) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = fmt.Sprintf("%d:%d/%d", r.DocID, r.Index, r.Kind)
	}
	return out
}
