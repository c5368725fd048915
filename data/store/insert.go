package store

import (
	"context"
	"database/sql"
)

// sentenceRows writes sentence rows in a transaction with one prepared
// statement.
type sentenceRows struct {
	ctx context.Context // the caller's
	// quiet is ctx without its cancellation, so that the driver does not
	// start a watcher goroutine for every row (a third of the import's
	// time): cancelling ctx still rolls the transaction back, and the
	// next row then fails with ctx's error.
	quiet context.Context
	ins   *sql.Stmt
}

// newSentenceRows prepares the INSERT in tx.
func newSentenceRows(ctx context.Context, tx *sql.Tx) (*sentenceRows, error) {
	ins, err := tx.PrepareContext(ctx, `INSERT INTO sentences(doc_id, idx, start, "end", text, hash) VALUES (?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return nil, err
	}
	return &sentenceRows{ctx: ctx, quiet: context.WithoutCancel(ctx), ins: ins}, nil
}

// add writes one row.
func (w *sentenceRows) add(docID int64, idx, start, end int, text, hash string) error {
	_, err := w.ins.ExecContext(w.quiet, docID, idx, start, end, text, hash)
	if err != nil && w.ctx.Err() != nil {
		return w.ctx.Err()
	}
	return err
}

// close releases the prepared statement.
func (w *sentenceRows) close() error { return w.ins.Close() }
