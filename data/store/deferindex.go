package store

import "fmt"

// sentenceHashIndex is the sentence hash index as the first migration
// creates it; an import that defers it creates it again exactly so.
const sentenceHashIndex = "CREATE INDEX sentences_hash ON sentences(hash)"

// deferAtLeast is how many sentences an import writes before it may set
// the sentence hash index aside: below it, building the index again would
// cost more than the random inserts it saves.
const deferAtLeast = 100_000

// indexDeferral sets the sentence hash index aside during a large import
// and builds it again, sorted, before the commit: inserting random 32-hex
// hashes one by one into a large B-tree is about a third of a big
// import's time, and building the index afresh from the finished table
// costs about a microsecond a sentence. Everything happens in the
// import's transaction, so a failed or interrupted import leaves the index
// as it was. Only imports use it: their lookups name the document, which
// the (doc_id, idx) index serves without the hash index.
type indexDeferral struct {
	existing int64 // sentences stored before the import (the largest id)
	written  int64 // sentences the import has written
	dropped  bool
}

// wrote counts n more sentences and sets the index aside once the import
// has written deferAtLeast of them and a quarter as many as were there
// before, so that rebuilding never costs much more than what was saved.
func (d *indexDeferral) wrote(w *sentenceRows, n int) error {
	d.written += int64(n)
	if d.dropped || d.written < deferAtLeast || d.written < d.existing/4 {
		return nil
	}
	if _, err := w.tx.ExecContext(w.quiet, "DROP INDEX IF EXISTS sentences_hash"); err != nil {
		return w.failed(fmt.Errorf("setting the sentence hash index aside: %w", err))
	}
	d.dropped = true
	return nil
}

// restore builds the index again if it was set aside.
func (d *indexDeferral) restore(w *sentenceRows) error {
	if !d.dropped {
		return nil
	}
	// SQLite sorts in memory up to the page cache's size: with the cache
	// at its bulk size that would double the import's peak, so the sort
	// runs in 64 MiB runs instead.
	if _, err := w.tx.ExecContext(w.ctx, "PRAGMA cache_size = -65536"); err != nil {
		return w.failed(err)
	}
	if _, err := w.tx.ExecContext(w.ctx, sentenceHashIndex); err != nil {
		return w.failed(fmt.Errorf("building the sentence hash index: %w", err))
	}
	d.dropped = false
	return nil
}
