package importer

import (
	"bytes"
	"strings"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// decode takes over raw file bytes (the caller must not change them after)
// and turns them into UTF-8 text with LF line ends. It strips a
// UTF-8 BOM, converts UTF-16 (with a BOM, or recognised by its zero bytes
// without one) and, line by line, Windows-1252 (Latin-1) text, and refuses
// empty, whitespace-only, binary and otherwise undecodable input.
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
	default:
		if order, ok := utf16Order(b); ok {
			u, err := unicode.UTF16(order, unicode.IgnoreBOM).NewDecoder().Bytes(b)
			if err != nil {
				return "", errorf(0, "invalid UTF-16: %v", err)
			}
			b = u
		}
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
	// b is not changed after this (decode's caller hands it over), so the
	// text shares its bytes instead of copying up to 256 MB.
	s := strings.ReplaceAll(unsafe.String(unsafe.SliceData(b), len(b)), "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	if strings.TrimSpace(s) == "" {
		return "", errorf(0, "no text: the file holds only whitespace")
	}
	return s, nil
}

// utf16Order recognises UTF-16 text without a BOM: an even length, and
// most code units have a zero high byte (Latin text) on one side only.
func utf16Order(b []byte) (unicode.Endianness, bool) {
	if len(b) < 4 || len(b)%2 != 0 {
		return unicode.LittleEndian, false
	}
	zeroEven, zeroOdd := 0, 0
	for i := 0; i+1 < len(b); i += 2 {
		if b[i] == 0 {
			zeroEven++
		}
		if b[i+1] == 0 {
			zeroOdd++
		}
	}
	units := len(b) / 2
	switch {
	case zeroOdd*10 >= units*6 && zeroEven*20 <= units:
		return unicode.LittleEndian, true
	case zeroEven*10 >= units*6 && zeroOdd*20 <= units:
		return unicode.BigEndian, true
	}
	return unicode.LittleEndian, false
}

// fromWindows1252 converts b, which is not valid UTF-8, line by line: a line
// that is valid UTF-8 stays as it is, any other line is read as
// Windows-1252. A line that mixes both encodings, or holds a byte that
// Windows-1252 leaves undefined, is refused with its number: guessing
// would store mojibake.
func fromWindows1252(b []byte) ([]byte, *Error) {
	out := make([]byte, 0, len(b)+len(b)/8)
	dec := charmap.Windows1252.NewDecoder()
	for line := 1; len(b) > 0; line++ {
		end := bytes.IndexByte(b, '\n') + 1
		if end == 0 {
			end = len(b)
		}
		seg := b[:end]
		b = b[end:]
		if utf8.Valid(seg) {
			out = append(out, seg...)
			continue
		}
		if at, ok := windows1252Line(seg); !ok {
			return nil, errorf(line, "invalid UTF-8 (byte 0x%02X) and not Windows-1252/Latin-1 text either; save the file as UTF-8", seg[at])
		}
		u, err := dec.Bytes(seg)
		if err != nil {
			return nil, errorf(line, "cannot convert from Windows-1252: %v", err)
		}
		out = append(out, u...)
	}
	return out, nil
}

// windows1252Line reports whether a line that is not valid UTF-8 reads as
// Windows-1252: it holds no valid multi-byte UTF-8 sequence and no byte
// Windows-1252 leaves undefined. at is the first byte that is not UTF-8.
func windows1252Line(seg []byte) (at int, ok bool) {
	at, ok = -1, true
	for i := 0; i < len(seg); {
		if seg[i] < utf8.RuneSelf {
			i++
			continue
		}
		switch seg[i] {
		case 0x81, 0x8D, 0x8F, 0x90, 0x9D:
			ok = false
		}
		r, n := utf8.DecodeRune(seg[i:])
		switch {
		case r != utf8.RuneError || n != 1:
			ok = false // a UTF-8 character on the same line as a non-UTF-8 byte
		case at < 0:
			at = i
		}
		i += n
	}
	return at, ok
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
