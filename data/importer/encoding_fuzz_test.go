package importer

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzDecodeMixedEncodings: whatever mix of UTF-8 and other bytes comes
// in, decoding either refuses naming a line that exists, or returns valid
// UTF-8 in which every line that was valid UTF-8 in the input is kept as
// it was (never re-read as Windows-1252, which would be mojibake).
func FuzzDecodeMixedEncodings(f *testing.F) {
	for _, s := range []string{
		"Perché è così?\nPerch\xe9 \xe8 cos\xec?\n", "Riga \xff due è.", "a\x81b", "\xc3\xa8\n\xe8\r\n\xe0",
		"P\x00e\x00r\x00c\x00h\x00\xe9\x00", "\x00P\x00e\x00r", "ok\n\x93quoted\x94\nè",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		text, err := decode(data)
		if err != nil {
			if err.Line > bytes.Count(data, []byte("\n"))+1 {
				t.Fatalf("error names line %d of a %d-line input: %v", err.Line, bytes.Count(data, []byte("\n"))+1, err)
			}
			return
		}
		if !utf8.ValidString(text) {
			t.Fatalf("decoded text is not UTF-8: %q", text)
		}
		if bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")) || bytes.HasPrefix(data, []byte("\xFF\xFE")) || bytes.HasPrefix(data, []byte("\xFE\xFF")) {
			return
		}
		if _, utf16 := utf16Order(data); utf16 {
			return
		}
		kept := map[string]bool{}
		for _, l := range strings.Split(text, "\n") {
			kept[l] = true
		}
		for _, l := range bytes.Split(data, []byte("\n")) {
			l = bytes.TrimSuffix(l, []byte("\r"))
			if utf8.Valid(l) && !bytes.ContainsRune(l, '\r') && !kept[string(l)] {
				t.Fatalf("UTF-8 line %q was changed; decoded %q", l, text)
			}
		}
	})
}
