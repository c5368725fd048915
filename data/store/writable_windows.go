package store

import "os"

// writable reports whether path can be written: false when the file has
// the read-only attribute. Windows has no access(2); a read-only folder
// shows up as an error when SQLite opens the file.
func writable(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().Perm()&0o200 != 0
}
