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
