package store

import (
	"context"
	"database/sql"

	"github.com/veritag/veritag/data/model"
)

// EachDocument streams documents with their sentences, annotations and
// adjudications to fn, one document at a time from one consistent snapshot,
// so memory does not grow with the collection. docID 0 means every
// document; annotator "" means every annotator.
func (s *Store) EachDocument(ctx context.Context, docID int64, annotator string, fn func(model.DocumentRecord) error) error {
	return s.withReadTx(ctx, func(tx *sql.Tx) error {
		ids, err := documentIDs(ctx, tx, docID)
		if err != nil {
			return err
		}
		for _, id := range ids {
			rec, err := documentRecord(ctx, tx, id, annotator)
			if err != nil {
				return err
			}
			if err := fn(rec); err != nil {
				return err
			}
		}
		return nil
	})
}

// documentIDs lists the ids to stream: one document or all.
func documentIDs(ctx context.Context, tx *sql.Tx, docID int64) ([]int64, error) {
	if docID != 0 {
		if _, err := documentByID(ctx, tx, docID); err != nil {
			return nil, err
		}
		return []int64{docID}, nil
	}
	rows, err := tx.QueryContext(ctx, "SELECT id FROM documents ORDER BY id")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// documentRecord loads one document with everything on it.
func documentRecord(ctx context.Context, tx *sql.Tx, id int64, annotator string) (model.DocumentRecord, error) {
	var rec model.DocumentRecord
	doc, err := documentByID(ctx, tx, id)
	if err != nil {
		return rec, err
	}
	rec.Document = doc
	sents, err := sentences(ctx, tx, id)
	if err != nil {
		return rec, err
	}
	rec.Sentences = make([]model.AnnotatedSentence, len(sents))
	for i, x := range sents {
		rec.Sentences[i].Sentence = x
	}
	rows, err := tx.QueryContext(ctx, `SELECT s.doc_id, s.idx, a.annotator, a.label, a.confidence, a.note, a.updated_at, a.from_suggestion
		FROM annotations a JOIN sentences s ON s.id = a.sentence_id
		WHERE s.doc_id = ? AND (? = '' OR a.annotator = ?) ORDER BY s.idx, a.annotator`, id, annotator, annotator)
	if err != nil {
		return rec, err
	}
	anns, err := scanAnnotations(rows)
	if err != nil {
		return rec, err
	}
	for _, a := range anns {
		if a.SentenceIndex >= 0 && a.SentenceIndex < len(rec.Sentences) {
			s := &rec.Sentences[a.SentenceIndex]
			s.Annotations = append(s.Annotations, a)
		}
	}
	return rec, loadAdjudications(ctx, tx, &rec)
}

// loadAdjudications fills in the adjudicated labels of a record.
func loadAdjudications(ctx context.Context, tx *sql.Tx, rec *model.DocumentRecord) error {
	rows, err := tx.QueryContext(ctx, `SELECT s.idx, j.label FROM adjudications j JOIN sentences s ON s.id = j.sentence_id
		WHERE s.doc_id = ?`, rec.ID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var idx int
		var label string
		if err := rows.Scan(&idx, &label); err != nil {
			return err
		}
		if idx >= 0 && idx < len(rec.Sentences) {
			rec.Sentences[idx].Adjudicated = label
		}
	}
	return rows.Err()
}
