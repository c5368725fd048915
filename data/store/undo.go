package store

import (
	"context"
	"database/sql"
	"errors"

	"github.com/veritag/veritag/data/model"
)

// Undo reverts the actor's latest change that is not yet undone, persisted
// so that it survives a restart. ok is false when there is nothing to undo.
func (s *Store) Undo(ctx context.Context, actor string) (model.Event, bool, error) {
	return s.step(ctx, actor, true)
}

// Redo re-applies the actor's latest undone change. ok is false when there
// is nothing to redo; a new change after an undo empties the redo stack.
func (s *Store) Redo(ctx context.Context, actor string) (model.Event, bool, error) {
	return s.step(ctx, actor, false)
}

// step moves one entry between the undo and redo stacks and applies it.
func (s *Store) step(ctx context.Context, actor string, undo bool) (model.Event, bool, error) {
	var ev model.Event
	var ok bool
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		query := "SELECT seq, event_id FROM undo_stack WHERE actor = ? AND undone = 0 ORDER BY seq DESC LIMIT 1"
		if !undo {
			query = "SELECT seq, event_id FROM undo_stack WHERE actor = ? AND undone = 1 ORDER BY seq LIMIT 1"
		}
		var seq, eventID int64
		err := tx.QueryRowContext(ctx, query, actor).Scan(&seq, &eventID)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		if err != nil {
			return err
		}
		orig, ref, err := eventByID(ctx, tx, eventID)
		if err != nil {
			return err
		}
		target, kind := orig.New, model.EventRedo
		if undo {
			target, kind = orig.Old, model.EventUndo
		}
		if ref.id, err = sentenceIDByHash(ctx, tx, ref); err != nil {
			return err
		}
		if ref.id != 0 { // the document may have been deleted since
			if ev, err = s.change(ctx, tx, ref, actor, orig.Annotator, kind, target); err != nil {
				return err
			}
		}
		if ev.ID == 0 {
			ev = orig
			ev.Kind = kind
		}
		flag := 0
		if undo {
			flag = 1
		}
		ok = true
		_, err = tx.ExecContext(ctx, "UPDATE undo_stack SET undone = ? WHERE actor = ? AND seq = ?", flag, actor, seq)
		return err
	})
	return ev, ok, err
}

// pushUndo puts a new change on the actor's undo stack and empties the redo
// stack.
func pushUndo(ctx context.Context, tx *sql.Tx, actor string, eventID int64) error {
	if _, err := tx.ExecContext(ctx, "DELETE FROM undo_stack WHERE actor = ? AND undone = 1", actor); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO undo_stack(actor, seq, event_id)
		VALUES (?, COALESCE((SELECT max(seq) FROM undo_stack WHERE actor = ?), 0) + 1, ?)`, actor, actor, eventID)
	return err
}

// eventByID reads one logged event and the sentence it refers to.
func eventByID(ctx context.Context, q querier, id int64) (model.Event, sentenceRef, error) {
	var ev model.Event
	var ref sentenceRef
	var at string
	err := q.QueryRowContext(ctx, `SELECT id, at, actor, annotator, kind, doc_id, sentence_idx, sentence_hash,
		old_label, old_confidence, old_note, new_label, new_confidence, new_note FROM events WHERE id = ?`, id).
		Scan(&ev.ID, &at, &ev.Actor, &ev.Annotator, &ev.Kind, &ev.DocID, &ev.SentenceIndex, &ref.hash,
			&ev.Old.Label, &ev.Old.Confidence, &ev.Old.Note, &ev.New.Label, &ev.New.Confidence, &ev.New.Note)
	ev.At = parseStamp(at)
	ref.docID, ref.index = ev.DocID, ev.SentenceIndex
	return ev, ref, err
}

// sentenceIDByHash finds the sentence an event refers to (0 if deleted),
// preferring the document and index it was logged with.
func sentenceIDByHash(ctx context.Context, q querier, ref sentenceRef) (int64, error) {
	var id int64
	err := q.QueryRowContext(ctx, `SELECT id FROM sentences WHERE hash = ?
		ORDER BY (doc_id = ? AND idx = ?) DESC LIMIT 1`, ref.hash, ref.docID, ref.index).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return id, err
}

// History returns the events of one sentence, newest first.
func (s *Store) History(ctx context.Context, docID int64, index int) ([]model.Event, error) {
	var out []model.Event
	err := s.withReadTx(ctx, func(tx *sql.Tx) error {
		ref, err := findSentence(ctx, tx, docID, index)
		if err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT id, at, actor, annotator, kind,
			old_label, old_confidence, old_note, new_label, new_confidence, new_note, source
			FROM events WHERE sentence_hash = ? ORDER BY id DESC`, ref.hash)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			ev := model.Event{DocID: docID, SentenceIndex: index}
			var at string
			if err := rows.Scan(&ev.ID, &at, &ev.Actor, &ev.Annotator, &ev.Kind,
				&ev.Old.Label, &ev.Old.Confidence, &ev.Old.Note, &ev.New.Label, &ev.New.Confidence, &ev.New.Note, &ev.Source); err != nil {
				return err
			}
			ev.At = parseStamp(at)
			out = append(out, ev)
		}
		return rows.Err()
	})
	return out, err
}
