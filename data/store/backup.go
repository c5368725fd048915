package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/mattn/go-sqlite3"
)

// Backup copies the database to out with SQLite's online backup API, while
// other connections keep reading and writing, then runs PRAGMA
// integrity_check on the copy: a copy that fails it (the database is
// corrupt) is removed and the error says so. out is a file path, never an
// SQLite URI, and must not exist: nothing is ever overwritten.
func (s *Store) Backup(ctx context.Context, out string) error {
	if err := createNew(out); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	err := s.copyTo(ctx, out)
	if err == nil {
		err = checkCopy(ctx, out)
	}
	if err != nil {
		os.Remove(out) // a partial or corrupt copy is no backup
	}
	return err
}

// copyTo copies the database page by page into the empty file out.
func (s *Store) copyTo(ctx context.Context, out string) error {
	src, err := s.read.Conn(ctx)
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	defer src.Close()
	return src.Raw(func(srcRaw any) error {
		destDriver := &sqlite3.SQLiteDriver{}
		destConn, err := destDriver.Open(fileURI(out))
		if err != nil {
			return fmt.Errorf("backup %s: %w", out, err)
		}
		dest := destConn.(*sqlite3.SQLiteConn)
		defer dest.Close()
		bk, err := dest.Backup("main", srcRaw.(*sqlite3.SQLiteConn), "main")
		if err != nil {
			return fmt.Errorf("backup %s: %w", out, err)
		}
		for done := false; !done; {
			if err := ctx.Err(); err != nil {
				bk.Close()
				return err
			}
			if done, err = bk.Step(1024); err != nil {
				bk.Close()
				return fmt.Errorf("backup %s: %w", out, err)
			}
		}
		return bk.Close()
	})
}

// checkCopy runs the full PRAGMA integrity_check on a finished copy.
func checkCopy(ctx context.Context, out string) error {
	db, err := sql.Open("sqlite3", dsn(out, "deferred", true)+"&immutable=1")
	if err != nil {
		return fmt.Errorf("backup %s: %w", out, err)
	}
	defer db.Close()
	if err := pragmaCheck(ctx, db, "integrity_check(1)"); err != nil {
		return fmt.Errorf("backup: the database is corrupt (%v); no backup was written", err)
	}
	return nil
}

// RollingBackup writes a dated backup into dir and keeps the newest keep
// backups there, deleting older ones. It returns the new file's path.
func (s *Store) RollingBackup(ctx context.Context, dir string, keep int) (string, error) {
	name := "veritag-" + s.Now().UTC().Format("20060102-150405.000000000") + ".db"
	out := filepath.Join(dir, name)
	if err := s.Backup(ctx, out); err != nil {
		return "", err
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return out, err
	}
	var backups []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "veritag-") && strings.HasSuffix(e.Name(), ".db") {
			backups = append(backups, e.Name())
		}
	}
	sort.Strings(backups)
	for len(backups) > keep {
		if err := os.Remove(filepath.Join(dir, backups[0])); err != nil {
			return out, err
		}
		backups = backups[1:]
	}
	return out, nil
}
