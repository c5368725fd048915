package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/veritag/veritag/data/model"
)

// LabelUse counts the annotations and final labels that carry name.
func (s *Store) LabelUse(ctx context.Context, name string) (model.LabelUse, error) {
	return labelUse(ctx, s.read, strings.ToUpper(strings.TrimSpace(name)))
}

// DeleteLabel removes the label named name, as annotator by. A label in
// use is refused with its count unless moveTo names another label: then
// every annotation carrying it moves to moveTo (each move logged as an
// event by by, so histories show it) and so do the final labels, all in
// one transaction. It returns how many annotations and final labels moved.
func (s *Store) DeleteLabel(ctx context.Context, by, name, moveTo string) (model.LabelUse, error) {
	name = strings.ToUpper(strings.TrimSpace(name))
	moveTo = strings.ToUpper(strings.TrimSpace(moveTo))
	var use model.LabelUse
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		labels, err := listLabels(ctx, tx)
		if err != nil {
			return err
		}
		if !hasLabel(labels, name) {
			return fmt.Errorf("no label named %s", name)
		}
		if use, err = labelUse(ctx, tx, name); err != nil {
			return err
		}
		if use.Total() > 0 {
			switch {
			case moveTo == "":
				return fmt.Errorf("label %s is used by %d annotations and %d final labels: move them to another label first",
					name, use.Annotations, use.Adjudications)
			case moveTo == name || !hasLabel(labels, moveTo):
				return fmt.Errorf("cannot move the annotations of %s to %q: choose another existing label", name, moveTo)
			}
			if err := s.moveLabel(ctx, tx, by, name, moveTo); err != nil {
				return err
			}
		}
		_, err = tx.ExecContext(ctx, "DELETE FROM labels WHERE name = ?", name)
		return err
	})
	return use, err
}

// moveLabel gives every annotation and final label carrying from the label
// to instead, logging each annotation's change.
func (s *Store) moveLabel(ctx context.Context, tx *sql.Tx, by, from, to string) error {
	type moved struct {
		ref       sentenceRef
		annotator string
		state     model.AnnotationState
	}
	rows, err := tx.QueryContext(ctx, `SELECT s.id, s.doc_id, s.idx, s.hash, a.annotator, a.confidence, a.note
		FROM annotations a JOIN sentences s ON s.id = a.sentence_id WHERE a.label = ?`, from)
	if err != nil {
		return err
	}
	var all []moved
	for rows.Next() {
		m := moved{state: model.AnnotationState{Label: to}}
		if err := rows.Scan(&m.ref.id, &m.ref.docID, &m.ref.index, &m.ref.hash, &m.annotator, &m.state.Confidence, &m.state.Note); err != nil {
			rows.Close()
			return err
		}
		all = append(all, m)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, m := range all {
		if _, err := s.change(ctx, tx, m.ref, by, m.annotator, model.EventAnnotate, m.state); err != nil {
			return err
		}
	}
	_, err = tx.ExecContext(ctx, "UPDATE adjudications SET label = ?, updated_at = ? WHERE label = ?", to, stamp(s.Now()), from)
	return err
}

// labelUse counts the annotations and final labels carrying name.
func labelUse(ctx context.Context, q querier, name string) (model.LabelUse, error) {
	var u model.LabelUse
	err := q.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM annotations WHERE label = ?),
		(SELECT count(*) FROM adjudications WHERE label = ?)`, name, name).Scan(&u.Annotations, &u.Adjudications)
	return u, err
}

// hasLabel reports whether the label set holds name.
func hasLabel(labels []model.Label, name string) bool {
	for _, l := range labels {
		if l.Name == name {
			return true
		}
	}
	return false
}
