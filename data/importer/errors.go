package importer

import (
	"fmt"
	"strconv"
	"strings"
)

// Error is an import failure: one clear line naming the file and, where there
// is one, the 1-based line of the input. The GUI can show it as is.
type Error struct {
	File string // file name as given, "stdin" for "-"
	Line int    // 1-based input line, 0 when the error is not about one line
	Msg  string
}

// Error formats e as "import FILE: line N: MSG" (without "line N: " when
// Line is 0).
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("import %s: line %d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("import %s: %s", e.File, e.Msg)
}

// errorf makes an *Error at line (0 for none); Read fills in File. The
// message is kept on one line.
func errorf(line int, format string, args ...any) *Error {
	msg := strings.NewReplacer("\r", " ", "\n", " ").Replace(fmt.Sprintf(format, args...))
	return &Error{Line: line, Msg: msg}
}

// quote quotes user data for an error message, cut to a readable length.
func quote(s string) string {
	const max = 40
	n := 0
	for i := range s {
		if n == max {
			return strconv.Quote(s[:i]) + "…"
		}
		n++
	}
	return strconv.Quote(s)
}
