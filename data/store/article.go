package store

import (
	"context"
	"database/sql"

	"github.com/veritag/veritag/data/model"
)

// LoadArticle reads document id with its text, sentences, annotations and
// adjudications in one read transaction, so what it returns is one
// consistent state even while others commit.
func (s *Store) LoadArticle(ctx context.Context, id int64) (model.Article, error) {
	var a model.Article
	err := s.withReadTx(ctx, func(tx *sql.Tx) error {
		var err error
		if a.Document, err = documentByID(ctx, tx, id); err != nil {
			return err
		}
		if a.Sentences, err = sentences(ctx, tx, id); err != nil {
			return err
		}
		a.Marks, err = marks(ctx, tx, id)
		return err
	})
	return a, err
}

// Marks reads the annotations and adjudications of document docID in one
// read transaction, for redrawing an open article after a change.
func (s *Store) Marks(ctx context.Context, docID int64) (model.Marks, error) {
	var m model.Marks
	err := s.withReadTx(ctx, func(tx *sql.Tx) error {
		var err error
		m, err = marks(ctx, tx, docID)
		return err
	})
	return m, err
}

func marks(ctx context.Context, q querier, docID int64) (model.Marks, error) {
	var m model.Marks
	var err error
	if m.Annotations, err = annotations(ctx, q, docID); err != nil {
		return m, err
	}
	m.Adjudications, err = adjudications(ctx, q, docID)
	return m, err
}
