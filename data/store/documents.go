package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/veritag/veritag/data/model"
)

// ErrNotFound is returned for a document or sentence that does not exist.
var ErrNotFound = errors.New("not found")

// Documents lists all documents, oldest first, without their text.
func (s *Store) Documents(ctx context.Context) ([]model.Document, error) {
	rows, err := s.read.QueryContext(ctx,
		"SELECT id, title, source, lang, hash, sentence_count, counted, created_at FROM documents ORDER BY id")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []model.Document
	for rows.Next() {
		var d model.Document
		var created string
		if err := rows.Scan(&d.ID, &d.Title, &d.Source, &d.Lang, &d.Hash, &d.SentenceCount, &d.Counted, &created); err != nil {
			return nil, err
		}
		d.CreatedAt = parseStamp(created)
		out = append(out, d)
	}
	return out, rows.Err()
}

// Document returns one document with its text.
func (s *Store) Document(ctx context.Context, id int64) (model.Document, error) {
	return documentByID(ctx, s.read, id)
}

func documentByID(ctx context.Context, q querier, id int64) (model.Document, error) {
	var d model.Document
	var created string
	err := q.QueryRowContext(ctx,
		"SELECT id, title, source, lang, text, hash, sentence_count, counted, created_at, byline, published, summary FROM documents WHERE id = ?", id).
		Scan(&d.ID, &d.Title, &d.Source, &d.Lang, &d.Text, &d.Hash, &d.SentenceCount, &d.Counted, &created, &d.Byline, &d.Published, &d.Summary)
	if errors.Is(err, sql.ErrNoRows) {
		return d, fmt.Errorf("document %d: %w", id, ErrNotFound)
	}
	d.CreatedAt = parseStamp(created)
	return d, err
}

// documentInfo is documentByID without the text.
func documentInfo(ctx context.Context, q querier, id int64) (model.Document, error) {
	var d model.Document
	var created string
	err := q.QueryRowContext(ctx,
		"SELECT id, title, source, lang, hash, sentence_count, counted, created_at FROM documents WHERE id = ?", id).
		Scan(&d.ID, &d.Title, &d.Source, &d.Lang, &d.Hash, &d.SentenceCount, &d.Counted, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return d, fmt.Errorf("document %d: %w", id, ErrNotFound)
	}
	d.CreatedAt = parseStamp(created)
	return d, err
}

// Sentences returns the sentences of a document in order.
func (s *Store) Sentences(ctx context.Context, docID int64) ([]model.Sentence, error) {
	return sentences(ctx, s.read, docID)
}

func sentences(ctx context.Context, q querier, docID int64) ([]model.Sentence, error) {
	rows, err := q.QueryContext(ctx,
		`SELECT doc_id, idx, start, "end", text, hash, kind FROM sentences WHERE doc_id = ? ORDER BY idx`, docID)
	if err != nil {
		return nil, err
	}
	return scanSentences(rows)
}

func scanSentences(rows *sql.Rows) ([]model.Sentence, error) {
	defer rows.Close()
	var out []model.Sentence
	for rows.Next() {
		var x model.Sentence
		if err := rows.Scan(&x.DocID, &x.Index, &x.Start, &x.End, &x.Text, &x.Hash, &x.Kind); err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, rows.Err()
}

// Progress returns, per document id, how many of its counted sentences
// (sentences and headings, not navigation lines: Document.Counted) the
// annotator has labelled.
func (s *Store) Progress(ctx context.Context, annotator string) (map[int64]int, error) {
	rows, err := s.read.QueryContext(ctx,
		`SELECT s.doc_id, count(*) FROM annotations a JOIN sentences s ON s.id = a.sentence_id
		 WHERE a.annotator = ? AND s.kind <> 'nav' GROUP BY s.doc_id`, annotator)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64]int{}
	for rows.Next() {
		var id int64
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			return nil, err
		}
		out[id] = n
	}
	return out, rows.Err()
}

// DeleteDocument removes a document with its sentences, annotations and
// adjudications. The event log keeps its history.
func (s *Store) DeleteDocument(ctx context.Context, id int64) error {
	return s.withTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "DELETE FROM documents WHERE id = ?", id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("document %d: %w", id, ErrNotFound)
		}
		return nil
	})
}

// IsEmpty reports whether the database holds no documents.
func (s *Store) IsEmpty(ctx context.Context) (bool, error) {
	var n int
	err := s.read.QueryRowContext(ctx, "SELECT count(*) FROM (SELECT 1 FROM documents LIMIT 1)").Scan(&n)
	return n == 0, err
}

// sentenceRef identifies one stored sentence.
type sentenceRef struct {
	id    int64
	docID int64
	index int
	hash  string
}

// findSentence looks up a sentence by document id and index.
func findSentence(ctx context.Context, q querier, docID int64, index int) (sentenceRef, error) {
	ref := sentenceRef{docID: docID, index: index}
	err := q.QueryRowContext(ctx, "SELECT id, hash FROM sentences WHERE doc_id = ? AND idx = ?", docID, index).
		Scan(&ref.id, &ref.hash)
	if errors.Is(err, sql.ErrNoRows) {
		if _, derr := documentByID(ctx, q, docID); derr != nil {
			return ref, derr
		}
		return ref, fmt.Errorf("document %d has no sentence %d: %w", docID, index, ErrNotFound)
	}
	return ref, err
}
