package store

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
)

// quickCheckLimit is the largest file scanned with PRAGMA quick_check on open.
const quickCheckLimit = 128 << 20

// sqliteMagic starts every SQLite database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// checkFile refuses, without writing anything, a file that is not a
// Veritag database: not SQLite at all, corrupt, or another application's
// SQLite file. A missing or empty file is fine: it becomes a new database.
func checkFile(ctx context.Context, path string) error {
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	head := make([]byte, 100)
	n, err := io.ReadFull(f, head)
	f.Close()
	if n == 0 {
		return nil
	}
	if err != nil || !bytes.Equal(head[:16], sqliteMagic) {
		return fmt.Errorf("open %s: not a Veritag database (not an SQLite file); it was left untouched", path)
	}
	// A file in use (it has a WAL) is read like any reader reads it, taking
	// the locks and reading the WAL, so that another process writing and
	// checkpointing meanwhile is not mistaken for corruption or for a
	// foreign file. Otherwise it is read as immutable: no locks, and no
	// -wal/-shm files are made next to a file that may not be ours.
	name := dsn(path, "deferred", true)
	if _, err := os.Stat(path + "-wal"); err != nil {
		name += "&immutable=1"
	}
	db, err := sql.Open("sqlite3", name)
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	defer db.Close()
	var appID, tables int
	if err := db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil {
		return fmt.Errorf("open %s: the database is corrupt or unreadable (%v); it was left untouched", path, err)
	}
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&tables); err != nil {
		return fmt.Errorf("open %s: the database is corrupt or unreadable (%v); it was left untouched", path, err)
	}
	switch {
	case appID == ApplicationID:
		if st, err := os.Stat(path); err == nil && st.Size() > quickCheckLimit {
			return nil // too big to scan on every start; corruption still surfaces as a read error
		}
		var ok string
		if err := db.QueryRowContext(ctx, "PRAGMA quick_check(1)").Scan(&ok); err != nil || ok != "ok" {
			if err == nil {
				err = fmt.Errorf("%s", ok)
			}
			return fmt.Errorf("open %s: the database is corrupt (%v); it was left untouched", path, err)
		}
		return nil
	case appID == 0 && tables == 0:
		return nil
	default:
		return fmt.Errorf("open %s: not a Veritag database (an SQLite file of another application); it was left untouched", path)
	}
}
