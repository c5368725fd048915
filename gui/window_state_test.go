package gui

import (
	"testing"

	"github.com/veritag/veritag/data/model"
)

func TestNextUnlabelledSkipsLabelledAndNavigation(t *testing.T) {
	s := newArticleState()
	s.sents = []model.Sentence{{Index: 0}, {Index: 1, Kind: model.KindNav}, {Index: 2}, {Index: 3}}
	s.mine[0] = model.Annotation{Label: "FACT"}
	s.mine[2] = model.Annotation{Label: "CLAIM"}
	for _, c := range []struct{ from, want int }{{0, 3}, {3, 3}, {4, -1}} {
		if got := s.nextUnlabelled(c.from); got != c.want {
			t.Errorf("nextUnlabelled(%d) = %d, want %d", c.from, got, c.want)
		}
	}
	if s.selected != -1 {
		t.Errorf("a new article state selects %d, want none (-1)", s.selected)
	}
}
