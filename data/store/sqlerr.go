package store

import (
	"errors"

	"github.com/mattn/go-sqlite3"
)

// isForeignKey reports whether err is SQLite refusing a row whose foreign
// key names no row, recognised by its extended error code.
func isForeignKey(err error) bool {
	var e sqlite3.Error
	return errors.As(err, &e) && e.ExtendedCode == sqlite3.ErrConstraintForeignKey
}
