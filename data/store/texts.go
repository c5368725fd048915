package store

import "context"

// EachSentenceText streams every sentence's document id, 0-based index and
// text to fn, in document and sentence order, from one consistent
// snapshot. It holds nothing, so a search index can be built over a
// million sentences without a second copy of them all.
func (s *Store) EachSentenceText(ctx context.Context, fn func(docID int64, index int, text string) error) error {
	rows, err := s.read.QueryContext(ctx, `SELECT doc_id, idx, text FROM sentences ORDER BY doc_id, idx`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var docID int64
		var index int
		var text string
		if err := rows.Scan(&docID, &index, &text); err != nil {
			return err
		}
		if err := fn(docID, index, text); err != nil {
			return err
		}
	}
	return rows.Err()
}

// EachNote streams every non-empty note: its sentence's document id and
// 0-based index, its annotator and its text, in document and sentence
// order, from one consistent snapshot.
func (s *Store) EachNote(ctx context.Context, fn func(docID int64, index int, annotator, note string) error) error {
	rows, err := s.read.QueryContext(ctx, `SELECT s.doc_id, s.idx, a.annotator, a.note
		FROM annotations a JOIN sentences s ON s.id = a.sentence_id
		WHERE a.note != '' ORDER BY s.doc_id, s.idx, a.annotator`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var docID int64
		var index int
		var annotator, note string
		if err := rows.Scan(&docID, &index, &annotator, &note); err != nil {
			return err
		}
		if err := fn(docID, index, annotator, note); err != nil {
			return err
		}
	}
	return rows.Err()
}

// SentenceText returns the text of sentence index of document docID.
func (s *Store) SentenceText(ctx context.Context, docID int64, index int) (string, error) {
	var text string
	err := s.read.QueryRowContext(ctx, `SELECT text FROM sentences WHERE doc_id = ? AND idx = ?`, docID, index).Scan(&text)
	return text, err
}
