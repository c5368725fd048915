package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/veritag/veritag/data/model"
)

// sentenceRows finds and writes documents and their sentence rows in a
// transaction with prepared statements, for imports and merges of many
// documents.
type sentenceRows struct {
	ctx context.Context // the caller's
	// quiet is ctx without its cancellation, for the lookups and pragmas
	// run on the way, so that the driver does not start a watcher
	// goroutine for each: a cancelled import stops at its next check of
	// ctx, and withTx rolls it back.
	quiet context.Context
	ins   *rawStmt  // a sentence
	doc   *rawStmt  // a document, unless one with its hash is stored
	plain *rawStmt  // a document, while the hash index is aside
	find  *sql.Stmt // a document by hash
	// The page cache follows the database as it grows (cacheKiBFor its
	// pages, those of the transaction included), so that
	// an import into a new file does not spill the hash indexes' pages to
	// the WAL and read them back for every row once they outgrow the
	// cache it started with.
	tx       *sql.Tx
	cacheKiB int64
	written  int // rows since the cache was last sized
	// deferral, when not nil, sets the hash indexes aside during a large
	// import (deferHashIndexes).
	deferral *indexDeferral
}

// insertDocument writes a document row (addDocument gives the values).
const insertDocument = `INSERT INTO documents(title, source, lang, text, hash, sentence_count, counted, created_at, byline, published, summary)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

// growEvery is how many rows are written between two looks at the size of
// the file.
const growEvery = 1 << 15

// newSentenceRows prepares the statements in tx, a withBulkTx transaction.
func (s *Store) newSentenceRows(ctx context.Context, tx *sql.Tx) (*sentenceRows, error) {
	w := &sentenceRows{ctx: ctx, quiet: context.WithoutCancel(ctx), tx: tx, cacheKiB: bulkCacheKiB(s.path)}
	var err error
	if w.ins, err = s.prepareRaw(`INSERT INTO sentences(doc_id, idx, start, "end", text, hash, kind) VALUES (?, ?, ?, ?, ?, ?, ?)`); err != nil {
		return nil, err
	}
	if w.doc, err = s.prepareRaw(insertDocument + " ON CONFLICT(hash) DO NOTHING"); err != nil {
		w.close()
		return nil, err
	}
	if w.plain, err = s.prepareRaw(insertDocument); err != nil {
		w.close()
		return nil, err
	}
	if w.find, err = tx.PrepareContext(ctx, "SELECT id FROM documents WHERE hash = ?"); err != nil {
		w.close()
		return nil, err
	}
	return w, nil
}

// add writes one sentence row; kind "" is stored as a sentence.
func (w *sentenceRows) add(docID int64, idx, start, end int, text, hash string, kind model.Kind) error {
	if _, err := w.ins.exec(docID, int64(idx), int64(start), int64(end), text, hash, string(kind.OrDefault())); err != nil {
		return w.failed(err)
	}
	if w.deferral != nil {
		if err := w.deferral.wroteSentences(w, 1); err != nil {
			return err
		}
	}
	return w.grow()
}

// deferHashIndexes lets an import set the hash indexes aside once it has
// written many rows (indexDeferral); finish builds them again.
func (w *sentenceRows) deferHashIndexes() error {
	var err error
	w.deferral, err = newIndexDeferral(w)
	return err
}

// finish builds the hash indexes again if they were set aside; an import
// calls it last, before its commit.
func (w *sentenceRows) finish() error {
	if w.deferral == nil {
		return nil
	}
	return w.deferral.restore(w)
}

// grow raises the page cache when the file (with its WAL) has grown enough
// to be given more.
func (w *sentenceRows) grow() error {
	if w.deferral != nil && w.deferral.aside() {
		return nil
	}
	if w.written++; w.written < growEvery {
		return nil
	}
	w.written = 0
	var pages, size int64
	if err := w.tx.QueryRowContext(w.quiet, "SELECT page_count, page_size FROM pragma_page_count, pragma_page_size").Scan(&pages, &size); err != nil {
		return w.failed(err)
	}
	kib := cacheKiBFor(pages * size)
	if kib <= w.cacheKiB {
		return nil
	}
	w.cacheKiB = kib
	_, err := w.tx.ExecContext(w.quiet, fmt.Sprintf("PRAGMA cache_size = -%d", kib))
	return w.failed(err)
}

// addDocument writes the row of doc, whose text is text, and returns its
// id; added is false, and nothing is written, when a document with the
// same hash is stored already.
func (w *sentenceRows) addDocument(doc model.Document, text, created string) (id int64, added bool, err error) {
	stmt := w.doc
	if w.deferral != nil && w.deferral.documents.dropped {
		if id, found, err := w.deferral.find(w, doc.Hash); err != nil || found {
			return id, false, err
		}
		stmt = w.plain
	}
	res, err := stmt.exec(doc.Title, doc.Source, doc.Lang, text, doc.Hash, int64(doc.SentenceCount), int64(doc.Counted), created,
		doc.Byline, doc.Published, doc.Summary)
	if err != nil {
		return 0, false, w.failed(err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return 0, false, err
	}
	if id, err = res.LastInsertId(); err != nil {
		return 0, false, err
	}
	if w.deferral != nil {
		if err := w.deferral.wroteDocument(w, id, doc.Hash); err != nil {
			return 0, false, err
		}
	}
	return id, true, w.grow()
}

// lookup finds the document with content hash hash; found is false when
// there is none.
func (w *sentenceRows) lookup(hash string) (id int64, found bool, err error) {
	if w.deferral != nil && w.deferral.documents.dropped {
		return w.deferral.find(w, hash)
	}
	err = w.find.QueryRowContext(w.quiet, hash).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, w.ctx.Err()
	}
	return id, err == nil, w.failed(err)
}

// failed is err, or ctx's error when the caller cancelled meanwhile.
func (w *sentenceRows) failed(err error) error {
	if err != nil && w.ctx.Err() != nil {
		return w.ctx.Err()
	}
	return err
}

// close releases the prepared statements.
func (w *sentenceRows) close() error {
	var errs []error
	for _, st := range []*rawStmt{w.ins, w.doc, w.plain} {
		if st != nil {
			errs = append(errs, st.close())
		}
	}
	for _, st := range []*sql.Stmt{w.find} {
		if st != nil {
			errs = append(errs, st.Close())
		}
	}
	return errors.Join(errs...)
}
