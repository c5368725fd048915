package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"
)

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
