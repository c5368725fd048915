package store

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/veritag/veritag/data/model"
)

// importSeeingJournal imports n tiny documents through s and reports
// whether a rollback journal was beside the file while they were stored.
func importSeeingJournal(t *testing.T, s *Store, n int) bool {
	t.Helper()
	journal := false
	_, err := s.ImportStream(context.Background(), func(put func(model.ImportDoc) error) error {
		for i := range n {
			if err := put(tiny(i)); err != nil {
				return err
			}
		}
		return nil
	}, func(model.Document) error {
		journal = journal || hasJournal(s.path)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return journal
}

// journalMode is the database's journal mode as a new connection sees it.
func journalMode(t *testing.T, path string) string {
	t.Helper()
	db, err := sql.Open("sqlite3", fileURI(path)+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var mode string
	if err := db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil {
		t.Fatal(err)
	}
	return mode
}

// TestBatchImportWritesThroughARollbackJournal: a store opened with
// OpenBatch imports through a rollback journal and leaves the file in WAL
// mode; while another connection has the file open it keeps the WAL.
func TestBatchImportWritesThroughARollbackJournal(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v.db")
	s, err := OpenBatch(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if !importSeeingJournal(t, s, 50) {
		t.Error("the batch import wrote no rollback journal")
	}
	if mode := journalMode(t, path); mode != "wal" {
		t.Errorf("after the import the journal mode is %q, want wal", mode)
	}
	other := openAt(t, path)
	if importSeeingJournal(t, s, 60) {
		t.Error("the batch import used a rollback journal while the desktop app had the file open")
	}
	if n, err := other.Documents(ctx); err != nil || len(n) != 60 {
		t.Errorf("the other connection sees %d documents, %v; want 60", len(n), err)
	}
	s.Close()
	if mode := journalMode(t, path); mode != "wal" {
		t.Errorf("the journal mode is %q, want wal", mode)
	}
}

// interruptedImport makes a Veritag database holding one document beside
// a hot rollback journal, as a bulk import killed midway leaves it: the
// files are copied while a transaction that spilled pages into the file
// is open.
func interruptedImport(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "v.db")
	s := openAt(t, path)
	importOne(t, s, doc(textIT))
	s.Close()
	db, err := sql.Open("sqlite3", fileURI(path)+"?_journal_mode=DELETE")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	tx, err := db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	tx.Exec("PRAGMA cache_size = 10")
	for i := range 500 {
		text := fmt.Sprintf("%d %s", i, strings.Repeat("testo lungo ", 100))
		if _, err := tx.Exec(`INSERT INTO documents(title, text, hash, sentence_count, created_at) VALUES ('x', ?, ?, 1, 'now')`, text, DocumentHash(text)); err != nil {
			t.Fatal(err)
		}
	}
	crashed := filepath.Join(t.TempDir(), "crashed.db")
	for _, side := range []string{"", "-journal"} {
		b, err := os.ReadFile(path + side)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(crashed+side, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if !hasJournal(crashed) {
		t.Fatal("the copy has no journal")
	}
	return crashed
}

// TestOpenRollsBackAnInterruptedImport: opening a database an interrupted
// bulk import left with a hot journal rolls the import back (the file then
// holds what it held before, whole); opening it read-only, as merge does,
// refuses it untouched.
func TestOpenRollsBackAnInterruptedImport(t *testing.T) {
	ctx := context.Background()
	path := interruptedImport(t)
	before, _ := os.ReadFile(path)
	if _, err := OpenReadOnly(ctx, path); err == nil || !strings.Contains(err.Error(), "-journal") {
		t.Errorf("read-only open of an interrupted import: %v", err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) || !hasJournal(path) {
		t.Error("the read-only open changed the file or its journal")
	}
	s := openAt(t, path)
	docs, err := s.Documents(ctx)
	if err != nil || len(docs) != 1 {
		t.Fatalf("after recovery: %d documents, %v; want the 1 stored before", len(docs), err)
	}
	if err := pragmaCheck(ctx, s.read, "integrity_check"); err != nil {
		t.Error(err)
	}
	if hasJournal(path) || journalMode(t, path) != "wal" {
		t.Errorf("after recovery: journal left %v, mode %q", hasJournal(path), journalMode(t, path))
	}
}
