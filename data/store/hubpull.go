package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/veritag/veritag/data/model"
)

// ApplyHubChanges brings one batch of a hub's changes (already decoded and
// checked) into this file in one transaction, with the same rules as
// merge: documents by content hash, the newer change wins, a replay
// changes nothing. The hub's labels this label set lacks are added first.
// The cursor moves to `to` in the same transaction (each part only
// forward); when nothing local was waiting for the hub, the push cursor
// also passes the events this batch logs, which are never pushed. It
// returns how many changes altered this file, and the cursor stored.
func (s *Store) ApplyHubChanges(ctx context.Context, hubID string, labels []model.Label, changes []model.HubChange, to HubCursor) (int, HubCursor, error) {
	applied := 0
	var cur HubCursor
	withTx := s.withTx
	if len(changes) > bulkPull {
		withTx = s.withBulkTx
	}
	err := withTx(ctx, func(tx *sql.Tx) error {
		var err error
		if cur, err = hubCursor(ctx, tx, hubID); err != nil {
			return err
		}
		cur.PushedEvent, cur.PulledSeq = max(cur.PushedEvent, to.PushedEvent), max(cur.PulledSeq, to.PulledSeq)
		var lastEvent int64
		if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(id), 0) FROM events").Scan(&lastEvent); err != nil {
			return err
		}
		added, err := addMissingLabels(ctx, tx, labels)
		if err != nil {
			return err
		}
		applied = len(added)
		rows, err := s.newSentenceRows(ctx, tx)
		if err != nil {
			return err
		}
		defer rows.close()
		last := lastOfEachKey(changes)
		for i, c := range changes {
			if last[changeKey(c)] != i {
				continue // a later change in this batch supersedes it
			}
			changed, err := s.applyHubChange(ctx, tx, rows, hubID, c)
			if err != nil {
				return fmt.Errorf("change %d: %w", c.Seq, err)
			}
			if changed {
				applied++
			}
		}
		if cur.PushedEvent >= lastEvent {
			if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(id), 0) FROM events").Scan(&cur.PushedEvent); err != nil {
				return err
			}
		}
		return s.setHubCursor(ctx, tx, hubID, cur)
	})
	return applied, cur, err
}

// bulkPull is the batch size from which a pull sizes the page cache for a
// bulk write; a smaller one keeps the cache it has.
const bulkPull = 1000

// changeKey names what a change is about, so that only the last change of
// each thing in a batch is applied.
func changeKey(c model.HubChange) string {
	switch {
	case c.Annotation != nil:
		return "a\x00" + c.Annotation.SentenceHash + "\x00" + c.Annotation.Annotator
	case c.Adjudication != nil:
		return "j\x00" + c.Adjudication.SentenceHash
	}
	return "d\x00" + c.DocumentHash
}

func lastOfEachKey(changes []model.HubChange) map[string]int {
	last := make(map[string]int, len(changes))
	for i, c := range changes {
		last[changeKey(c)] = i
	}
	return last
}

// applyHubChange applies one change and reports whether it altered the file.
func (s *Store) applyHubChange(ctx context.Context, tx *sql.Tx, rows *sentenceRows, hubID string, c model.HubChange) (bool, error) {
	switch {
	case c.Kind == model.ChangeDocument && c.Document != nil:
		return s.pullDocument(ctx, tx, rows, hubID, *c.Document)
	case c.Kind == model.ChangeDocumentDeleted:
		if _, err := tx.ExecContext(ctx, "DELETE FROM hub_documents WHERE hub_id = ? AND hash = ?", hubID, c.DocumentHash); err != nil {
			return false, err
		}
		res, err := tx.ExecContext(ctx, "DELETE FROM documents WHERE hash = ?", c.DocumentHash)
		if err != nil {
			return false, err
		}
		n, err := res.RowsAffected()
		return n > 0, err
	case c.Annotation != nil:
		return s.pullAnnotation(ctx, tx, *c.Annotation)
	case c.Adjudication != nil:
		return s.pullAdjudication(ctx, tx, *c.Adjudication)
	}
	return false, nil // a document deleted on the hub since: its deletion follows
}

// pullDocument stores a document this file lacks, checked like an import.
func (s *Store) pullDocument(ctx context.Context, tx *sql.Tx, rows *sentenceRows, hubID string, d model.SyncDocument) (bool, error) {
	if DocumentHash(d.Text) != d.Hash {
		return false, fmt.Errorf("document %s: its text does not have its hash", d.Hash)
	}
	if err := CheckSpans(d.Text, d.Sentences); err != nil {
		return false, fmt.Errorf("document %s: %w", d.Hash, err)
	}
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM documents WHERE hash = ?", d.Hash).Scan(&n); err != nil {
		return false, err
	}
	if n == 0 {
		doc := model.ImportDoc{Title: d.Title, Source: d.Source, Lang: d.Lang, Text: d.Text, Sentences: d.Sentences}
		if _, err := s.insertDoc(ctx, tx, rows, withHash(doc, d.Hash)); err != nil {
			return false, err
		}
	}
	return n == 0, markOnHub(ctx, tx, hubID, d.Hash)
}

// pullAnnotation applies an annotation when it is newer than this file's
// (a cleared one included) and different.
func (s *Store) pullAnnotation(ctx context.Context, tx *sql.Tx, a model.SyncAnnotation) (bool, error) {
	ref, ok, err := sentenceByHash(ctx, tx, a.SentenceHash)
	if err != nil || !ok {
		return false, err
	}
	// the row's state and time in one query; the time of a cleared one
	// (no row) comes from its last event
	var cur model.AnnotationState
	var at string
	err = tx.QueryRowContext(ctx, "SELECT label, confidence, note, updated_at FROM annotations WHERE sentence_id = ? AND annotator = ?",
		ref.id, a.Annotator).Scan(&cur.Label, &cur.Confidence, &cur.Note, &at)
	found := err == nil
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return false, err
	}
	next := model.AnnotationState{Label: a.Label, Confidence: a.Confidence, Note: a.Note}
	if next.Label == "" {
		next = model.AnnotationState{}
	}
	if cur == next {
		return false, nil
	}
	local := parseStamp(at)
	if !found {
		if local, err = eventStamp(ctx, tx, ref.hash, a.Annotator); err != nil {
			return false, err
		}
	}
	if !a.UpdatedAt.After(local) {
		return false, nil
	}
	if err := setAnnotation(ctx, tx, ref.id, a.Annotator, next, stamp(a.UpdatedAt)); err != nil {
		return false, err
	}
	// the event keeps the change's own time, so that a later pull compares
	// against when the clearing happened, not when it arrived
	ev := model.Event{At: a.UpdatedAt, Actor: a.Annotator, Annotator: a.Annotator, DocID: ref.docID,
		SentenceIndex: ref.index, Kind: model.EventSync, Old: cur, New: next}
	_, err = appendEvent(ctx, tx, ref, ev)
	return err == nil, err
}

// pullAdjudication applies an adjudication when it is newer and different.
func (s *Store) pullAdjudication(ctx context.Context, tx *sql.Tx, a model.SyncAdjudication) (bool, error) {
	ref, ok, err := sentenceByHash(ctx, tx, a.SentenceHash)
	if err != nil || !ok {
		return false, err
	}
	var old string
	err = tx.QueryRowContext(ctx, "SELECT label FROM adjudications WHERE sentence_id = ?", ref.id).Scan(&old)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return false, err
	}
	if old == a.Label {
		return false, nil
	}
	local, err := localStamp(ctx, tx, "SELECT updated_at FROM adjudications WHERE sentence_id = ?", []any{ref.id}, ref.hash, "")
	if err != nil || !a.UpdatedAt.After(local) {
		return false, err
	}
	if a.Label == "" {
		_, err = tx.ExecContext(ctx, "DELETE FROM adjudications WHERE sentence_id = ?", ref.id)
	} else {
		_, err = tx.ExecContext(ctx, `INSERT INTO adjudications(sentence_id, label, adjudicator, updated_at) VALUES (?, ?, ?, ?)
			ON CONFLICT (sentence_id) DO UPDATE SET label = excluded.label, adjudicator = excluded.adjudicator, updated_at = excluded.updated_at`,
			ref.id, a.Label, a.Adjudicator, stamp(a.UpdatedAt))
	}
	if err != nil {
		return false, err
	}
	ev := model.Event{At: a.UpdatedAt, Actor: a.Adjudicator, DocID: ref.docID, SentenceIndex: ref.index, Kind: model.EventSync,
		Old: model.AnnotationState{Label: old}, New: model.AnnotationState{Label: a.Label}}
	_, err = appendEvent(ctx, tx, ref, ev)
	return err == nil, err
}

// localStamp is when this file last changed a row: its updated_at when it
// exists, else the time of the last logged event about it (the clearing),
// else the zero time.
func localStamp(ctx context.Context, tx *sql.Tx, rowQuery string, rowArgs []any, hash, annotator string) (time.Time, error) {
	var at string
	err := tx.QueryRowContext(ctx, rowQuery, rowArgs...).Scan(&at)
	if errors.Is(err, sql.ErrNoRows) {
		return eventStamp(ctx, tx, hash, annotator)
	}
	return parseStamp(at), err
}

// eventStamp is the time of the last logged event about a sentence's
// annotation by annotator ("" for its adjudication), else the zero time.
func eventStamp(ctx context.Context, tx *sql.Tx, hash, annotator string) (time.Time, error) {
	var at string
	err := tx.QueryRowContext(ctx, "SELECT at FROM events WHERE sentence_hash = ? AND annotator = ? ORDER BY id DESC LIMIT 1",
		hash, annotator).Scan(&at)
	if errors.Is(err, sql.ErrNoRows) {
		return time.Time{}, nil
	}
	return parseStamp(at), err
}

// sentenceByHash finds a sentence by its content hash.
func sentenceByHash(ctx context.Context, q querier, hash string) (sentenceRef, bool, error) {
	ref := sentenceRef{hash: hash}
	err := q.QueryRowContext(ctx, "SELECT id, doc_id, idx FROM sentences WHERE hash = ? LIMIT 1", hash).Scan(&ref.id, &ref.docID, &ref.index)
	if errors.Is(err, sql.ErrNoRows) {
		return ref, false, nil
	}
	return ref, err == nil, err
}
