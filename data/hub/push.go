package hub

import (
	"context"

	"github.com/jackc/pgx/v5"

	"github.com/veritag/veritag/data/model"
)

// prepare creates this session's staging tables, which COPY fills before
// one multi-row statement moves their rows into the hub's tables.
func (h *Hub) prepare(ctx context.Context) error {
	_, err := h.conn.Exec(ctx, `
		CREATE TEMP TABLE IF NOT EXISTS in_documents (ord int, hash text, title text, source text, lang text, text text) ON COMMIT DELETE ROWS;
		CREATE TEMP TABLE IF NOT EXISTS in_sentences (hash text, doc_hash text, idx int, start int, "end" int, text text) ON COMMIT DELETE ROWS;
		CREATE TEMP TABLE IF NOT EXISTS in_annotations (sentence_hash text, annotator text, label text, confidence int, note text, updated_ns bigint) ON COMMIT DELETE ROWS;
		CREATE TEMP TABLE IF NOT EXISTS in_adjudications (sentence_hash text, label text, adjudicator text, updated_ns bigint) ON COMMIT DELETE ROWS;
		SET client_min_messages = warning`)
	return h.fail(err)
}

// PushDocuments adds the documents (with their sentences) that the hub
// lacks, in one transaction, and returns how many were new. The hub checks
// every hash and offset itself.
func (h *Hub) PushDocuments(ctx context.Context, docs []model.SyncDocument) (int, error) {
	if len(docs) == 0 {
		return 0, nil
	}
	var added int
	err := h.inTx(ctx, func(tx pgx.Tx) error {
		docRows := make([][]any, len(docs))
		var sentRows [][]any
		for i, d := range docs {
			docRows[i] = []any{i, d.Hash, d.Title, d.Source, d.Lang, d.Text}
			for j, sp := range d.Sentences {
				sentRows = append(sentRows, []any{sentenceHashOf(d.Hash, sp), d.Hash, j, sp.Start, sp.End, sp.Text})
			}
		}
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"in_documents"}, []string{"ord", "hash", "title", "source", "lang", "text"}, pgx.CopyFromRows(docRows)); err != nil {
			return err
		}
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"in_sentences"}, []string{"hash", "doc_hash", "idx", "start", "end", "text"}, pgx.CopyFromRows(sentRows)); err != nil {
			return err
		}
		tag, err := tx.Exec(ctx, `INSERT INTO veritag.documents(hash, title, source, lang, text)
			SELECT hash, title, source, lang, text FROM in_documents ORDER BY ord ON CONFLICT DO NOTHING`)
		if err != nil {
			return err
		}
		added = int(tag.RowsAffected())
		_, err = tx.Exec(ctx, `INSERT INTO veritag.sentences(hash, doc_hash, idx, start, "end", text)
			SELECT hash, doc_hash, idx, start, "end", text FROM in_sentences ON CONFLICT DO NOTHING`)
		return err
	})
	return added, err
}

// Pushed says what one push of annotations and adjudications did: how
// many rows of the hub it changed.
type Pushed struct {
	Changed int
}

// PushChanges writes annotations and adjudications in one transaction,
// where each is newer than and different from the hub's; a replay changes
// nothing. Row-level security refuses any row not in the login's own name.
func (h *Hub) PushChanges(ctx context.Context, anns []model.SyncAnnotation, adjs []model.SyncAdjudication) (Pushed, error) {
	var p Pushed
	err := h.inTx(ctx, func(tx pgx.Tx) error {
		if len(anns) > 0 {
			n, err := pushAnnotations(ctx, tx, anns)
			if err != nil {
				return err
			}
			p.Changed += n
		}
		if len(adjs) > 0 {
			n, err := pushAdjudications(ctx, tx, adjs)
			if err != nil {
				return err
			}
			p.Changed += n
		}
		return nil
	})
	return p, err
}

func pushAnnotations(ctx context.Context, tx pgx.Tx, anns []model.SyncAnnotation) (int, error) {
	rows := make([][]any, len(anns))
	for i, a := range anns {
		rows[i] = []any{a.SentenceHash, a.Annotator, a.Label, a.Confidence, a.Note, a.UpdatedAt.UnixNano()}
	}
	cols := []string{"sentence_hash", "annotator", "label", "confidence", "note", "updated_ns"}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"in_annotations"}, cols, pgx.CopyFromRows(rows)); err != nil {
		return 0, err
	}
	// a clearing is stored only where there is something to clear; a
	// sentence the hub segmented differently is skipped, as merge does
	tag, err := tx.Exec(ctx, `INSERT INTO veritag.annotations AS a (sentence_hash, annotator, label, confidence, note, updated_ns)
		SELECT DISTINCT ON (i.sentence_hash, i.annotator) i.sentence_hash, i.annotator, nullif(i.label, ''), i.confidence, i.note, i.updated_ns
		  FROM in_annotations i JOIN veritag.sentences s ON s.hash = i.sentence_hash
		 WHERE i.label <> '' OR EXISTS (SELECT 1 FROM veritag.annotations x
		                                 WHERE x.sentence_hash = i.sentence_hash AND x.annotator = i.annotator)
		 ORDER BY i.sentence_hash, i.annotator, i.updated_ns DESC
		ON CONFLICT (sentence_hash, annotator) DO UPDATE
		   SET label = excluded.label, confidence = excluded.confidence, note = excluded.note, updated_ns = excluded.updated_ns
		 WHERE excluded.updated_ns > a.updated_ns
		   AND (a.label IS DISTINCT FROM excluded.label OR a.confidence <> excluded.confidence OR a.note <> excluded.note)`)
	return int(tag.RowsAffected()), err
}

func pushAdjudications(ctx context.Context, tx pgx.Tx, adjs []model.SyncAdjudication) (int, error) {
	rows := make([][]any, len(adjs))
	for i, a := range adjs {
		rows[i] = []any{a.SentenceHash, a.Label, a.Adjudicator, a.UpdatedAt.UnixNano()}
	}
	cols := []string{"sentence_hash", "label", "adjudicator", "updated_ns"}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"in_adjudications"}, cols, pgx.CopyFromRows(rows)); err != nil {
		return 0, err
	}
	tag, err := tx.Exec(ctx, `INSERT INTO veritag.adjudications AS a (sentence_hash, label, adjudicator, updated_ns)
		SELECT DISTINCT ON (i.sentence_hash) i.sentence_hash, nullif(i.label, ''), i.adjudicator, i.updated_ns
		  FROM in_adjudications i JOIN veritag.sentences s ON s.hash = i.sentence_hash
		 WHERE i.label <> '' OR EXISTS (SELECT 1 FROM veritag.adjudications x WHERE x.sentence_hash = i.sentence_hash)
		 ORDER BY i.sentence_hash, i.updated_ns DESC
		ON CONFLICT (sentence_hash) DO UPDATE
		   SET label = excluded.label, adjudicator = excluded.adjudicator, updated_ns = excluded.updated_ns
		 WHERE excluded.updated_ns > a.updated_ns AND a.label IS DISTINCT FROM excluded.label`)
	return int(tag.RowsAffected()), err
}

// PushLabels adds the labels the hub's label set lacks (only owners may);
// it returns how many were added. Labels the hub has are left as they are.
func (h *Hub) PushLabels(ctx context.Context, labels []model.Label) (int, error) {
	theirs, err := h.Labels(ctx)
	if err != nil {
		return 0, err
	}
	have, keys := map[string]bool{}, map[string]bool{}
	for _, l := range theirs {
		have[l.Name], keys[l.Key] = true, true
	}
	var missing []model.Label
	for _, l := range labels {
		if !have[l.Name] {
			missing = append(missing, l)
		}
	}
	if len(missing) == 0 {
		return 0, nil
	}
	err = h.inTx(ctx, func(tx pgx.Tx) error {
		for i, l := range missing {
			if keys[l.Key] {
				for k := '1'; k <= '9'; k++ {
					if !keys[string(k)] {
						l.Key = string(k)
						break
					}
				}
			}
			keys[l.Key] = true
			_, err := tx.Exec(ctx, "INSERT INTO veritag.labels(name, key, color, description, position) VALUES ($1, $2, $3, $4, $5)",
				l.Name, l.Key, l.Color, l.Description, len(theirs)+i)
			if err != nil {
				return err
			}
		}
		return nil
	})
	return len(missing), err
}

// inTx runs fn in one transaction and commits it; any error rolls it back.
func (h *Hub) inTx(ctx context.Context, fn func(tx pgx.Tx) error) error {
	tx, err := h.conn.Begin(ctx)
	if err != nil {
		return h.fail(err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback(context.WithoutCancel(ctx))
		return h.fail(err)
	}
	return h.fail(tx.Commit(ctx))
}
