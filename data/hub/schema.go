package hub

import (
	"context"
	"embed"

	"github.com/jackc/pgx/v5"

	"github.com/veritag/veritag/data/migration"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// migrations are the hub's embedded SQL files in order; migration i
// (0-based) brings the schema from version i to i+1.
var migrations = migration.Load(migrationFS)

// schemaState is what a database holds: the hub schema's version (0 when
// there is none) and whether it holds tables that are not the hub's.
type schemaState struct {
	version int
	foreign bool
}

// inspect reads the schema state without changing anything.
func inspect(ctx context.Context, q interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}) (schemaState, error) {
	var st schemaState
	var hasSchema, hasVersion bool
	err := q.QueryRow(ctx, `SELECT
		EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'veritag'),
		to_regclass('veritag.schema_version') IS NOT NULL,
		EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		         WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
		           AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'veritag')
		           AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%')`).
		Scan(&hasSchema, &hasVersion, &st.foreign)
	if err != nil || !hasSchema {
		return st, err
	}
	if !hasVersion {
		st.foreign = true // a schema named veritag that is not ours
		return st, nil
	}
	err = q.QueryRow(ctx, "SELECT coalesce(max(version), 0) FROM veritag.schema_version").Scan(&st.version)
	return st, err
}

// migrate applies the migrations the hub lacks, in the caller's
// transaction, recording each in the version table.
func migrate(ctx context.Context, tx pgx.Tx, from int) error {
	for v := from; v < len(migrations); v++ {
		if _, err := tx.Exec(ctx, migrations[v]); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, "INSERT INTO veritag.schema_version(version) VALUES ($1)", v+1); err != nil {
			return err
		}
	}
	return nil
}
