package store

import (
	"context"
	"database/sql"
	"errors"

	"github.com/veritag/veritag/data/model"
)

// sentenceRows finds and writes documents and their sentence rows in a
// transaction with prepared statements, for imports and merges of many
// documents.
type sentenceRows struct {
	ctx context.Context // the caller's
	// quiet is ctx without its cancellation, so that the driver does not
	// start a watcher goroutine for every row (a third of the import's
	// time): cancelling ctx still rolls the transaction back, and the
	// next row then fails with ctx's error.
	quiet context.Context
	ins   *sql.Stmt // a sentence
	doc   *sql.Stmt // a document
	find  *sql.Stmt // a document by hash
}

// newSentenceRows prepares the statements in tx.
func newSentenceRows(ctx context.Context, tx *sql.Tx) (*sentenceRows, error) {
	w := &sentenceRows{ctx: ctx, quiet: context.WithoutCancel(ctx)}
	var err error
	if w.ins, err = tx.PrepareContext(ctx, `INSERT INTO sentences(doc_id, idx, start, "end", text, hash, kind) VALUES (?, ?, ?, ?, ?, ?, ?)`); err != nil {
		return nil, err
	}
	if w.doc, err = tx.PrepareContext(ctx, `INSERT INTO documents(title, source, lang, text, hash, sentence_count, counted, created_at, byline, published, summary)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`); err != nil {
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
	_, err := w.ins.ExecContext(w.quiet, docID, idx, start, end, text, hash, string(kind.OrDefault()))
	return w.failed(err)
}

// addDocument writes the row of doc, whose text is text, and returns its id.
func (w *sentenceRows) addDocument(doc model.Document, text, created string) (int64, error) {
	res, err := w.doc.ExecContext(w.quiet, doc.Title, doc.Source, doc.Lang, text, doc.Hash, doc.SentenceCount, doc.Counted, created,
		doc.Byline, doc.Published, doc.Summary)
	if err != nil {
		return 0, w.failed(err)
	}
	return res.LastInsertId()
}

// lookup finds the document with content hash hash; found is false when
// there is none.
func (w *sentenceRows) lookup(hash string) (id int64, found bool, err error) {
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
	for _, st := range []*sql.Stmt{w.ins, w.doc, w.find} {
		if st != nil {
			errs = append(errs, st.Close())
		}
	}
	return errors.Join(errs...)
}
