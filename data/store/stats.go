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

// Stats counts documents, sentences, annotations by label and annotator.
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
	for _, c := range counts {
		if err := s.read.QueryRowContext(ctx, c.query).Scan(c.into); err != nil {
			return st, err
		}
	}
	if err := countBy(ctx, s.read, "SELECT label, count(*) FROM annotations GROUP BY label", st.ByLabel); err != nil {
		return st, err
	}
	return st, countBy(ctx, s.read, "SELECT annotator, count(*) FROM annotations GROUP BY annotator", st.ByAnnotator)
}

// countBy fills m from a "key, count" query.
func countBy(ctx context.Context, db *sql.DB, query string, m map[string]int) error {
	rows, err := db.QueryContext(ctx, query)
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
