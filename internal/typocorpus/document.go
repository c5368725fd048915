package typocorpus

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/veritag/veritag/data/model"
)

// Document returns document n of perDoc sentences, pre-segmented:
// sentences n*perDoc onwards, separated by spaces.
func (c *Corpus) Document(n, perDoc int) model.ImportDoc {
	var b strings.Builder
	spans := make([]model.Span, 0, perDoc)
	runes := 0
	for i := range perDoc {
		if i > 0 {
			b.WriteByte(' ')
			runes++
		}
		s := c.Sentence(n*perDoc + i)
		b.WriteString(s)
		size := utf8.RuneCountInString(s)
		spans = append(spans, model.Span{Start: runes, End: runes + size, Text: s})
		runes += size
	}
	return model.ImportDoc{Title: fmt.Sprintf("Generated %d", n+1), Source: fmt.Sprintf("typocorpus-%d.txt", n+1),
		Lang: "it", Text: b.String(), Sentences: spans}
}
