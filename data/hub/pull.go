package hub

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/veritag/veritag/data/model"
)

// maxDocumentsPerBatch bounds the document texts one batch of changes
// carries, so that pulling a large hub stays in bounded memory.
const maxDocumentsPerBatch = 200

// Pulled is one batch read from the hub: its label set and its changes.
type Pulled struct {
	Labels  []model.Label
	Changes []model.HubChange
}

// Changes returns the hub's label set and up to limit changes after seq,
// oldest first, each checked like an imported file (see decode.go); a
// document change carries the document unless it has been deleted since.
// Anything malformed refuses the batch with an error naming the hub and the
// change. It is one round trip unless documents come with the changes.
func (h *Hub) Changes(ctx context.Context, after int64, limit int) (Pulled, error) {
	var p Pulled
	b := &pgx.Batch{}
	// the horizon is read in a statement of its own, before the snapshot
	// of the one that reads the log: every change below it has committed
	// (or rolled back) by then, so none is skipped
	b.Queue("SELECT set_config('veritag.horizon', veritag.changes_horizon()::text, false)")
	b.Queue(labelsQuery)
	b.Queue(`SELECT seq, kind, doc_hash, sentence_hash, annotator, label, confidence, note, updated_ns
		FROM veritag.changes WHERE seq > $1 AND seq < current_setting('veritag.horizon')::bigint ORDER BY seq LIMIT $2`, after, limit)
	br := h.conn.SendBatch(ctx, b)
	var docHashes []string
	err := h.readBatch(br, &p, &docHashes)
	if cerr := br.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return Pulled{}, h.fail(err)
	}
	h.labels = p.Labels
	if len(docHashes) == 0 {
		return p, nil
	}
	err = h.inReadTx(ctx, func(tx pgx.Tx) error {
		docs, err := h.documents(ctx, tx, docHashes)
		for i := range p.Changes {
			if c := &p.Changes[i]; c.Kind == model.ChangeDocument {
				c.Document = docs[c.DocumentHash]
			}
		}
		return err
	})
	return p, err
}

// readBatch reads the results of Changes' batch: the label set, then the
// changes, up to maxDocumentsPerBatch document changes.
func (h *Hub) readBatch(br pgx.BatchResults, p *Pulled, docHashes *[]string) error {
	if _, err := br.Exec(); err != nil {
		return err
	}
	rows, err := br.Query()
	if err != nil {
		return err
	}
	if p.Labels, err = h.scanLabels(rows); err != nil {
		return err
	}
	rows, err = br.Query()
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var r rawChange
		if err := rows.Scan(&r.Seq, &r.Kind, &r.DocHash, &r.SentenceHash, &r.Annotator, &r.Label, &r.Confidence, &r.Note, &r.UpdatedNs); err != nil {
			return err
		}
		c, err := decodeChange(r)
		if err != nil {
			return h.errorf("change %d: %v", r.Seq, err)
		}
		p.Changes = append(p.Changes, c)
		if c.Kind == model.ChangeDocument {
			*docHashes = append(*docHashes, c.DocumentHash)
			if len(*docHashes) == maxDocumentsPerBatch {
				break
			}
		}
	}
	rows.Close()
	return rows.Err()
}

// documents loads and checks the named documents with their sentences.
func (h *Hub) documents(ctx context.Context, tx pgx.Tx, hashes []string) (map[string]*model.SyncDocument, error) {
	raw := map[string]*rawDocument{}
	rows, err := tx.Query(ctx, "SELECT hash, title, source, lang, text FROM veritag.documents WHERE hash = ANY($1)", hashes)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var d rawDocument
		if err := rows.Scan(&d.Hash, &d.Title, &d.Source, &d.Lang, &d.Text); err != nil {
			rows.Close()
			return nil, err
		}
		raw[d.Hash] = &d
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = tx.Query(ctx, `SELECT doc_hash, idx, start, "end", text, hash FROM veritag.sentences WHERE doc_hash = ANY($1) ORDER BY doc_hash, idx`, hashes)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var docHash string
		var s rawSentence
		if err := rows.Scan(&docHash, &s.Index, &s.Start, &s.End, &s.Text, &s.Hash); err != nil {
			rows.Close()
			return nil, err
		}
		if d := raw[docHash]; d != nil {
			d.Sentences = append(d.Sentences, s)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := map[string]*model.SyncDocument{}
	for hash, r := range raw {
		d, err := decodeDocument(*r)
		if err != nil {
			return nil, h.errorf("document %s: %v", hash, err)
		}
		out[hash] = &d
	}
	return out, nil
}

// labelsQuery reads the hub's label set in key order.
const labelsQuery = "SELECT name, key, color, description FROM veritag.labels ORDER BY key"

// Labels returns the hub's label set in key order.
func (h *Hub) Labels(ctx context.Context) ([]model.Label, error) {
	rows, err := h.conn.Query(ctx, labelsQuery)
	if err != nil {
		return nil, h.fail(err)
	}
	out, err := h.scanLabels(rows)
	if err == nil {
		h.labels = out
	}
	return out, h.fail(err)
}

// scanLabels reads and checks a label set, closing rows.
func (h *Hub) scanLabels(rows pgx.Rows) ([]model.Label, error) {
	defer rows.Close()
	var out []model.Label
	for rows.Next() {
		var l model.Label
		if err := rows.Scan(&l.Name, &l.Key, &l.Color, &l.Description); err != nil {
			return nil, err
		}
		if err := checkLabel(l); err != nil {
			return nil, h.errorf("label set: %v", err)
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

// LastSeq is the change log's newest sequence number (0 when empty).
func (h *Hub) LastSeq(ctx context.Context) (int64, error) {
	var seq int64
	err := h.conn.QueryRow(ctx, "SELECT coalesce(max(seq), 0) FROM veritag.changes").Scan(&seq)
	return seq, h.fail(err)
}

// inReadTx runs fn in one read-only snapshot.
func (h *Hub) inReadTx(ctx context.Context, fn func(tx pgx.Tx) error) error {
	tx, err := h.conn.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return h.fail(err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	if err := fn(tx); err != nil {
		return h.fail(err)
	}
	return h.fail(tx.Commit(ctx))
}

// nsTime turns the hub's Unix nanoseconds into a UTC time.
func nsTime(ns int64) time.Time { return time.Unix(0, ns).UTC() }
