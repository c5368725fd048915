package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/veritag/veritag/data/model"
)

// HubCursor is how far this file and one hub have synced.
type HubCursor struct {
	PushedEvent int64     // local events up to this id are on the hub
	PulledSeq   int64     // hub changes up to this seq are applied here
	SyncedAt    time.Time // when the cursor last moved (zero: never)
}

// HubCursor reads the cursor for the hub with id hubID (zero if new).
func (s *Store) HubCursor(ctx context.Context, hubID string) (HubCursor, error) {
	return hubCursor(ctx, s.read, hubID)
}

func hubCursor(ctx context.Context, q querier, hubID string) (HubCursor, error) {
	var c HubCursor
	var at string
	err := q.QueryRowContext(ctx, "SELECT pushed_event, pulled_seq, synced_at FROM hub_sync WHERE hub_id = ?", hubID).
		Scan(&c.PushedEvent, &c.PulledSeq, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return c, nil
	}
	c.SyncedAt = parseStamp(at)
	return c, err
}

// SetHubCursor records that the hub has committed everything up to c; the
// caller calls it only after the hub's commit.
func (s *Store) SetHubCursor(ctx context.Context, hubID string, c HubCursor) error {
	return s.withTx(ctx, func(tx *sql.Tx) error { return s.setHubCursor(ctx, tx, hubID, c) })
}

func (s *Store) setHubCursor(ctx context.Context, tx *sql.Tx, hubID string, c HubCursor) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO hub_sync(hub_id, pushed_event, pulled_seq, synced_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (hub_id) DO UPDATE SET pushed_event = excluded.pushed_event, pulled_seq = excluded.pulled_seq,
		synced_at = excluded.synced_at`, hubID, c.PushedEvent, c.PulledSeq, stamp(s.Now()))
	return err
}

// PendingForHub counts the local changes the hub has not yet received:
// documents it does not hold and logged changes after the push cursor.
func (s *Store) PendingForHub(ctx context.Context, hubID string) (int, error) {
	var n int
	err := s.withReadTx(ctx, func(tx *sql.Tx) error {
		c, err := hubCursor(ctx, tx, hubID)
		if err != nil {
			return err
		}
		return tx.QueryRowContext(ctx, `SELECT
			(SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM hub_documents h WHERE h.hub_id = ? AND h.hash = d.hash)) +
			(SELECT count(*) FROM events WHERE id > ? AND kind <> ?)`, hubID, c.PushedEvent, model.EventSync).Scan(&n)
	})
	return n, err
}

// DocumentsForHub returns up to max local documents the hub is not known
// to hold, oldest first, with their sentences, from one snapshot.
func (s *Store) DocumentsForHub(ctx context.Context, hubID string, max int) ([]model.SyncDocument, error) {
	var out []model.SyncDocument
	err := s.withReadTx(ctx, func(tx *sql.Tx) error {
		ids, docs, err := documentsForHub(ctx, tx, hubID, max)
		if err != nil {
			return err
		}
		for i, id := range ids {
			sents, err := sentences(ctx, tx, id)
			if err != nil {
				return err
			}
			docs[i].Sentences = make([]model.Span, len(sents))
			for j, x := range sents {
				docs[i].Sentences[j] = model.Span{Start: x.Start, End: x.End, Text: x.Text}
			}
		}
		out = docs
		return nil
	})
	return out, err
}

// documentsForHub lists the documents DocumentsForHub returns, without
// their sentences, and their local ids.
func documentsForHub(ctx context.Context, tx *sql.Tx, hubID string, max int) ([]int64, []model.SyncDocument, error) {
	rows, err := tx.QueryContext(ctx, `SELECT d.id, d.hash, d.title, d.source, d.lang, d.text FROM documents d
		WHERE NOT EXISTS (SELECT 1 FROM hub_documents h WHERE h.hub_id = ? AND h.hash = d.hash) ORDER BY d.id LIMIT ?`, hubID, max)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	var ids []int64
	var out []model.SyncDocument
	for rows.Next() {
		var id int64
		var d model.SyncDocument
		if err := rows.Scan(&id, &d.Hash, &d.Title, &d.Source, &d.Lang, &d.Text); err != nil {
			return nil, nil, err
		}
		ids, out = append(ids, id), append(out, d)
	}
	return ids, out, rows.Err()
}

// MarkOnHub records that the hub holds the documents with these hashes.
func (s *Store) MarkOnHub(ctx context.Context, hubID string, hashes []string) error {
	return s.withTx(ctx, func(tx *sql.Tx) error {
		for _, h := range hashes {
			if err := markOnHub(ctx, tx, hubID, h); err != nil {
				return err
			}
		}
		return nil
	})
}

func markOnHub(ctx context.Context, tx *sql.Tx, hubID, hash string) error {
	_, err := tx.ExecContext(ctx, "INSERT OR IGNORE INTO hub_documents(hub_id, hash) VALUES (?, ?)", hubID, hash)
	return err
}

// CheckSpans verifies that sentence spans are in order, inside text and
// equal to the code-point slices they claim to be, as an import does.
func CheckSpans(text string, spans []model.Span) error {
	return checkImportDoc(model.ImportDoc{Text: text, Sentences: spans})
}
