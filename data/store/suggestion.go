package store

import (
	"context"
	"database/sql"

	"github.com/veritag/veritag/data/model"
)

// AcceptSuggestion stores a label the annotator accepted from the model's
// suggestion: it is the annotator's own tag, as Annotate stores it, and
// its event and annotation record that it came from a suggestion.
func (s *Store) AcceptSuggestion(ctx context.Context, a model.Annotation) (model.Event, error) {
	return s.annotate(ctx, a, model.SourceSuggestion)
}

// markFromSuggestion flags an annotation as accepted from a suggestion;
// changing its label by hand later clears the flag (see setAnnotation).
func markFromSuggestion(ctx context.Context, tx *sql.Tx, sentenceID int64, annotator string) error {
	_, err := tx.ExecContext(ctx, "UPDATE annotations SET from_suggestion = 1 WHERE sentence_id = ? AND annotator = ?", sentenceID, annotator)
	return err
}
