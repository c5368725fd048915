package store

import (
	"context"
	"database/sql"
	"errors"

	"github.com/veritag/veritag/data/model"
)

// SeedIfEmpty stores doc the first time a database is opened empty: the
// desktop app calls it so a new user sees something to annotate. It is
// offered once per database, so a user who deletes it (or every article)
// is not given it back. It reports whether it imported. veritag-cli never
// calls it.
func (s *Store) SeedIfEmpty(ctx context.Context, doc model.ImportDoc) (bool, error) {
	var seeded bool
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		var v string
		err := tx.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = 'sample_offered'").Scan(&v)
		if err == nil || !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO meta(key, value) VALUES ('sample_offered', ?)", stamp(s.Now())); err != nil {
			return err
		}
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM (SELECT 1 FROM documents LIMIT 1)").Scan(&n); err != nil || n > 0 {
			return err
		}
		_, err = s.importDocsTx(ctx, tx, []model.ImportDoc{doc}, nil)
		seeded = err == nil
		return err
	})
	return seeded && err == nil, err
}
