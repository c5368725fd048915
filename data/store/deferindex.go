package store

import (
	"database/sql"
	"errors"
	"fmt"
	"hash/maphash"
)

// sentenceHashIndex is the sentence hash index as the first migration
// creates it; an import that defers it creates it again exactly so.
const sentenceHashIndex = "CREATE INDEX sentences_hash ON sentences(hash)"

// documentHashIndex is the documents' content hash index as migration 6
// creates it: unique, so that no text is stored twice.
const documentHashIndex = "CREATE UNIQUE INDEX documents_hash ON documents(hash)"

// deferAtLeast is how many rows an import writes to a table that held
// some before it may set that table's hash index aside: below it, building
// the index again would cost more than the random inserts it saves.
const deferAtLeast = 100_000

// indexDeferral sets the content hash indexes of sentences and documents
// aside during a large import and builds them again, sorted, before the
// commit: inserting random hexadecimal hashes one by one into a large
// B-tree is most of a big import's time, and building an index afresh
// from the finished table costs about a microsecond a row. Everything
// happens in the import's transaction, so a failed or interrupted import
// leaves the indexes as they were. Only imports use it: their sentence
// lookups name the document, which the (doc_id, idx) index serves, and
// while the document index is aside documents are found by hash in
// memory (byHash).
type indexDeferral struct {
	sentences, documents deferredIndex
	// byHash holds, while the document index is aside, the id of a stored
	// document for each 64-bit digest of a content hash; the stored hash
	// is compared before a match is believed.
	byHash *digestMap
	digest func(hash string) uint64
}

// deferredIndex is one index an import may set aside.
type deferredIndex struct {
	name, create string
	existing     int64 // rows stored before the import (the largest id)
	written      int64 // rows the import has written
	dropped      bool
}

// newIndexDeferral looks at how many rows the tables hold.
func newIndexDeferral(w *sentenceRows) (*indexDeferral, error) {
	d := &indexDeferral{
		sentences: deferredIndex{name: "sentences_hash", create: sentenceHashIndex},
		documents: deferredIndex{name: "documents_hash", create: documentHashIndex},
	}
	seed := maphash.MakeSeed()
	d.digest = func(hash string) uint64 { return maphash.String(seed, hash) }
	err := w.tx.QueryRowContext(w.ctx, "SELECT (SELECT coalesce(max(id), 0) FROM sentences), (SELECT coalesce(max(id), 0) FROM documents)").
		Scan(&d.sentences.existing, &d.documents.existing)
	return d, err
}

// due counts n more rows and reports whether the index should be set aside
// now: once the import has written deferAtLeast rows and a quarter as many
// as were there before, so that rebuilding never costs much more than what
// was saved; into an empty table at once, since the rebuild then indexes
// only what the import wrote.
func (x *deferredIndex) due(n int) bool {
	x.written += int64(n)
	return !x.dropped && (x.written >= deferAtLeast || x.existing == 0) && x.written >= x.existing/4
}

// drop sets the index aside.
func (x *deferredIndex) drop(w *sentenceRows) error {
	if _, err := w.tx.ExecContext(w.quiet, "DROP INDEX IF EXISTS "+x.name); err != nil {
		return w.failed(fmt.Errorf("setting the index %s aside: %w", x.name, err))
	}
	x.dropped = true
	return nil
}

// restore builds the index again if it was set aside.
func (x *deferredIndex) restore(w *sentenceRows) error {
	if !x.dropped {
		return nil
	}
	if _, err := w.tx.ExecContext(w.ctx, x.create); err != nil {
		return w.failed(fmt.Errorf("building the index %s: %w", x.name, err))
	}
	x.dropped = false
	return nil
}

// aside reports whether both indexes are set aside: the import then only
// appends, and needs no larger page cache.
func (d *indexDeferral) aside() bool { return d.sentences.dropped && d.documents.dropped }

// wroteSentences counts n more sentences.
func (d *indexDeferral) wroteSentences(w *sentenceRows, n int) error {
	if !d.sentences.due(n) {
		return nil
	}
	return d.sentences.drop(w)
}

// wroteDocument counts one more document, with id and content hash. When
// the document index is set aside, every stored document is first read
// into byHash.
func (d *indexDeferral) wroteDocument(w *sentenceRows, id int64, hash string) error {
	if d.documents.dropped {
		return d.remember(id, hash)
	}
	if !d.documents.due(1) {
		return nil
	}
	d.byHash = &digestMap{}
	rows, err := w.tx.QueryContext(w.quiet, "SELECT id, hash FROM documents")
	if err != nil {
		return w.failed(err)
	}
	defer rows.Close()
	for rows.Next() {
		var storedID int64
		var storedHash string
		if err := rows.Scan(&storedID, &storedHash); err != nil {
			return w.failed(err)
		}
		if err := d.remember(storedID, storedHash); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return w.failed(err)
	}
	return d.documents.drop(w)
}

// remember notes a stored document in byHash; where another document's
// hash has the same digest, the first one stays.
func (d *indexDeferral) remember(id int64, hash string) error {
	return d.byHash.add(d.digest(hash), id)
}

// find looks a document up by content hash while the document index is
// aside: in memory, then (for the rare hash whose digest another
// document's hash shares) by reading the table.
func (d *indexDeferral) find(w *sentenceRows, hash string) (id int64, found bool, err error) {
	id, ok := d.byHash.get(d.digest(hash))
	if !ok {
		return 0, false, nil
	}
	var stored string
	if err := w.tx.QueryRowContext(w.quiet, "SELECT hash FROM documents WHERE id = ?", id).Scan(&stored); err != nil {
		return 0, false, w.failed(err)
	}
	if stored == hash {
		return id, true, nil
	}
	err = w.tx.QueryRowContext(w.quiet, "SELECT id FROM documents WHERE hash = ?", hash).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	return id, err == nil, w.failed(err)
}

// restore builds the indexes again. SQLite sorts in memory up to the page
// cache's size: with the cache at its bulk size that would double the
// import's peak, so the sorts run in 64 MiB runs instead, sorted and
// merged by a helper thread beside the connection's own (the reader has
// finished, so its core is free): a quarter less time for millions of
// rows.
func (d *indexDeferral) restore(w *sentenceRows) error {
	d.byHash = nil
	if !d.sentences.dropped && !d.documents.dropped {
		return nil
	}
	for _, pragma := range []string{"PRAGMA cache_size = -65536", "PRAGMA threads = 1"} {
		if _, err := w.tx.ExecContext(w.ctx, pragma); err != nil {
			return w.failed(err)
		}
	}
	defer w.tx.ExecContext(w.quiet, "PRAGMA threads = 0")
	if err := d.documents.restore(w); err != nil {
		return err
	}
	return d.sentences.restore(w)
}
