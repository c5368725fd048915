package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/mattn/go-sqlite3"
)

// Backup copies the database to out with SQLite's online backup API, while
// other connections keep reading and writing. out must not exist yet.
func (s *Store) Backup(ctx context.Context, out string) error {
	if _, err := os.Stat(out); err == nil {
		return fmt.Errorf("backup: %s already exists", out)
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	src, err := s.read.Conn(ctx)
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	defer src.Close()
	err = src.Raw(func(srcRaw any) error {
		destDriver := &sqlite3.SQLiteDriver{}
		destConn, err := destDriver.Open(out)
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
	if err != nil {
		os.Remove(out) // a partial copy is no backup
	}
	return err
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
