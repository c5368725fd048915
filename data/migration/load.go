// Package migration reads a schema's embedded, ordered SQL migrations: the
// local SQLite store and the PostgreSQL hub each keep theirs in a
// migrations/ folder of NNN_name.sql files.
package migration

import (
	"io/fs"
	"sort"
)

// Load returns the text of every migrations/*.sql file of fsys in name
// order: migration i (0-based) brings a schema from version i to i+1. The
// files are embedded, so a failure to read them is a build defect and
// panics.
func Load(fsys fs.FS) []string {
	names, err := fs.Glob(fsys, "migrations/*.sql")
	if err != nil {
		panic(err)
	}
	sort.Strings(names)
	out := make([]string, len(names))
	for i, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			panic(err)
		}
		out[i] = string(b)
	}
	return out
}
