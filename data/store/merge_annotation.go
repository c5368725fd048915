package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/veritag/veritag/data/model"
)

// incoming is an annotation arriving from an import or another database.
type incoming struct {
	annotator string
	state     model.AnnotationState
	updated   time.Time
}

// mergeOutcome says what merging one annotation did.
type mergeOutcome int

const (
	mergeKept    mergeOutcome = iota // the stored one is the same or newer
	mergeAdded                       // there was none
	mergeUpdated                     // the incoming one is newer
)

// mergeAnnotation applies an incoming annotation when it is new or newer
// than the stored one, logging the change.
func (s *Store) mergeAnnotation(ctx context.Context, tx *sql.Tx, ref sentenceRef, in incoming, kind model.EventKind) (mergeOutcome, error) {
	var cur model.AnnotationState
	var at string
	err := tx.QueryRowContext(ctx, "SELECT label, confidence, note, updated_at FROM annotations WHERE sentence_id = ? AND annotator = ?",
		ref.id, in.annotator).Scan(&cur.Label, &cur.Confidence, &cur.Note, &at)
	outcome := mergeUpdated
	switch {
	case errors.Is(err, sql.ErrNoRows):
		outcome = mergeAdded
	case err != nil:
		return mergeKept, err
	case cur == in.state || !in.updated.After(parseStamp(at)):
		return mergeKept, nil
	}
	if err := setAnnotation(ctx, tx, ref.id, in.annotator, in.state, stamp(in.updated)); err != nil {
		return mergeKept, err
	}
	ev := model.Event{At: s.Now(), Actor: in.annotator, Annotator: in.annotator, DocID: ref.docID,
		SentenceIndex: ref.index, Kind: kind, Old: cur, New: in.state}
	_, err = appendEvent(ctx, tx, ref, ev)
	return outcome, err
}
