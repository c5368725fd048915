//go:build !windows

package store

import (
	"path/filepath"
	"syscall"
)

// writable reports whether SQLite could create its -wal and -shm files next
// to path and write path itself: false on a read-only medium or folder.
func writable(path string) bool {
	const w = 2 // W_OK
	return syscall.Access(filepath.Dir(path), w) == nil && syscall.Access(path, w) == nil
}
