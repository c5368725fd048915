package corpus

import (
	"reflect"
	"testing"
	"unicode/utf8"
)

// TestDocument checks that documents are deterministic, distinct, sliced
// by code points and made of sentences of about 150 characters.
func TestDocument(t *testing.T) {
	a, b := Document(1, 7, 300), Document(1, 7, 300)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("the same document number gave two different documents")
	}
	if Document(1, 8, 300).Text == a.Text || Document(2, 7, 300).Text == a.Text {
		t.Fatal("another document number or seed gave the same text")
	}
	langs := map[string]int{}
	total, n := 0, 0
	for i := range 40 {
		d := Document(1, i, 50)
		langs[d.Lang]++
		runes := []rune(d.Text)
		if len(d.Sentences) != 50 {
			t.Fatalf("document %d has %d sentences", i, len(d.Sentences))
		}
		for j, s := range d.Sentences {
			if string(runes[s.Start:s.End]) != s.Text {
				t.Fatalf("document %d sentence %d: offsets %d–%d do not slice %q", i, j, s.Start, s.End, s.Text)
			}
			total += utf8.RuneCountInString(s.Text)
			n++
		}
	}
	if avg := total / n; avg < 130 || avg > 170 {
		t.Errorf("sentences average %d characters, want about 150", avg)
	}
	if langs["it"] == 0 || langs["en"] == 0 {
		t.Errorf("languages %v: want both it and en", langs)
	}
}
