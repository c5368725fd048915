package store

import (
	"context"
	"database/sql"
)

// Stats summarises a database.
type Stats struct {
	Documents          int            `json:"documents"`
	Sentences          int            `json:"sentences"`
	AnnotatedSentences int            `json:"annotated_sentences"`
	Annotations        int            `json:"annotations"`
	Adjudications      int            `json:"adjudications"`
	Events             int            `json:"events"`
	ByLabel            map[string]int `json:"by_label"`
	ByAnnotator        map[string]int `json:"by_annotator"`
}

// Stats counts documents, sentences, annotations by label and annotator,
// all from one snapshot.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	st := Stats{ByLabel: map[string]int{}, ByAnnotator: map[string]int{}}
	counts := []struct {
		query string
		into  *int
	}{
		{"SELECT count(*) FROM documents", &st.Documents},
		{"SELECT count(*) FROM sentences", &st.Sentences},
		{"SELECT count(DISTINCT sentence_id) FROM annotations", &st.AnnotatedSentences},
		{"SELECT count(*) FROM annotations", &st.Annotations},
		{"SELECT count(*) FROM adjudications", &st.Adjudications},
		{"SELECT count(*) FROM events", &st.Events},
	}
	err := s.withReadTx(ctx, func(tx *sql.Tx) error {
		for _, c := range counts {
			if err := tx.QueryRowContext(ctx, c.query).Scan(c.into); err != nil {
				return err
			}
		}
		if err := countBy(ctx, tx, "SELECT label, count(*) FROM annotations GROUP BY label", st.ByLabel); err != nil {
			return err
		}
		return countBy(ctx, tx, "SELECT annotator, count(*) FROM annotations GROUP BY annotator", st.ByAnnotator)
	})
	return st, err
}

// countBy fills m from a "key, count" query.
func countBy(ctx context.Context, q querier, query string, m map[string]int) error {
	rows, err := q.QueryContext(ctx, query)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		var n int
		if err := rows.Scan(&k, &n); err != nil {
			return err
		}
		m[k] = n
	}
	return rows.Err()
}
