package importer

import (
	"os"
	"strings"
	"testing"
)

// BenchmarkImportTxt imports about 4 MB of Italian news text (the sample
// article repeated) as one .txt document and reports sentences per second.
func BenchmarkImportTxt(b *testing.B) {
	raw, err := os.ReadFile(seed)
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(raw)+"\n", (4<<20)/(len(raw)+1))
	b.SetBytes(int64(len(text)))
	sentences := 0
	for b.Loop() {
		docs, err := readString("bench.txt", text, Options{Lang: "it"})
		if err != nil {
			b.Fatal(err)
		}
		sentences += len(docs[0].Sentences)
	}
	b.ReportMetric(float64(sentences)/b.Elapsed().Seconds(), "sentences/s")
}
