package hub

import (
	"context"
	"time"
)

// Status is what `hub status --json` prints (DESIGN.md, Team hub).
type Status struct {
	Documents   int        `json:"documents"`
	Sentences   int        `json:"sentences"`
	Annotations int        `json:"annotations"` // current (sentence, annotator) annotations
	Annotators  []string   `json:"annotators"`  // who has current annotations, sorted
	LastChange  *time.Time `json:"last_change"` // null before the first change
}

// Status counts what the hub holds.
func (h *Hub) Status(ctx context.Context) (Status, error) {
	st := Status{Annotators: []string{}}
	var last *time.Time
	err := h.conn.QueryRow(ctx, `SELECT
		(SELECT count(*) FROM veritag.documents),
		(SELECT count(*) FROM veritag.sentences),
		(SELECT count(*) FROM veritag.annotations WHERE label IS NOT NULL),
		(SELECT max(at) FROM veritag.changes)`).Scan(&st.Documents, &st.Sentences, &st.Annotations, &last)
	if err != nil {
		return st, h.fail(err)
	}
	if last != nil {
		t := last.UTC()
		st.LastChange = &t
	}
	rows, err := h.conn.Query(ctx, "SELECT DISTINCT annotator FROM veritag.annotations WHERE label IS NOT NULL ORDER BY annotator")
	if err != nil {
		return st, h.fail(err)
	}
	defer rows.Close()
	for rows.Next() {
		var a string
		if err := rows.Scan(&a); err != nil {
			return st, h.fail(err)
		}
		st.Annotators = append(st.Annotators, a)
	}
	return st, h.fail(rows.Err())
}
