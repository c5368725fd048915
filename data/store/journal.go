package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"fmt"
	"io"
	"os"
)

// rollbackJournal switches the database to a rollback journal for one bulk
// import, if nothing else has the file open, and returns the function that
// switches it back to WAL. Pages appended to the file are then written
// once, where the WAL writes every page twice (to the WAL, then to the
// file at the checkpoint): about a tenth of a large import's time. The
// import stays all or nothing: a crash leaves a hot journal that the next
// open rolls back (recoverJournal). Where another connection has the file
// open (the desktop app, another command) the switch fails at once and
// the import keeps the WAL, so that those readers are never blocked.
func (s *Store) rollbackJournal(ctx context.Context) (restore func()) {
	restore = func() {}
	if !s.batch {
		return restore
	}
	conn, err := s.write.Conn(ctx)
	if err != nil {
		return restore
	}
	defer conn.Close()
	var mode string
	conn.ExecContext(ctx, "PRAGMA busy_timeout = 0")
	err = conn.QueryRowContext(ctx, "PRAGMA journal_mode = DELETE").Scan(&mode)
	conn.ExecContext(context.WithoutCancel(ctx), fmt.Sprintf("PRAGMA busy_timeout = %d", busyTimeoutMS))
	if err != nil || mode != "delete" {
		return restore
	}
	return func() {
		// A failure leaves the file in rollback mode, which every
		// connection switches back to WAL when it opens the file.
		s.write.ExecContext(context.WithoutCancel(ctx), "PRAGMA journal_mode = WAL")
	}
}

// recoverJournal rolls back what an import interrupted in rollback mode
// left in the database at path (a hot journal beside it), as SQLite does
// on any open, but only for a file whose header says it is a Veritag
// database this version opens; any other file is left to checkFile to
// refuse untouched. A journal that stays is another process's import
// under way.
func recoverJournal(ctx context.Context, path string) error {
	if !hasJournal(path) {
		return nil
	}
	f, err := openNonBlocking(path)
	if err != nil {
		return nil // checkFile says why
	}
	head := make([]byte, 100)
	_, err = io.ReadFull(f, head)
	f.Close()
	if err != nil || !bytes.Equal(head[:16], sqliteMagic) || !ownHeader(head) {
		return nil
	}
	db, err := sql.Open("sqlite3", fileURI(path)+fmt.Sprintf("?_busy_timeout=%d", busyTimeoutMS))
	if err != nil {
		return err
	}
	defer db.Close()
	var n int
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&n); err != nil {
		return fmt.Errorf("another process is writing to it (%v): try again when it has finished", err)
	}
	db.Close()
	if hasJournal(path) {
		return fmt.Errorf("another process is importing into it (it has a -journal file): try again when it has finished")
	}
	return nil
}

// hasJournal reports whether path has a non-empty rollback journal beside
// it: an import in rollback mode under way, or interrupted.
func hasJournal(path string) bool {
	st, err := os.Stat(path + "-journal")
	return err == nil && st.Size() > 0
}

// ownHeader reports whether an SQLite header names a Veritag database of
// this schema or older (application_id and user_version, read from the
// bytes: an import never changes them).
func ownHeader(head []byte) bool {
	if len(head) < 100 {
		return false
	}
	version := binary.BigEndian.Uint32(head[60:64])
	return binary.BigEndian.Uint32(head[68:72]) == ApplicationID && version <= uint32(len(migrations))
}
