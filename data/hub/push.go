package hub

import (
	"context"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/veritag/veritag/data/model"
)

// prepare creates this session's staging tables for documents, which COPY
// fills before one multi-row statement moves their rows into the hub's
// tables.
func (h *Hub) prepare(ctx context.Context) error {
	_, err := h.conn.Exec(ctx, `
		CREATE TEMP TABLE IF NOT EXISTS in_documents (ord int, hash text, title text, source text, lang text, text text) ON COMMIT DELETE ROWS;
		CREATE TEMP TABLE IF NOT EXISTS in_sentences (hash text, doc_hash text, idx int, start int, "end" int, text text) ON COMMIT DELETE ROWS;
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
// many rows of the hub it changed, and (for a large push) the transaction
// that logged them.
type Pushed struct {
	Changed int
	xid     string
}

// ownCheck is the push size from which PushChanges notes its transaction,
// so that PastOwn can spare the pusher reading its own changes back;
// reading back a smaller push costs less than asking.
const ownCheck = 500

// PushChanges writes annotations and adjudications in one transaction,
// where each is newer than and different from the hub's; a replay changes
// nothing. Row-level security refuses any row not in the login's own name.
// It is one round trip: each kind is one multi-row statement whose rows
// come as arrays, and the statements of one batch form one transaction.
func (h *Hub) PushChanges(ctx context.Context, anns []model.SyncAnnotation, adjs []model.SyncAdjudication) (Pushed, error) {
	var p Pushed
	b := &pgx.Batch{}
	if len(anns) > 0 {
		queueAnnotations(b, anns)
	}
	if len(adjs) > 0 {
		queueAdjudications(b, adjs)
	}
	if b.Len() == 0 {
		return p, nil
	}
	big := len(anns)+len(adjs) >= ownCheck
	if big {
		b.Queue("SELECT pg_current_xact_id()::xid::text")
	}
	br := h.conn.SendBatch(ctx, b)
	var err error
	for i := 0; i < b.Len() && err == nil; i++ {
		if big && i == b.Len()-1 {
			err = br.QueryRow().Scan(&p.xid)
			break
		}
		var tag pgconn.CommandTag
		tag, err = br.Exec()
		p.Changed += int(tag.RowsAffected())
	}
	if cerr := br.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return Pushed{}, h.fail(err)
	}
	return p, nil
}

// PastOwn returns how far a pull cursor at after may move once push p has
// committed: to just below the log's horizon when every change after it
// there is p's own (which the pusher has), else after.
func (h *Hub) PastOwn(ctx context.Context, p Pushed, after int64) (int64, error) {
	if p.xid == "" {
		return after, nil
	}
	b := &pgx.Batch{}
	b.Queue("SELECT set_config('veritag.horizon', veritag.changes_horizon()::text, false)")
	b.Queue(`SELECT current_setting('veritag.horizon')::bigint - 1, coalesce(bool_and(xmin = $2::xid), true)
		FROM veritag.changes WHERE seq > $1 AND seq < current_setting('veritag.horizon')::bigint`, after, p.xid)
	br := h.conn.SendBatch(ctx, b)
	var upTo int64
	var own bool
	_, err := br.Exec()
	if err == nil {
		err = br.QueryRow().Scan(&upTo, &own)
	}
	if cerr := br.Close(); err == nil {
		err = cerr
	}
	if err != nil || !own || upTo < after {
		return after, h.fail(err)
	}
	return upTo, nil
}

// queueAnnotations queues the upsert of annotations: a clearing is stored
// only where there is something to clear; a sentence the hub segmented
// differently is skipped, as merge does.
func queueAnnotations(b *pgx.Batch, anns []model.SyncAnnotation) {
	n := len(anns)
	hashes, annotators, labels, notes := make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	confidences, updated := make([]int32, n), make([]int64, n)
	for i, a := range anns {
		hashes[i], annotators[i], labels[i], notes[i] = a.SentenceHash, a.Annotator, a.Label, a.Note
		confidences[i], updated[i] = int32(a.Confidence), a.UpdatedAt.UnixNano()
	}
	b.Queue(`INSERT INTO veritag.annotations AS a (sentence_hash, annotator, label, confidence, note, updated_ns)
		SELECT DISTINCT ON (i.sentence_hash, i.annotator) i.sentence_hash, i.annotator, nullif(i.label, ''), i.confidence, i.note, i.updated_ns
		  FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::bigint[])
		       AS i(sentence_hash, annotator, label, confidence, note, updated_ns)
		  JOIN veritag.sentences s ON s.hash = i.sentence_hash
		 WHERE i.label <> '' OR EXISTS (SELECT 1 FROM veritag.annotations x
		                                 WHERE x.sentence_hash = i.sentence_hash AND x.annotator = i.annotator)
		 ORDER BY i.sentence_hash, i.annotator, i.updated_ns DESC
		ON CONFLICT (sentence_hash, annotator) DO UPDATE
		   SET label = excluded.label, confidence = excluded.confidence, note = excluded.note, updated_ns = excluded.updated_ns
		 WHERE excluded.updated_ns > a.updated_ns
		   AND (a.label IS DISTINCT FROM excluded.label OR a.confidence <> excluded.confidence OR a.note <> excluded.note)`,
		hashes, annotators, labels, confidences, notes, updated)
}

// queueAdjudications queues the upsert of adjudications, as
// queueAnnotations does annotations.
func queueAdjudications(b *pgx.Batch, adjs []model.SyncAdjudication) {
	n := len(adjs)
	hashes, labels, adjudicators, updated := make([]string, n), make([]string, n), make([]string, n), make([]int64, n)
	for i, a := range adjs {
		hashes[i], labels[i], adjudicators[i], updated[i] = a.SentenceHash, a.Label, a.Adjudicator, a.UpdatedAt.UnixNano()
	}
	b.Queue(`INSERT INTO veritag.adjudications AS a (sentence_hash, label, adjudicator, updated_ns)
		SELECT DISTINCT ON (i.sentence_hash) i.sentence_hash, nullif(i.label, ''), i.adjudicator, i.updated_ns
		  FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[]) AS i(sentence_hash, label, adjudicator, updated_ns)
		  JOIN veritag.sentences s ON s.hash = i.sentence_hash
		 WHERE i.label <> '' OR EXISTS (SELECT 1 FROM veritag.adjudications x WHERE x.sentence_hash = i.sentence_hash)
		 ORDER BY i.sentence_hash, i.updated_ns DESC
		ON CONFLICT (sentence_hash) DO UPDATE
		   SET label = excluded.label, adjudicator = excluded.adjudicator, updated_ns = excluded.updated_ns
		 WHERE excluded.updated_ns > a.updated_ns AND a.label IS DISTINCT FROM excluded.label`,
		hashes, labels, adjudicators, updated)
}

// PushLabels adds the labels the hub's label set lacks (only owners may);
// it returns how many were added. Labels the hub has are left as they are.
func (h *Hub) PushLabels(ctx context.Context, labels []model.Label) (int, error) {
	theirs := h.labels
	if !hasAll(theirs, labels) {
		var err error
		if theirs, err = h.Labels(ctx); err != nil {
			return 0, err
		}
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
	err := h.inTx(ctx, func(tx pgx.Tx) error {
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
			missing[i] = l
			_, err := tx.Exec(ctx, "INSERT INTO veritag.labels(name, key, color, description, position) VALUES ($1, $2, $3, $4, $5)",
				l.Name, l.Key, l.Color, l.Description, len(theirs)+i)
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil {
		h.labels = append(theirs, missing...)
	}
	return len(missing), err
}

// hasAll reports whether the label set theirs has every one of labels.
func hasAll(theirs, labels []model.Label) bool {
	have := map[string]bool{}
	for _, l := range theirs {
		have[l.Name] = true
	}
	for _, l := range labels {
		if !have[l.Name] {
			return false
		}
	}
	return true
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
