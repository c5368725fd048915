package agree

import (
	"reflect"
	"testing"

	"github.com/veritag/veritag/data/model"
)

func TestFinalLabel(t *testing.T) {
	adjudicated := sentence(1, 0, "a", "FACT", "b", "FACT")
	adjudicated.Adjudicated = "CLAIM"
	cases := []struct {
		name   string
		s      model.AnnotatedSentence
		labels []string
		source string
	}{
		{"adjudicated", adjudicated, []string{"CLAIM"}, SourceAdjudicated},
		{"none", sentence(1, 0), nil, ""},
		{"single", sentence(1, 0, "a", "FACT", "b", ""), []string{"FACT"}, SourceSingle},
		{"unanimous", sentence(1, 0, "a", "FACT", "b", "FACT"), []string{"FACT"}, SourceMajority},
		{"majority", sentence(1, 0, "a", "CLAIM", "b", "FACT", "c", "FACT"), []string{"FACT"}, SourceMajority},
		{"tie", sentence(1, 0, "a", "SPECULATION", "b", "CLAIM", "c", "FACT", "d", "FACT", "e", "CLAIM"), []string{"CLAIM", "FACT"}, SourceTie},
	}
	for _, c := range cases {
		labels, source := FinalLabel(c.s)
		if !reflect.DeepEqual(labels, c.labels) || source != c.source {
			t.Errorf("%s: got %v %q, want %v %q", c.name, labels, source, c.labels, c.source)
		}
	}
}

func TestAdjudicationQueue(t *testing.T) {
	done := sentence(1, 9, "a", "FACT", "b", "CLAIM", "c", "SPECULATION")
	done.Adjudicated = "FACT"
	in := []model.AnnotatedSentence{
		sentence(1, 0, "a", "FACT", "b", "FACT"),                             // agreed
		sentence(1, 1, "a", "FACT", "b", "FACT", "c", "CLAIM"),               // 2 labels, 2:1
		sentence(1, 2, "a", "FACT", "b", "CLAIM"),                            // 2 labels, 1:1
		sentence(1, 3, "a", "FACT", "b", "CLAIM", "c", "SPECULATION"),        // 3 labels
		sentence(2, 0, "a", "FACT", "b", "FACT", "c", "CLAIM", "d", "CLAIM"), // 2 labels, 2:2, more annotators
		sentence(1, 4, "a", "FACT"),                                          // single
		done,
	}
	var got [][2]int64
	for _, s := range AdjudicationQueue(in) {
		got = append(got, [2]int64{s.DocID, int64(s.Index)})
	}
	want := [][2]int64{{1, 3}, {2, 0}, {1, 2}, {1, 1}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("queue = %v, want %v", got, want)
	}
}
