package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// printable makes text from a document, a title, a note or an error safe
// to print on a terminal and on one line of tab-separated output: line
// breaks become spaces, and every other control character (ESC, BEL, tab,
// DEL, the C1 range) is written as a visible Go escape such as \x1b, so no
// text can move the cursor, retitle the window or break a column.
func printable(s string) string {
	if plainASCII(s) {
		return s
	}
	s = newlines.Replace(s)
	if strings.IndexFunc(s, isControl) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if !isControl(r) {
			b.WriteRune(r)
			continue
		}
		q := strconv.QuoteRune(r) // '\x1b', '\a', '\u0085'
		b.WriteString(q[1 : len(q)-1])
	}
	return b.String()
}

// plainASCII reports whether s is printable ASCII only, which printable
// returns as it is (the common case, checked cheaply).
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x7f {
			return false
		}
	}
	return true
}

// newlines turns every kind of line break into one space.
var newlines = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")

// isControl reports a C0 or C1 control character or DEL.
func isControl(r rune) bool { return r < 0x20 || (r >= 0x7f && r <= 0x9f) }

// writeJSONLine writes v as one line of JSON without HTML escaping.
func writeJSONLine(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// maxText is the most text segment reads from stdin.
const maxText = 256 << 20

// readText reads all of r as UTF-8 text, refusing binary or oversize input.
func readText(r io.Reader, name string) (string, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxText+1))
	if err != nil {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	if len(b) > maxText {
		return "", fmt.Errorf("%s: more than %d MB of text", name, maxText>>20)
	}
	if !utf8.Valid(b) {
		return "", fmt.Errorf("%s: not valid UTF-8 text", name)
	}
	return string(b), nil
}

// parseDoc reads a DOC argument.
func parseDoc(s string) (int64, error) {
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, usageError{fmt.Sprintf("DOC must be a document id (see veritag-cli list), got %q", s)}
	}
	return id, nil
}

// parseIndex reads a SENTENCE argument.
func parseIndex(s string) (int, error) {
	i, err := strconv.Atoi(s)
	if err != nil || i < 0 {
		return 0, usageError{fmt.Sprintf("SENTENCE must be a 0-based sentence index, got %q", s)}
	}
	return i, nil
}
