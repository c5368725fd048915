package store

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"syscall"
)

// fileKind names what a path holds when it is not a regular file.
func fileKind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "not a regular file"
}

// statRegular reports whether path exists, refusing at once (without
// opening it, which could block) anything that is not a regular file.
func statRegular(path string) (exists bool, err error) {
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return false, nil
	case err != nil:
		return false, fmt.Errorf("open %s: %w", path, unwrapPath(err))
	case !st.Mode().IsRegular():
		return true, fmt.Errorf("open %s: %s, not a database file; it was left untouched", path, fileKind(st.Mode()))
	}
	return true, nil
}

// openNonBlocking opens path for reading without ever blocking, even if a
// named pipe was put in its place after it was checked.
func openNonBlocking(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}

// unwrapPath is err without the operation and path the message repeats.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// fileURI makes a file: URI of a path, escaping every character SQLite
// would otherwise read as URI syntax ('?', '#', '%'), so that a path the
// user typed is always a path, never a URI with parameters of its own.
func fileURI(path string) string {
	return "file:" + url.PathEscape(path)
}

// createNew creates path (and its folder), refusing if anything exists
// there already: it is never overwritten.
func createNew(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s already exists; it was left untouched", path)
	}
	if err != nil {
		return unwrapPath(err)
	}
	return f.Close()
}
