package subseq

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestArenaCompact stores texts across many segments (some bigger than a
// segment), with capitals, accents, typographic quotes, NULs and invalid
// UTF-8 for the patches, drops random ones and checks that the rest
// survive intact.
func TestArenaCompact(t *testing.T) {
	pieces := []string{"", "Lavrov", " L’intesa «città» — PERCHÉ", "\x00Z\xff\xc3", "ŁØĐ Ǆ ﬁ 𝔸"}
	rng := rand.New(rand.NewPCG(5, 5))
	var a arena
	var texts []string
	for i := range 3000 {
		n := rng.IntN(3000)
		if i%500 == 0 {
			n = maxSegment + rng.IntN(1000)
		}
		s := strings.Repeat(string(rune('a'+i%26)), n) + pieces[i%len(pieces)] + "é"
		texts = append(texts, s)
		a.add(s)
	}
	for round := range 4 {
		keep := make([]bool, len(texts))
		var kept []string
		for i := range keep {
			keep[i] = rng.IntN(4) != 0 || round == 3
			if keep[i] {
				kept = append(kept, texts[i])
			}
		}
		a.compact(func(i int) bool { return keep[i] })
		texts = kept
		if len(a.loc) != len(texts) {
			t.Fatalf("%d texts, want %d", len(a.loc), len(texts))
		}
		for i, s := range texts {
			orig, fold := a.original(nil, i)
			if string(orig) != s || len(fold) != len(s) || fold[len(fold)-2] != 'e' || a.size(i) != len(s) {
				t.Fatalf("round %d: text %d damaged", round, i)
			}
		}
	}
}
