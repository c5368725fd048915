package export

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// fileSink is a buffered output file written under a temporary name in
// the target's folder and renamed into place by commit, so a failed or
// aborted export never leaves a truncated file behind. The path "-" is
// standard output, and an existing path that is not a regular file (a
// device, a pipe) is written in place.
type fileSink struct {
	*bufio.Writer
	f    *os.File // nil for standard output
	path string   // "" when f is written in place
}

func createFile(path string) (*fileSink, error) {
	if path == "-" {
		return &fileSink{Writer: bufio.NewWriterSize(os.Stdout, 64<<10)}, nil
	}
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		if fi.IsDir() {
			return nil, fmt.Errorf("%s: is a folder", path)
		}
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return nil, err
		}
		return &fileSink{Writer: bufio.NewWriterSize(f, 64<<10), f: f}, nil
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if pe := (*os.PathError)(nil); errors.As(err, &pe) {
		return nil, fmt.Errorf("%s: %w", path, pe.Err)
	} else if err != nil {
		return nil, err
	}
	if err := f.Chmod(0o644); err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, err
	}
	return &fileSink{Writer: bufio.NewWriterSize(f, 64<<10), f: f, path: path}, nil
}

// commit flushes the file and moves it to its path.
func (s *fileSink) commit() error {
	err := s.Flush()
	switch {
	case s.f == nil:
		return err
	case s.path == "":
		return errors.Join(err, s.f.Close())
	}
	err = errors.Join(err, s.f.Sync(), s.f.Close())
	if err == nil {
		err = os.Rename(s.f.Name(), s.path)
	}
	if err != nil {
		os.Remove(s.f.Name())
		return fmt.Errorf("%s: %w", s.path, err)
	}
	return nil
}

// discard removes the temporary file.
func (s *fileSink) discard() {
	if s.f != nil {
		s.f.Close()
		if s.path != "" {
			os.Remove(s.f.Name())
		}
	}
}

// folder is an output folder that was missing or empty when the export
// started, so discarding it removes exactly what the export wrote.
type folder struct {
	path    string
	created bool
}

func openFolder(path string) (*folder, error) {
	if path == "-" {
		return nil, errors.New("writes a folder, not standard output")
	}
	entries, err := os.ReadDir(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		if err := os.MkdirAll(path, 0o755); err != nil {
			return nil, err
		}
		return &folder{path: path, created: true}, nil
	case err != nil:
		return nil, err
	case len(entries) > 0:
		return nil, fmt.Errorf("%s: folder is not empty", path)
	}
	return &folder{path: path}, nil
}

// file returns the path of name inside the folder.
func (d *folder) file(name string) string { return filepath.Join(d.path, name) }

// discard removes what was written, and the folder if the export made it.
func (d *folder) discard() {
	if d.created {
		os.RemoveAll(d.path)
		return
	}
	entries, _ := os.ReadDir(d.path)
	for _, e := range entries {
		os.RemoveAll(d.file(e.Name()))
	}
}
