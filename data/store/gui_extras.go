package store

import "context"

// Adjudications returns the adjudicated labels of a document's sentences,
// by sentence index, for the desktop app's article view.
func (s *Store) Adjudications(ctx context.Context, docID int64) (map[int]string, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT s.idx, j.label FROM adjudications j
		JOIN sentences s ON s.id = j.sentence_id WHERE s.doc_id = ?`, docID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int]string{}
	for rows.Next() {
		var idx int
		var label string
		if err := rows.Scan(&idx, &label); err != nil {
			return nil, err
		}
		out[idx] = label
	}
	return out, rows.Err()
}
