package store

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
)

// sqliteMagic starts every SQLite database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// fileState is what checkFile found at a path.
type fileState int

const (
	fileMissing fileState = iota // nothing there, or an empty file: a new database
	fileVeritag                  // a Veritag database of this schema or older
)

// checkFile refuses, without writing anything, a file that is not a
// Veritag database this version can open: not a regular file, not SQLite,
// corrupt, another application's SQLite file, or written by a newer
// Veritag. Everything is read before any pragma that could write (such as
// switching the journal mode), so a refused file keeps every byte. A
// Veritag database with a hot journal (an interrupted bulk import) is
// rolled back first when recover is true, and refused untouched when not.
func checkFile(ctx context.Context, path string, recover bool) (fileState, error) {
	exists, err := statRegular(path)
	if err != nil || !exists {
		return fileMissing, err
	}
	if hasJournal(path) && !recover {
		return fileMissing, fmt.Errorf("open %s: an import into it is under way or was interrupted (it has a -journal file): once no import is running, open it with veritag-cli list --db to finish or undo it; it was left untouched", path)
	}
	if recover {
		if err := recoverJournal(ctx, path); err != nil {
			return fileMissing, fmt.Errorf("open %s: %w", path, err)
		}
	}
	f, err := openNonBlocking(path)
	if err != nil {
		return fileMissing, fmt.Errorf("open %s: %w", path, unwrapPath(err))
	}
	head := make([]byte, 100)
	n, err := io.ReadFull(f, head)
	st, statErr := f.Stat()
	f.Close()
	if n == 0 {
		return fileMissing, nil
	}
	if err != nil || !bytes.Equal(head[:16], sqliteMagic) {
		return fileMissing, fmt.Errorf("open %s: not a Veritag database (not an SQLite file); it was left untouched", path)
	}
	if statErr == nil {
		if err := checkHeader(path, head, st.Size()); err != nil {
			return fileMissing, fmt.Errorf("open %s: the database is corrupt (%v); it was left untouched", path, err)
		}
	}
	db, err := sql.Open("sqlite3", inspectDSN(path))
	if err != nil {
		return fileMissing, fmt.Errorf("open %s: %w", path, err)
	}
	defer db.Close()
	var appID, version, tables int
	err = db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID)
	if err == nil {
		err = db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version)
	}
	if err == nil {
		err = db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&tables)
	}
	if err != nil {
		return fileMissing, fmt.Errorf("open %s: the database is corrupt or unreadable (%v); it was left untouched", path, err)
	}
	switch {
	case appID == 0 && tables == 0:
		return fileMissing, nil
	case appID != ApplicationID:
		return fileMissing, fmt.Errorf("open %s: not a Veritag database (an SQLite file of another application); it was left untouched", path)
	case version > len(migrations):
		return fileMissing, fmt.Errorf("open %s: written by a newer Veritag (schema %d, this one knows %d): open it with that version or update Veritag; it was left untouched", path, version, len(migrations))
	}
	if err := quickCheck(ctx, db, path); err != nil {
		return fileMissing, fmt.Errorf("open %s: the database is corrupt (%v); it was left untouched", path, err)
	}
	return fileVeritag, nil
}

// inspectDSN opens a file for checking. A file in use (it has a WAL) is
// read like any reader reads it, taking the locks and reading the WAL, so
// that another process writing and checkpointing meanwhile is not mistaken
// for corruption or for a foreign file. Otherwise it is read as immutable:
// no locks, and no -wal/-shm files are made next to a file that may not be
// ours.
func inspectDSN(path string) string {
	name := dsn(path, "deferred", true)
	if _, err := os.Stat(path + "-wal"); err != nil {
		name += "&immutable=1"
	}
	return name
}
