package store

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
)

// TestDocumentHashMigrationKeepsRowsAndRules: a schema-5 database with a
// document, its sentences and an annotation comes out of migration 6 with
// the same rows and ids, its content hash still unique (now through the
// documents_hash index, which a large import may set aside) and deletes
// still cascading to sentences and annotations.
func TestDocumentHashMigrationKeepsRowsAndRules(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v5.db")
	db, err := sql.Open("sqlite3", dsn(path, "immediate", false))
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	for v := range 5 {
		if err := migrateStep(ctx, db, v); err != nil {
			t.Fatalf("migration %d: %v", v+1, err)
		}
	}
	for _, q := range []string{
		`INSERT INTO documents(id, title, text, hash, sentence_count, created_at, counted, byline) VALUES (7, 'T', 'Uno. Due.', 'h7', 2, 'now', 2, 'B')`,
		`INSERT INTO sentences(id, doc_id, idx, start, "end", text, hash) VALUES (40, 7, 0, 0, 4, 'Uno.', 's0'), (41, 7, 1, 5, 9, 'Due.', 's1')`,
		`INSERT INTO annotations(sentence_id, annotator, label, updated_at) VALUES (41, 'ann', 'CLAIM', 'now')`,
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()

	s := openAt(t, path)
	var title, byline, hash string
	var counted int
	if err := s.read.QueryRowContext(ctx, "SELECT title, byline, hash, counted FROM documents WHERE id = 7").Scan(&title, &byline, &hash, &counted); err != nil {
		t.Fatalf("document 7 after the migration: %v", err)
	}
	if title != "T" || byline != "B" || hash != "h7" || counted != 2 {
		t.Errorf("document 7 = %q %q %q %d", title, byline, hash, counted)
	}
	var kept int
	s.read.QueryRowContext(ctx, "SELECT (SELECT count(*) FROM sentences WHERE doc_id = 7) * 10 + (SELECT count(*) FROM annotations WHERE sentence_id = 41)").Scan(&kept)
	if kept != 21 {
		t.Errorf("after the migration: %d sentences and %d annotations, want 2 and 1", kept/10, kept%10)
	}
	var index string
	if err := s.read.QueryRowContext(ctx, "SELECT sql FROM sqlite_schema WHERE name = 'documents_hash'").Scan(&index); err != nil || index != documentHashIndex {
		t.Errorf("documents_hash = %q, %v; want %q", index, err, documentHashIndex)
	}
	_, err = s.write.ExecContext(ctx, `INSERT INTO documents(title, text, hash, sentence_count, created_at) VALUES ('U', 'x', 'h7', 1, 'now')`)
	if err == nil {
		t.Error("a second document with hash h7 was accepted")
	}
	if _, err := s.write.ExecContext(ctx, "DELETE FROM documents WHERE id = 7"); err != nil {
		t.Fatal(err)
	}
	var left int
	s.read.QueryRowContext(ctx, "SELECT (SELECT count(*) FROM sentences) + (SELECT count(*) FROM annotations)").Scan(&left)
	if left != 0 {
		t.Errorf("deleting the document left %d sentences and annotations", left)
	}
}
