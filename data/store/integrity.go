package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
)

// quickCheckLimit is the largest file scanned with PRAGMA quick_check on
// every open (about 0.3 s at this size); lowered by tests.
var quickCheckLimit int64 = 128 << 20

// quickCheck runs PRAGMA quick_check on db when the file is small enough.
func quickCheck(ctx context.Context, db *sql.DB, path string) error {
	if st, err := os.Stat(path); err == nil && st.Size() > quickCheckLimit {
		return nil
	}
	return pragmaCheck(ctx, db, "quick_check(1)")
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
