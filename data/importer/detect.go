package importer

import (
	"bytes"
	"encoding/csv"
	"path/filepath"
	"strings"
)

// extensions maps a lower-case file extension to its format.
var extensions = map[string]Format{
	".txt": Text, ".text": Text,
	".md": Markdown, ".markdown": Markdown,
	".html": HTML, ".htm": HTML, ".xhtml": HTML,
	".jsonl": JSONL, ".ndjson": JSONL,
	".json": LabelStudio,
	".csv":  CSV, ".tsv": CSV,
}

// Detect returns the format of an input from its file name's extension,
// else (stdin "-", no or unknown extension) from the first bytes of its
// content: a JSON array is Label Studio, JSON objects are JSONL, markup is
// HTML, a delimited header with a "text" column is CSV, anything else text.
func Detect(name string, head []byte) Format {
	if f, ok := extensions[strings.ToLower(filepath.Ext(name))]; ok {
		return f
	}
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF")), " \t\r\n")
	switch {
	case len(head) == 0:
		return Text
	case head[0] == '[':
		return LabelStudio
	case head[0] == '{':
		return JSONL
	case head[0] == '<' && len(head) > 1 && (isASCIILetter(head[1]) || head[1] == '!'):
		return HTML
	case hasTextColumn(head):
		return CSV
	}
	return Text
}

// hasTextColumn reports whether the first line of head is a CSV header with
// a "text" column.
func hasTextColumn(head []byte) bool {
	line, _, _ := bytes.Cut(head, []byte("\n"))
	r := csv.NewReader(bytes.NewReader(line))
	r.Comma = delimiter(string(line))
	fields, err := r.Read()
	if err != nil || len(fields) < 2 {
		return false
	}
	for _, f := range fields {
		if strings.EqualFold(strings.TrimSpace(f), "text") {
			return true
		}
	}
	return false
}

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool {
	return c|0x20 >= 'a' && c|0x20 <= 'z'
}
