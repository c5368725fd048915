package store

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"

	"github.com/veritag/veritag/data/model"
)

// ImportStream stores the documents produce hands to put, all or nothing,
// in one transaction, without holding on to them: memory stays bounded
// however many there are. A Store opened with OpenBatch writes them
// through a rollback journal when it can (rollbackJournal). produce runs
// on a goroutine of its own (reading and parsing on one core while SQLite
// writes on another) and must stop when put returns an error. Each document is checked as ImportDocs checks
// it, and a document whose text is already stored is not duplicated.
// stored, if not nil, is called with each stored (or found) document
// before the commit, so a caller reporting them must hold the report back
// until ImportStream returns nil. It returns the number of documents.
func (s *Store) ImportStream(ctx context.Context, produce func(put func(model.ImportDoc) error) error, stored func(model.Document) error) (int, error) {
	n := 0
	defer s.rollbackJournal(ctx)()
	err := s.withBulkTx(ctx, func(tx *sql.Tx) error {
		labels, err := listLabels(ctx, tx)
		if err != nil {
			return err
		}
		known := map[string]bool{}
		for _, l := range labels {
			known[l.Name] = true
		}
		rows, err := s.newSentenceRows(ctx, tx)
		if err != nil {
			return err
		}
		defer rows.close()
		if err := rows.deferHashIndexes(); err != nil {
			return err
		}
		err = pipeline(ctx, produce, func(c checkedDoc) error {
			d := c.ImportDoc
			if c.invalid != nil {
				return fmt.Errorf("%s: %w", docName(d, n), c.invalid)
			}
			if unknown := unknownLabels(d, known); len(unknown) > 0 {
				return fmt.Errorf("%s: unknown label(s) %s: add them to the label set first (veritag-cli labels add NAME)", docName(d, n), strings.Join(unknown, ", "))
			}
			doc, err := s.importDoc(ctx, tx, rows, c.hashedDoc)
			if err != nil {
				return fmt.Errorf("%s: %w", docName(d, n), err)
			}
			n++
			if stored != nil {
				return stored(doc)
			}
			return nil
		})
		if err != nil {
			return err
		}
		return rows.finish()
	})
	if err != nil {
		return 0, err
	}
	return n, nil
}

// unknownLabels lists, sorted, the labels a document uses that known lacks.
func unknownLabels(d model.ImportDoc, known map[string]bool) []string {
	seen := map[string]bool{}
	for _, a := range d.Annotations {
		if l := model.LabelName(a.Label); !known[l] {
			seen[l] = true
		}
	}
	for _, l := range d.Adjudicated {
		if l = model.LabelName(l); !known[l] {
			seen[l] = true
		}
	}
	out := make([]string, 0, len(seen))
	for l := range seen {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}
