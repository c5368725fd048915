package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
)

// quickCheckLimit is the largest file scanned with PRAGMA quick_check on
// every open (about 0.3 s at this size); a larger one is scanned unless
// Veritag has seen it as it is now (seenAsIs). Lowered by tests.
var quickCheckLimit int64 = 128 << 20

// quickCheck runs PRAGMA quick_check(1) on db, the database at path: always
// when the file is at most quickCheckLimit, else unless the file is as
// Veritag last saw it; a large file that passes is recorded as seen.
func quickCheck(ctx context.Context, db *sql.DB, path string) error {
	st, err := os.Stat(path)
	if err != nil || st.Size() <= quickCheckLimit {
		return pragmaCheck(ctx, db, "quick_check(1)")
	}
	if seenAsIs(path) {
		return nil
	}
	was, stamped := stampOf(path)
	if err := pragmaCheck(ctx, db, "quick_check(1)"); err != nil {
		return err
	}
	if stamped {
		recordSeen(path, was)
	}
	return nil
}

// ScansOnOpen reports whether opening the database at path will scan it
// whole (a file over the size checked on every open that Veritag has not
// seen as it is now), and its size, so that a caller can say why the open
// takes a while.
func ScansOnOpen(path string) (size int64, scans bool) {
	st, err := os.Stat(path)
	if err != nil || !st.Mode().IsRegular() || st.Size() <= quickCheckLimit {
		return 0, false
	}
	return st.Size(), !seenAsIs(path)
}

// recordClosed records a large database this process wrote and has just
// closed as seen, so that the next open need not check it again.
func recordClosed(path string) {
	if was, ok := stampOf(path); ok && was.Size > quickCheckLimit {
		recordSeen(path, was)
	}
}

// pragmaCheck runs an integrity pragma and turns anything but "ok" into an
// error.
func pragmaCheck(ctx context.Context, db *sql.DB, pragma string) error {
	var ok string
	if err := db.QueryRowContext(ctx, "PRAGMA "+pragma).Scan(&ok); err != nil {
		return err
	}
	if ok != "ok" {
		return fmt.Errorf("%s", ok)
	}
	return nil
}
