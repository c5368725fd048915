package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"

	"github.com/veritag/veritag/data/migration"
	"github.com/veritag/veritag/data/model"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// migrations are the embedded SQL files in order; migration i (0-based)
// brings user_version from i to i+1.
var migrations = migration.Load(migrationFS)

// migrate brings the database to the newest schema, each step in its own
// BEGIN IMMEDIATE transaction together with its user_version bump.
func migrate(ctx context.Context, db *sql.DB) error {
	for {
		var version int
		if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
			return err
		}
		if version > len(migrations) {
			return fmt.Errorf("the database was written by a newer Veritag (schema %d, this one knows %d)", version, len(migrations))
		}
		if version == len(migrations) {
			return nil
		}
		if err := migrateStep(ctx, db, version); err != nil {
			return fmt.Errorf("migrating to schema %d: %w", version+1, err)
		}
	}
}

// migrateStep applies migration number version (0-based) in one
// transaction. Foreign keys are off during the step, as SQLite's procedure
// for rebuilding a table asks (dropping the old table must not cascade to
// the rows that refer to it), and checked before the commit.
func migrateStep(ctx context.Context, db *sql.DB, version int) error {
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "PRAGMA foreign_keys = OFF"); err != nil {
		return err
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), "PRAGMA foreign_keys = ON")
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var current int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&current); err != nil {
		return err
	}
	if current != version {
		return nil // another process migrated meanwhile
	}
	if _, err := tx.ExecContext(ctx, migrations[version]); err != nil {
		return err
	}
	if version == 0 {
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", ApplicationID)); err != nil {
			return err
		}
		for i, l := range model.DefaultLabels {
			if err := insertLabel(ctx, tx, l, i); err != nil {
				return err
			}
		}
	}
	if err := checkForeignKeys(ctx, tx); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", version+1)); err != nil {
		return err
	}
	return tx.Commit()
}

// checkForeignKeys fails if any row refers to a row that does not exist.
func checkForeignKeys(ctx context.Context, tx *sql.Tx) error {
	var table string
	var rowid sql.NullInt64
	var parent string
	var fk int
	err := tx.QueryRowContext(ctx, "PRAGMA foreign_key_check").Scan(&table, &rowid, &parent, &fk)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	return fmt.Errorf("a row of %s (rowid %d) refers to a missing row of %s", table, rowid.Int64, parent)
}
