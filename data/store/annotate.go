package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/veritag/veritag/data/model"
)

// Annotate stores a (sentence, annotator) annotation in one transaction and
// appends an event; an empty Label clears the annotation. The change goes on
// the annotator's undo stack. When nothing changes no event is written and
// the returned event has Old == New.
func (s *Store) Annotate(ctx context.Context, a model.Annotation) (model.Event, error) {
	return s.annotate(ctx, a, "")
}

// annotate is Annotate with the event's source.
func (s *Store) annotate(ctx context.Context, a model.Annotation, source string) (model.Event, error) {
	a.Label = model.LabelName(a.Label)
	a.Annotator = strings.TrimSpace(a.Annotator)
	if a.Annotator == "" {
		return model.Event{}, errors.New("no annotator name given")
	}
	if a.Confidence < 0 || a.Confidence > 3 {
		return model.Event{}, fmt.Errorf("confidence %d: use 1–3 (or 0 for none)", a.Confidence)
	}
	next := model.AnnotationState{Label: a.Label, Confidence: a.Confidence, Note: a.Note}
	if next.Label == "" {
		next = model.AnnotationState{}
	}
	var ev model.Event
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		ref, err := findSentence(ctx, tx, a.DocID, a.SentenceIndex)
		if err != nil {
			return err
		}
		ev, err = s.changeFrom(ctx, tx, ref, a.Annotator, a.Annotator, model.EventAnnotate, source, next)
		if err != nil || ev.ID == 0 {
			return err
		}
		if source == model.SourceSuggestion {
			if err := markFromSuggestion(ctx, tx, ref.id, a.Annotator); err != nil {
				return err
			}
		}
		return pushUndo(ctx, tx, a.Annotator, ev.ID)
	})
	return ev, err
}

// change sets one annotation to next and logs the event; it writes nothing
// when the state is unchanged.
func (s *Store) change(ctx context.Context, tx *sql.Tx, ref sentenceRef, actor, annotator string, kind model.EventKind, next model.AnnotationState) (model.Event, error) {
	return s.changeFrom(ctx, tx, ref, actor, annotator, kind, "", next)
}

// changeFrom is change with the event's source (model.SourceSuggestion).
func (s *Store) changeFrom(ctx context.Context, tx *sql.Tx, ref sentenceRef, actor, annotator string, kind model.EventKind, source string, next model.AnnotationState) (model.Event, error) {
	old, err := annotationState(ctx, tx, ref.id, annotator)
	if err != nil {
		return model.Event{}, err
	}
	ev := model.Event{At: s.Now(), Actor: actor, Annotator: annotator, DocID: ref.docID, SentenceIndex: ref.index, Kind: kind, Old: old, New: next, Source: source}
	if old == next {
		return ev, nil
	}
	if err := setAnnotation(ctx, tx, ref.id, annotator, next, stamp(ev.At)); err != nil {
		return ev, err
	}
	ev.ID, err = appendEvent(ctx, tx, ref, ev)
	return ev, err
}

// annotationState reads one annotation; no row gives the empty state.
func annotationState(ctx context.Context, q querier, sentenceID int64, annotator string) (model.AnnotationState, error) {
	var st model.AnnotationState
	err := q.QueryRowContext(ctx, "SELECT label, confidence, note FROM annotations WHERE sentence_id = ? AND annotator = ?",
		sentenceID, annotator).Scan(&st.Label, &st.Confidence, &st.Note)
	if errors.Is(err, sql.ErrNoRows) {
		return model.AnnotationState{}, nil
	}
	return st, err
}

// setAnnotation writes or (for an empty label) deletes one annotation.
func setAnnotation(ctx context.Context, tx *sql.Tx, sentenceID int64, annotator string, st model.AnnotationState, at string) error {
	if st.Label == "" {
		_, err := tx.ExecContext(ctx, "DELETE FROM annotations WHERE sentence_id = ? AND annotator = ?", sentenceID, annotator)
		return err
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO annotations(sentence_id, annotator, label, confidence, note, updated_at)
		VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (sentence_id, annotator) DO UPDATE SET
		label = excluded.label, confidence = excluded.confidence, note = excluded.note, updated_at = excluded.updated_at,
		from_suggestion = CASE WHEN annotations.label = excluded.label THEN annotations.from_suggestion ELSE 0 END`,
		sentenceID, annotator, st.Label, st.Confidence, st.Note, at)
	if isForeignKey(err) {
		return fmt.Errorf("unknown label %s: add it to the label set first", st.Label)
	}
	return err
}

// appendEvent adds one entry to the append-only log.
func appendEvent(ctx context.Context, tx *sql.Tx, ref sentenceRef, ev model.Event) (int64, error) {
	res, err := tx.ExecContext(ctx, `INSERT INTO events(at, actor, annotator, kind, doc_id, sentence_idx, sentence_hash,
		old_label, old_confidence, old_note, new_label, new_confidence, new_note, source)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		stamp(ev.At), ev.Actor, ev.Annotator, ev.Kind, ref.docID, ref.index, ref.hash,
		ev.Old.Label, ev.Old.Confidence, ev.Old.Note, ev.New.Label, ev.New.Confidence, ev.New.Note, ev.Source)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// Annotations returns every annotator's annotations on a document, by
// sentence index and then annotator.
func (s *Store) Annotations(ctx context.Context, docID int64) ([]model.Annotation, error) {
	return annotations(ctx, s.read, docID)
}

func annotations(ctx context.Context, q querier, docID int64) ([]model.Annotation, error) {
	rows, err := q.QueryContext(ctx, `SELECT s.doc_id, s.idx, a.annotator, a.label, a.confidence, a.note, a.updated_at, a.from_suggestion
		FROM annotations a JOIN sentences s ON s.id = a.sentence_id
		WHERE s.doc_id = ? ORDER BY s.idx, a.annotator`, docID)
	if err != nil {
		return nil, err
	}
	return scanAnnotations(rows)
}

// SentenceAnnotations returns every annotation on one sentence.
func (s *Store) SentenceAnnotations(ctx context.Context, docID int64, index int) ([]model.Annotation, error) {
	return sentenceAnnotations(ctx, s.read, docID, index)
}

func sentenceAnnotations(ctx context.Context, q querier, docID int64, index int) ([]model.Annotation, error) {
	rows, err := q.QueryContext(ctx, `SELECT s.doc_id, s.idx, a.annotator, a.label, a.confidence, a.note, a.updated_at, a.from_suggestion
		FROM annotations a JOIN sentences s ON s.id = a.sentence_id
		WHERE s.doc_id = ? AND s.idx = ? ORDER BY a.annotator`, docID, index)
	if err != nil {
		return nil, err
	}
	return scanAnnotations(rows)
}

func scanAnnotations(rows *sql.Rows) ([]model.Annotation, error) {
	defer rows.Close()
	var out []model.Annotation
	for rows.Next() {
		var a model.Annotation
		var at string
		if err := rows.Scan(&a.DocID, &a.SentenceIndex, &a.Annotator, &a.Label, &a.Confidence, &a.Note, &at, &a.FromSuggestion); err != nil {
			return nil, err
		}
		a.UpdatedAt = parseStamp(at)
		out = append(out, a)
	}
	return out, rows.Err()
}

// AnnotatedSentence returns one sentence with its annotations and
// adjudicated label, read in one transaction.
func (s *Store) AnnotatedSentence(ctx context.Context, docID int64, index int) (model.AnnotatedSentence, error) {
	out := model.AnnotatedSentence{Sentence: model.Sentence{DocID: docID, Index: index}}
	err := s.withReadTx(ctx, func(tx *sql.Tx) error {
		var err error
		if out.Annotations, err = sentenceAnnotations(ctx, tx, docID, index); err != nil {
			return err
		}
		err = tx.QueryRowContext(ctx, `SELECT j.label FROM adjudications j JOIN sentences s ON s.id = j.sentence_id
			WHERE s.doc_id = ? AND s.idx = ?`, docID, index).Scan(&out.Adjudicated)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		return err
	})
	return out, err
}
