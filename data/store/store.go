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
	"time"

	_ "github.com/mattn/go-sqlite3" // the SQLite driver
)

// ApplicationID is written to PRAGMA application_id ("VTAG"): a SQLite file
// with another id is not a Veritag database and is never modified.
const ApplicationID = 0x56544147

// Store is an open Veritag database. It is safe for concurrent use.
type Store struct {
	path    string
	write   *sql.DB   // one connection, BEGIN IMMEDIATE: writes are serialised
	read    *sql.DB   // a pool for reads
	watch   *sql.Conn // a fixed connection for PRAGMA data_version
	Now     func() time.Time
	closers []func() error
}

// Open opens the Veritag database at path, creating it (and its folder) if
// it does not exist and migrating it to the current schema. A file that is
// not a Veritag database, or is corrupt, is refused and left untouched.
func Open(ctx context.Context, path string) (*Store, error) {
	if err := checkFile(ctx, path); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s := &Store{path: path, Now: func() time.Time { return time.Now().UTC() }}
	var err error
	if s.write, err = sql.Open("sqlite3", dsn(path, "immediate", false)); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
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
	if s.watch, err = s.read.Conn(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s.closers = append(s.closers, s.watch.Close)
	return s, nil
}

// OpenReadOnly opens an existing Veritag database without ever writing to
// it, for merging another annotator's file.
func OpenReadOnly(ctx context.Context, path string) (*Store, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if err := checkFile(ctx, path); err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite3", dsn(path, "deferred", true))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	var version int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if version != len(migrations) {
		db.Close()
		return nil, fmt.Errorf("open %s: schema version %d, this Veritag reads %d: open it once with this version of Veritag first", path, version, len(migrations))
	}
	s := &Store{path: path, read: db, Now: func() time.Time { return time.Now().UTC() }}
	s.closers = append(s.closers, db.Close)
	return s, nil
}

// Path returns the database file's path.
func (s *Store) Path() string { return s.path }

// Close releases the database.
func (s *Store) Close() error {
	var errs []error
	for i := len(s.closers) - 1; i >= 0; i-- {
		errs = append(errs, s.closers[i]())
	}
	s.closers = nil
	return errors.Join(errs...)
}

// DataVersion changes whenever another connection or process commits, so a
// caller polling it notices changes made outside.
func (s *Store) DataVersion(ctx context.Context) (int64, error) {
	var v int64
	err := s.watch.QueryRowContext(ctx, "PRAGMA data_version").Scan(&v)
	return v, err
}

// dsn builds the connection string: WAL, foreign keys, busy_timeout and a
// prepared-statement cache are set on every connection the pool opens.
func dsn(path, txlock string, readOnly bool) string {
	q := url.Values{}
	q.Set("_foreign_keys", "on")
	q.Set("_busy_timeout", "10000")
	q.Set("_txlock", txlock)
	q.Set("_stmt_cache_size", "32") // reuse prepared statements across calls
	if readOnly {
		q.Set("mode", "ro")
	} else {
		q.Set("_journal_mode", "WAL")
		q.Set("_synchronous", "FULL")
	}
	return "file:" + url.PathEscape(path) + "?" + q.Encode()
}

// withTx runs fn in one write transaction (BEGIN IMMEDIATE) and commits.
func (s *Store) withTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	if s.write == nil {
		return errors.New("the database is open read-only")
	}
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
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
