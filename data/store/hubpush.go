package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

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

// annotationKey names one (sentence, annotator) annotation.
type annotationKey struct{ hash, annotator string }

// ChangesForHub reads up to limit logged events after afterEvent and
// returns the current state of what they changed. Events that came from a
// hub are skipped (but covered by LastEvent); a cleared annotation becomes
// a tombstone stamped with the time it was cleared.
func (s *Store) ChangesForHub(ctx context.Context, afterEvent int64, limit int) (HubPush, error) {
	p := HubPush{LastEvent: afterEvent}
	tx, err := s.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return p, err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, "SELECT id, at, kind, actor, annotator, sentence_hash FROM events WHERE id > ? ORDER BY id LIMIT ?", afterEvent, limit)
	if err != nil {
		return p, err
	}
	annAt := map[annotationKey]time.Time{}
	adjAt := map[string]time.Time{}
	var annOrder []annotationKey
	var adjOrder []string
	for rows.Next() {
		var kind, actor, annotator, hash, at string
		if err := rows.Scan(&p.LastEvent, &at, &kind, &actor, &annotator, &hash); err != nil {
			rows.Close()
			return p, err
		}
		switch {
		case kind == string(model.EventSync):
		case kind == string(model.EventAdjudicate):
			if _, seen := adjAt[hash]; !seen {
				adjOrder = append(adjOrder, hash)
			}
			adjAt[hash] = parseStamp(at)
		default:
			k := annotationKey{hash, annotator}
			if _, seen := annAt[k]; !seen {
				annOrder = append(annOrder, k)
			}
			annAt[k] = parseStamp(at)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return p, err
	}
	for _, k := range annOrder {
		a, ok, err := annotationForHub(ctx, tx, k, annAt[k])
		if err != nil {
			return p, err
		}
		if ok {
			p.Annotations = append(p.Annotations, a)
		}
	}
	for _, h := range adjOrder {
		a, ok, err := adjudicationForHub(ctx, tx, h, adjAt[h])
		if err != nil {
			return p, err
		}
		if ok {
			p.Adjudications = append(p.Adjudications, a)
		}
	}
	return p, nil
}

// annotationForHub is the current state of one annotation; false when its
// sentence is no longer here.
func annotationForHub(ctx context.Context, tx *sql.Tx, k annotationKey, clearedAt time.Time) (model.SyncAnnotation, bool, error) {
	a := model.SyncAnnotation{SentenceHash: k.hash, Annotator: k.annotator}
	var at string
	err := tx.QueryRowContext(ctx, `SELECT a.label, a.confidence, a.note, a.updated_at FROM annotations a
		JOIN sentences s ON s.id = a.sentence_id WHERE s.hash = ? AND a.annotator = ?`, k.hash, k.annotator).
		Scan(&a.Label, &a.Confidence, &a.Note, &at)
	if errors.Is(err, sql.ErrNoRows) {
		a.UpdatedAt = clearedAt
		exists, err := sentenceExists(ctx, tx, k.hash)
		return a, exists, err
	}
	a.UpdatedAt = parseStamp(at)
	return a, err == nil, err
}

// adjudicationForHub is the current state of one sentence's adjudication.
func adjudicationForHub(ctx context.Context, tx *sql.Tx, hash string, clearedAt time.Time) (model.SyncAdjudication, bool, error) {
	a := model.SyncAdjudication{SentenceHash: hash}
	var at string
	err := tx.QueryRowContext(ctx, `SELECT j.label, j.adjudicator, j.updated_at FROM adjudications j
		JOIN sentences s ON s.id = j.sentence_id WHERE s.hash = ?`, hash).Scan(&a.Label, &a.Adjudicator, &at)
	if errors.Is(err, sql.ErrNoRows) {
		var actor string
		err := tx.QueryRowContext(ctx, "SELECT actor FROM events WHERE sentence_hash = ? AND kind = ? ORDER BY id DESC LIMIT 1",
			hash, model.EventAdjudicate).Scan(&actor)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return a, false, err
		}
		a.Adjudicator, a.UpdatedAt = actor, clearedAt
		exists, err := sentenceExists(ctx, tx, hash)
		return a, exists && actor != "", err
	}
	a.UpdatedAt = parseStamp(at)
	return a, err == nil, err
}

func sentenceExists(ctx context.Context, q querier, hash string) (bool, error) {
	var n int
	err := q.QueryRowContext(ctx, "SELECT count(*) FROM sentences WHERE hash = ?", hash).Scan(&n)
	return n > 0, err
}
