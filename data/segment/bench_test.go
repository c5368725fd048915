package segment

import (
	"os"
	"strings"
	"testing"
)

// benchText is realistic mixed Italian and English news text of about 4 MB.
func benchText(tb testing.TB) string {
	var b strings.Builder
	parts := []string{}
	if data, err := os.ReadFile("../../assets/sample-kursk-it.txt"); err == nil {
		parts = append(parts, string(data))
	}
	for _, c := range splitCases {
		parts = append(parts, c.text)
	}
	for b.Len() < 4<<20 {
		for _, p := range parts {
			b.WriteString(p)
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

func BenchmarkSplit(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Split(text, "auto")
	}
}
