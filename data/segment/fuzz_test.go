package segment

import "testing"

func FuzzSplit(f *testing.F) {
	for _, c := range splitCases {
		f.Add(c.text, c.lang)
	}
	for _, s := range []string{
		"\xff\xfe. \xe2\x80 One.\xc3",
		"«a. B» (c. D) [e. F] “g. H” ‘i. J’ 'k. L' \"m. N\"",
		"1. a\n2) b\n(iii) c\n• d\n- e",
		"x.Y. . . . Z... W… V?! U.[1] T.12 S",
		"\r\n\r\n\u2028\u2029\f\v\x1c\x85 \u00a0",
		"e.g. Mr. U.S. a.m. Sig.ra Dott. art. n. 5",
		"http://a.b/c?d=e.F. mail@x.Y. Next",
	} {
		f.Add(s, "auto")
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		if msg := checkSpans(text, Split(text, lang)); msg != "" {
			t.Fatalf("%s: Split(%q, %q)", msg, text, lang)
		}
	})
}
