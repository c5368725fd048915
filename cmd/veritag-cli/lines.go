package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"slices"
)

// Line limits for stdin: memory stays bounded whatever stdin holds.
const (
	maxQueryLine = 1 << 20  // a search --stdin query or a tag --stdin line
	maxTextLine  = 64 << 20 // a segment --format jsonl record: a 50 MB text and its JSON quoting
)

// errLineTooLong is a line over the limit; the reader has skipped it.
var errLineTooLong = errors.New("line too long")

// lineReader reads stdin line by line, never holding more than max bytes
// of one line: a longer line is skipped without being stored and reported
// as errLineTooLong.
type lineReader struct {
	r   *bufio.Reader
	max int
	n   int // the number of the line last read, from 1
}

func newLineReader(r io.Reader, max int) *lineReader {
	return &lineReader{r: bufio.NewReaderSize(r, 64<<10), max: max}
}

// next returns the next line without its line end; io.EOF after the last.
func (l *lineReader) next() (string, error) {
	var line []byte
	long := false
	for {
		chunk, err := l.r.ReadSlice('\n')
		if !long && len(line)+len(chunk) > l.max+1 { // +1: the line end
			long, line = true, nil
		}
		if !long {
			if len(line)+len(chunk) > cap(line) {
				line = slices.Grow(line, max(len(line), len(chunk))) // doubling: a long line costs twice its size
			}
			line = append(line, chunk...)
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && len(line) == 0 && !long:
			return "", io.EOF
		case err != nil && err != io.EOF:
			return "", err
		}
		l.n++
		if long {
			return "", errLineTooLong
		}
		return trimLineEnd(string(line)), nil
	}
}

// tooLong describes a skipped line for an error message.
func (l *lineReader) tooLong(what string) error {
	return fmt.Errorf("stdin: line %d: %s longer than %s; it was refused", l.n, what, size(l.max))
}

// trimLineEnd drops a trailing "\n" or "\r\n".
func trimLineEnd(s string) string {
	if len(s) > 0 && s[len(s)-1] == '\n' {
		s = s[:len(s)-1]
	}
	if len(s) > 0 && s[len(s)-1] == '\r' {
		s = s[:len(s)-1]
	}
	return s
}

// size formats a byte count in whole MB.
func size(n int) string { return fmt.Sprintf("%d MB", n>>20) }
