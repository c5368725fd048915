// Package store keeps Veritag's documents, sentences, labels, annotations and
// event log in one SQLite file. Every method takes a context; every user
// action is one transaction, committed before the method returns.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"time"

	_ "github.com/mattn/go-sqlite3" // the SQLite driver
)

// ApplicationID is written to PRAGMA application_id ("VTAG"): a SQLite file
// with another id is not a Veritag database and is never modified.
const ApplicationID = 0x56544147

// busyTimeoutMS is how long a connection waits for another one's lock.
const busyTimeoutMS = 10000

// Store is an open Veritag database. It is safe for concurrent use.
type Store struct {
	path    string
	write   *sql.DB // one connection, BEGIN IMMEDIATE: writes are serialised
	writer  *writerConnector
	read    *sql.DB   // a pool for reads
	watch   *sql.Conn // a fixed connection for PRAGMA data_version
	batch   bool      // opened by OpenBatch
	Now     func() time.Time
	closers []func() error
}

// Open opens the Veritag database at path, creating it (and its folder) if
// it does not exist and migrating it to the current schema. path is a file
// path, never an SQLite URI. A file that is not a Veritag database, is
// corrupt, is written by a newer Veritag or is not a regular file is
// refused and left untouched.
func Open(ctx context.Context, path string) (*Store, error) {
	return open(ctx, path, false)
}

// OpenBatch is Open for a command that writes in bulk and exits
// (veritag-cli import): it keeps no connection open besides the writer's,
// so that a bulk import can write through a rollback journal while no
// other process has the file open (rollbackJournal). DataVersion is
// always 0.
func OpenBatch(ctx context.Context, path string) (*Store, error) {
	return open(ctx, path, true)
}

// open opens the database at path for writing; batch is OpenBatch.
func open(ctx context.Context, path string, batch bool) (*Store, error) {
	if _, err := checkFile(ctx, path, true); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, unwrapPath(err))
	}
	s := &Store{path: path, batch: batch, Now: func() time.Time { return time.Now().UTC() }}
	var err error
	s.writer = &writerConnector{dsn: dsn(path, "immediate", false)}
	s.write = sql.OpenDB(s.writer)
	s.write.SetMaxOpenConns(1)
	s.closers = append(s.closers, s.write.Close)
	if err := migrate(ctx, s.write); err != nil {
		s.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if s.read, err = sql.Open("sqlite3", dsn(path, "deferred", false)); err != nil {
		s.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s.closers = append(s.closers, s.read.Close)
	if batch {
		s.read.SetMaxIdleConns(0) // no reader stays open
		return s, nil
	}
	if s.watch, err = s.read.Conn(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s.closers = append(s.closers, s.watch.Close)
	return s, nil
}

// OpenForReading opens the database for a command that only reads: as
// Open when the file and its folder can be written (an older schema is
// upgraded, a missing file created), else read-only, so that reading works
// on read-only media and folders.
func OpenForReading(ctx context.Context, path string) (*Store, error) {
	if exists, err := statRegular(path); err != nil || !exists || writable(path) {
		return Open(ctx, path)
	}
	return OpenReadOnly(ctx, path)
}

// OpenReadOnly opens an existing Veritag database without ever writing to
// it, for merging another annotator's file or reading from read-only
// media. Where SQLite could not create its -wal and -shm files (a
// read-only medium or folder) the file is read as immutable.
func OpenReadOnly(ctx context.Context, path string) (*Store, error) {
	exists, err := statRegular(path)
	if err != nil {
		return nil, err
	}
	if !exists {
		return nil, fmt.Errorf("open %s: no such file", path)
	}
	state, err := checkFile(ctx, path, false)
	if err != nil {
		return nil, err
	}
	if state == fileMissing {
		return nil, fmt.Errorf("open %s: the file is empty, not a Veritag database: there is nothing in it to read", path)
	}
	name := dsn(path, "deferred", true)
	if !writable(path) {
		if _, err := os.Stat(path + "-wal"); err == nil {
			return nil, fmt.Errorf("open %s: the database is in use or was not closed cleanly (it has a -wal file) and its folder is read-only: copy both files to a writable folder first", path)
		}
		name += "&immutable=1"
	}
	db, err := sql.Open("sqlite3", name)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	var version int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if version < len(migrations) {
		db.Close()
		return nil, fmt.Errorf("open %s: written by an older Veritag (schema %d, this one reads %d): open it once with this version of Veritag, in a writable folder, to upgrade it", path, version, len(migrations))
	}
	s := &Store{path: path, read: db, Now: func() time.Time { return time.Now().UTC() }}
	s.closers = append(s.closers, db.Close)
	return s, nil
}

// Path returns the database file's path.
func (s *Store) Path() string { return s.path }

// Close releases the database. A large file opened for writing is
// recorded as seen (recordClosed), so that the next open need not check it.
func (s *Store) Close() error {
	wrote := s.write != nil && len(s.closers) > 0
	var errs []error
	for i := len(s.closers) - 1; i >= 0; i-- {
		errs = append(errs, s.closers[i]())
	}
	s.closers = nil
	err := errors.Join(errs...)
	if wrote && err == nil {
		recordClosed(s.path)
	}
	return err
}

// DataVersion changes whenever another connection or process commits, so a
// caller polling it notices changes made outside.
func (s *Store) DataVersion(ctx context.Context) (int64, error) {
	var v int64
	if s.watch == nil {
		return 0, nil // read-only: nothing here writes
	}
	err := s.watch.QueryRowContext(ctx, "PRAGMA data_version").Scan(&v)
	return v, err
}

// dsn builds the connection string: WAL, foreign keys, busy_timeout and a
// prepared-statement cache are set on every connection the pool opens.
func dsn(path, txlock string, readOnly bool) string {
	q := url.Values{}
	q.Set("_foreign_keys", "on")
	q.Set("_busy_timeout", strconv.Itoa(busyTimeoutMS))
	q.Set("_txlock", txlock)
	q.Set("_stmt_cache_size", "32") // reuse prepared statements across calls
	if readOnly {
		q.Set("mode", "ro")
	} else {
		q.Set("_journal_mode", "WAL")
		q.Set("_synchronous", "FULL")
	}
	return fileURI(path) + "?" + q.Encode()
}

// withTx runs fn in one write transaction (BEGIN IMMEDIATE) and commits.
// The transaction is begun without ctx's cancellation: database/sql would
// otherwise roll it back from another goroutine when ctx is cancelled,
// under the statements a bulk write runs on the driver connection
// (rawStmt), which would then run outside any transaction. fn's
// statements stop on ctx, and a transaction whose ctx is cancelled is
// rolled back here, never committed.
func (s *Store) withTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	if s.write == nil {
		return errors.New("the database is open read-only")
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	tx, err := s.write.BeginTx(context.WithoutCancel(ctx), nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	if err := ctx.Err(); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// withReadTx runs fn in one read transaction, so a read made of several
// queries sees one snapshot even while others commit; nothing is written.
func (s *Store) withReadTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return err
	}
	defer tx.Rollback()
	return fn(tx)
}

// querier is what *sql.DB, *sql.Conn and *sql.Tx share for reading, so
// helpers serve both plain reads and reads inside a transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// stamp formats a time the way the database stores it.
func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

// parseStamp reads a stored time; a malformed value gives the zero time.
func parseStamp(v string) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, v)
	return t
}
