package store

import (
	"context"
	"database/sql"
	"errors"

	"github.com/veritag/veritag/data/model"
)

// Adjudicate sets (or, with an empty label, removes) the final label of a
// sentence, logged as an event by the adjudicator. Exports prefer it over
// the annotators' majority.
func (s *Store) Adjudicate(ctx context.Context, docID int64, index int, label, adjudicator string) error {
	label = model.LabelName(label)
	return s.withTx(ctx, func(tx *sql.Tx) error {
		ref, err := findSentence(ctx, tx, docID, index)
		if err != nil {
			return err
		}
		return s.setAdjudication(ctx, tx, ref, label, adjudicator)
	})
}

// setAdjudication writes one adjudication and its event; unchanged writes
// nothing.
func (s *Store) setAdjudication(ctx context.Context, tx *sql.Tx, ref sentenceRef, label, adjudicator string) error {
	var old string
	err := tx.QueryRowContext(ctx, "SELECT label FROM adjudications WHERE sentence_id = ?", ref.id).Scan(&old)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	if old == label {
		return nil
	}
	now := s.Now()
	if label == "" {
		_, err = tx.ExecContext(ctx, "DELETE FROM adjudications WHERE sentence_id = ?", ref.id)
	} else {
		_, err = tx.ExecContext(ctx, `INSERT INTO adjudications(sentence_id, label, adjudicator, updated_at) VALUES (?, ?, ?, ?)
			ON CONFLICT (sentence_id) DO UPDATE SET label = excluded.label, adjudicator = excluded.adjudicator, updated_at = excluded.updated_at`,
			ref.id, label, adjudicator, stamp(now))
	}
	if err != nil {
		if isForeignKey(err) {
			return errors.New("unknown label " + label + ": add it to the label set first")
		}
		return err
	}
	ev := model.Event{At: now, Actor: adjudicator, DocID: ref.docID, SentenceIndex: ref.index, Kind: model.EventAdjudicate,
		Old: model.AnnotationState{Label: old}, New: model.AnnotationState{Label: label}}
	_, err = appendEvent(ctx, tx, ref, ev)
	return err
}

// Adjudications returns the adjudicated labels of a document's sentences,
// by sentence index.
func (s *Store) Adjudications(ctx context.Context, docID int64) (map[int]string, error) {
	return adjudications(ctx, s.read, docID)
}

func adjudications(ctx context.Context, q querier, docID int64) (map[int]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT s.idx, j.label FROM adjudications j
		JOIN sentences s ON s.id = j.sentence_id WHERE s.doc_id = ?`, docID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int]string{}
	for rows.Next() {
		var idx int
		var label string
		if err := rows.Scan(&idx, &label); err != nil {
			return nil, err
		}
		out[idx] = label
	}
	return out, rows.Err()
}
