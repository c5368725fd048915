package store

import (
	"context"
	"database/sql"

	"github.com/veritag/veritag/data/model"
)

// HubPush is one batch of local changes for a hub: the current state of
// every annotation and adjudication that logged events after a cursor
// changed, and the last event id the batch covers.
type HubPush struct {
	Annotations   []model.SyncAnnotation
	Adjudications []model.SyncAdjudication
	LastEvent     int64
}

// ChangesForHub reads up to limit logged events after afterEvent and
// returns the current state of what they changed, in set-based queries.
// Events that came from a hub are skipped (but covered by LastEvent); a
// cleared annotation becomes a tombstone stamped with the time of its last
// event; sentences no longer here are left out.
func (s *Store) ChangesForHub(ctx context.Context, afterEvent int64, limit int) (HubPush, error) {
	p := HubPush{LastEvent: afterEvent}
	err := s.withReadTx(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, "SELECT coalesce(max(id), ?) FROM (SELECT id FROM events WHERE id > ? ORDER BY id LIMIT ?)",
			afterEvent, afterEvent, limit).Scan(&p.LastEvent)
		if err != nil || p.LastEvent == afterEvent {
			return err
		}
		if p.Annotations, err = annotationsForHub(ctx, tx, afterEvent, p.LastEvent); err != nil {
			return err
		}
		p.Adjudications, err = adjudicationsForHub(ctx, tx, afterEvent, p.LastEvent)
		return err
	})
	return p, err
}

// annotationsForHub is the current state of each annotation that events in
// (from, to] changed.
func annotationsForHub(ctx context.Context, tx *sql.Tx, from, to int64) ([]model.SyncAnnotation, error) {
	rows, err := tx.QueryContext(ctx, `SELECT k.sentence_hash, k.annotator, e.at, a.label, a.confidence, a.note, a.updated_at
		FROM (SELECT sentence_hash, annotator, max(id) AS last FROM events
		       WHERE id > ? AND id <= ? AND kind NOT IN (?, ?) GROUP BY sentence_hash, annotator) k
		JOIN events e ON e.id = k.last
		JOIN sentences s ON s.id = (SELECT id FROM sentences WHERE hash = k.sentence_hash LIMIT 1)
		LEFT JOIN annotations a ON a.sentence_id = s.id AND a.annotator = k.annotator
		ORDER BY k.last`, from, to, model.EventSync, model.EventAdjudicate)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []model.SyncAnnotation
	for rows.Next() {
		var a model.SyncAnnotation
		var clearedAt string
		var label, note, updated sql.NullString
		var confidence sql.NullInt64
		if err := rows.Scan(&a.SentenceHash, &a.Annotator, &clearedAt, &label, &confidence, &note, &updated); err != nil {
			return nil, err
		}
		a.Label, a.Confidence, a.Note = label.String, int(confidence.Int64), note.String
		a.UpdatedAt = parseStamp(clearedAt)
		if updated.Valid {
			a.UpdatedAt = parseStamp(updated.String)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// adjudicationsForHub is the current state of each adjudication that
// events in (from, to] changed; a removal is stamped with its event and
// named after the adjudicator who made it.
func adjudicationsForHub(ctx context.Context, tx *sql.Tx, from, to int64) ([]model.SyncAdjudication, error) {
	rows, err := tx.QueryContext(ctx, `SELECT k.sentence_hash, e.actor, e.at, j.label, j.adjudicator, j.updated_at
		FROM (SELECT sentence_hash, max(id) AS last FROM events
		       WHERE id > ? AND id <= ? AND kind = ? GROUP BY sentence_hash) k
		JOIN events e ON e.id = k.last
		JOIN sentences s ON s.id = (SELECT id FROM sentences WHERE hash = k.sentence_hash LIMIT 1)
		LEFT JOIN adjudications j ON j.sentence_id = s.id
		ORDER BY k.last`, from, to, model.EventAdjudicate)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []model.SyncAdjudication
	for rows.Next() {
		var a model.SyncAdjudication
		var clearedAt string
		var label, adjudicator, updated sql.NullString
		if err := rows.Scan(&a.SentenceHash, &a.Adjudicator, &clearedAt, &label, &adjudicator, &updated); err != nil {
			return nil, err
		}
		a.UpdatedAt = parseStamp(clearedAt)
		if updated.Valid {
			a.Label, a.Adjudicator, a.UpdatedAt = label.String, adjudicator.String, parseStamp(updated.String)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}
