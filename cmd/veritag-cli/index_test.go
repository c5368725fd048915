package main

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/veritag/veritag/data/scale"
	"github.com/veritag/veritag/data/search"
)

// TestShardsRankAsOneIndex checks that a sharded index returns exactly
// what one index over the same sentences returns, typo fallback included.
func TestShardsRankAsOneIndex(t *testing.T) {
	each := func(fn func(int64, int, string) error) error {
		for d := range 6 {
			for i, s := range scale.Document(3, d, 500).Sentences {
				if err := fn(int64(d+1), i, s.Text); err != nil {
					return err
				}
			}
		}
		return nil
	}
	one, err := buildShards(each, 1<<30)
	if err != nil {
		t.Fatal(err)
	}
	many, err := buildShards(each, 97)
	if err != nil {
		t.Fatal(err)
	}
	if len(one) != 1 || len(many) != 31 {
		t.Fatalf("%d and %d shards, want 1 and 31", len(one), len(many))
	}
	ctx := context.Background()
	typos := 0
	for _, q := range []string{"Lavrov", "accordo strategico", "città", "perche", "dell'esercito",
		"cooperazoine militare", "Pyongyang Kursk", "sanzioni", "la", "zz", "frtellanza cmbattiva",
		"negoziatti", "strategcio", "energy prices", "naive", "caffè"} {
		for _, limit := range []int{1, 10, 40} {
			want, err := one.Search(ctx, q, limit)
			if err != nil {
				t.Fatal(err)
			}
			got, err := many.Search(ctx, q, limit)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%q limit %d: sharded gives %d results %v, one index %d %v", q, limit, len(got), brief(got), len(want), brief(want))
			}
			for _, r := range want {
				if r.Kind == search.Typo {
					typos++
				}
			}
		}
	}
	if typos == 0 {
		t.Error("no query reached the typo fallback")
	}
}

// brief lists results as doc:index.
func brief(rs []search.Result) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = fmt.Sprintf("%d:%d/%d", r.DocID, r.Index, r.Kind)
	}
	return out
}
