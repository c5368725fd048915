package segment

import (
	"testing"
	"unicode"

	"github.com/veritag/veritag/data/model"
)

// checkSpans verifies the contract of Split on text: spans in order, within
// bounds, never empty, trimmed, Text equal to the code-point slice, and every
// non-space code point inside a span. It returns the first violation, or "".
func checkSpans(text string, spans []model.Span) string {
	var byteAt []int // byte offset of each code point (invalid bytes count one each)
	var spaces []bool
	for i, r := range text {
		byteAt = append(byteAt, i)
		spaces = append(spaces, unicode.IsSpace(r) || 0x1c <= r && r <= 0x1f)
	}
	n := len(byteAt)
	byteAt = append(byteAt, len(text))
	covered := make([]bool, n)
	prev := 0
	for _, sp := range spans {
		switch {
		case sp.Start < prev || sp.End > n || sp.Start >= sp.End:
			return "span out of order, out of bounds or empty"
		case text[byteAt[sp.Start]:byteAt[sp.End]] != sp.Text:
			return "Text is not the code-point slice"
		case spaces[sp.Start] || spaces[sp.End-1]:
			return "span starts or ends with white space"
		}
		for j := sp.Start; j < sp.End; j++ {
			covered[j] = true
		}
		prev = sp.End
	}
	for j := range n {
		if !covered[j] && !spaces[j] {
			return "non-space text outside every span"
		}
	}
	return ""
}

// splitChecked splits text and fails t if the contract is broken.
func splitChecked(t testing.TB, text, lang string) []model.Span {
	t.Helper()
	spans := Split(text, lang)
	if msg := checkSpans(text, spans); msg != "" {
		t.Fatalf("%s: Split(%.80q, %q)", msg, text, lang)
	}
	return spans
}

// texts returns the Text of each span.
func texts(spans []model.Span) []string {
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = s.Text
	}
	return out
}
