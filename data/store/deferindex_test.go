package store

import (
	"context"
	"database/sql"
	"fmt"
	"testing"

	"github.com/veritag/veritag/data/model"
)

// tiny is a one-sentence document, distinct for each n.
func tiny(n int) model.ImportDoc {
	text := fmt.Sprintf("Frase numero %d.", n)
	return model.ImportDoc{Title: "T", Lang: "it", Text: text, Sentences: spansOf(text)}
}

// TestImportFindsDocumentsWhileTheHashIndexIsAside imports enough
// documents for the document hash index to be set aside, then, with the
// index gone, a copy of a document stored before the import (whose
// annotation must reach the stored one), a copy of one the import added,
// an export of a stored document (attached by its original hash) and two
// new documents whose hashes share a digest with stored ones: each is
// found or stored exactly as with the index, and the index is back, whole
// and unique, at the commit.
func TestImportFindsDocumentsWhileTheHashIndexIsAside(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	before := importOne(t, s, doc(textIT))
	exported := importOne(t, s, tiny(-1))
	var added []int64
	err := s.withBulkTx(ctx, func(tx *sql.Tx) error {
		rows, err := s.newSentenceRows(ctx, tx)
		if err != nil {
			return err
		}
		defer rows.close()
		if err := rows.deferHashIndexes(); err != nil {
			return err
		}
		put := func(d model.ImportDoc) model.Document {
			t.Helper()
			got, err := s.importDoc(ctx, tx, rows, withHash(d, DocumentHash(d.Text)))
			if err != nil {
				t.Fatal(err)
			}
			return got
		}
		for i := range deferAtLeast {
			added = append(added, put(tiny(i)).ID)
		}
		var index int
		tx.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema WHERE name = 'documents_hash'").Scan(&index)
		if !rows.deferral.documents.dropped || index != 0 {
			t.Fatalf("after %d documents the index is still there", deferAtLeast)
		}
		again := doc(textIT)
		again.Annotations = []model.Annotation{{SentenceIndex: 1, Annotator: "ann", Label: "CLAIM"}}
		if got := put(again); got.ID != before.ID {
			t.Errorf("a copy of a document stored before the import got id %d, want %d", got.ID, before.ID)
		}
		if got := put(tiny(5)); got.ID != added[5] {
			t.Errorf("a copy of a document the import added got id %d, want %d", got.ID, added[5])
		}
		export := tiny(-1)
		export.Text, export.Sentences = "Frase  numero -1.", []model.Span{{Start: 0, End: 17, Text: "Frase  numero -1."}}
		export.OriginalHash = exported.Hash
		if got := put(export); got.ID != exported.ID {
			t.Errorf("an export of a stored document got id %d, want %d", got.ID, exported.ID)
		}
		rows.deferral.digest = func(string) uint64 { return 42 } // every hash shares one digest
		if err := rows.deferral.remember(added[0], DocumentHash(tiny(0).Text)); err != nil {
			t.Fatal(err)
		}
		first, second := put(tiny(-2)), put(tiny(-3))
		if first.ID == second.ID || first.ID == added[0] || put(tiny(-3)).ID != second.ID || put(tiny(0)).ID != added[0] {
			t.Errorf("documents sharing a digest: ids %d, %d (and %d stored)", first.ID, second.ID, added[0])
		}
		return rows.finish()
	})
	if err != nil {
		t.Fatal(err)
	}
	var index string
	var docs, distinct int
	s.read.QueryRowContext(ctx, "SELECT sql FROM sqlite_schema WHERE name = 'documents_hash'").Scan(&index)
	s.read.QueryRowContext(ctx, "SELECT count(*), count(DISTINCT hash) FROM documents").Scan(&docs, &distinct)
	if index != documentHashIndex || docs != deferAtLeast+4 || distinct != docs {
		t.Errorf("after the import: index %q, %d documents, %d distinct hashes; want %d", index, docs, distinct, deferAtLeast+4)
	}
	got, err := s.AnnotatedSentence(ctx, before.ID, 1)
	if err != nil || len(got.Annotations) != 1 || got.Annotations[0].Label != "CLAIM" {
		t.Errorf("the copy's annotation on the stored document: %+v, %v", got.Annotations, err)
	}
}
