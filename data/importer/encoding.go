package importer

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// decode turns raw file bytes into UTF-8 text with LF line ends. It strips a
// UTF-8 BOM, converts UTF-16 with a BOM and recognisable Windows-1252
// (Latin-1) text, and refuses empty, whitespace-only, binary and otherwise
// undecodable input.
func decode(b []byte) (string, *Error) {
	if len(b) == 0 {
		return "", errorf(0, "empty file")
	}
	switch {
	case bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")):
		b = b[3:]
	case bytes.HasPrefix(b, []byte("\xFF\xFE")), bytes.HasPrefix(b, []byte("\xFE\xFF")):
		u, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
		if err != nil {
			return "", errorf(0, "invalid UTF-16: %v", err)
		}
		b = u
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return "", errorf(lineAt(b, i), "binary content (NUL byte), not a text file")
	}
	if !utf8.Valid(b) {
		var err *Error
		if b, err = fromWindows1252(b); err != nil {
			return "", err
		}
	}
	if controls(b)*20 > len(b) {
		return "", errorf(0, "binary content (mostly control characters), not a text file")
	}
	s := strings.ReplaceAll(string(b), "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	if strings.TrimSpace(s) == "" {
		return "", errorf(0, "no text: the file holds only whitespace")
	}
	return s, nil
}

// fromWindows1252 converts b, which is not valid UTF-8, from Windows-1252 when
// it looks like it: its high bytes mostly form no valid UTF-8 sequence and
// none is a byte Windows-1252 leaves undefined.
func fromWindows1252(b []byte) ([]byte, *Error) {
	invalid, valid, first := 0, 0, -1
	undefined := false
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		switch b[i] {
		case 0x81, 0x8D, 0x8F, 0x90, 0x9D:
			undefined = true
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			invalid++
			if first < 0 {
				first = i
			}
		} else {
			valid++
		}
		i += n
	}
	if undefined || valid >= invalid {
		return nil, errorf(lineAt(b, first), "invalid UTF-8 (byte 0x%02X) and not Windows-1252/Latin-1 text either; save the file as UTF-8", b[first])
	}
	u, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return nil, errorf(0, "cannot convert from Windows-1252: %v", err)
	}
	return u, nil
}

// controls counts the control bytes that never occur in text files.
func controls(b []byte) int {
	n := 0
	for _, c := range b {
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7F {
			n++
		}
	}
	return n
}

// lineAt returns the 1-based line of byte offset i in b.
func lineAt(b []byte, i int) int {
	return bytes.Count(b[:i], []byte("\n")) + 1
}
