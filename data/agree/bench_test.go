package agree

import (
	"testing"

	"github.com/veritag/veritag/data/model"
)

// BenchmarkCounterAddSentence measures the streaming agreement sums; one
// op is one sentence with three annotations.
func BenchmarkCounterAddSentence(b *testing.B) {
	labels := []string{"CLAIM", "FACT", "SPECULATION"}
	sents := make([]model.AnnotatedSentence, 64)
	for i := range sents {
		sents[i] = sentence(int64(i/16), i, "alice", labels[i%3], "bob", labels[i%2], "carol", labels[(i/2)%3])
	}
	var c Counter
	b.ReportAllocs()
	for i := range b.N {
		c.AddSentence(sents[i%len(sents)])
	}
	if c.Report().Items != b.N {
		b.Fatal("items lost")
	}
}
