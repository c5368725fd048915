package hub

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/veritag/veritag/data/model"
)

// Roles a member can have, least to most privileged: an adjudicator can do
// what an annotator can, an owner what an adjudicator can.
const (
	RoleAnnotator   = "annotator"
	RoleAdjudicator = "adjudicator"
	RoleOwner       = "owner"
)

// Roles lists the member roles, least privileged first.
var Roles = []string{RoleAnnotator, RoleAdjudicator, RoleOwner}

// initLock keeps two hub inits on one database from interleaving.
const initLock = 5654414700

// Init creates or upgrades the hub's schema, group roles, privileges and
// policies in the database at url, in one transaction; running it again
// changes nothing. The connecting role owns the hub. It returns the hub's
// name for messages.
func Init(ctx context.Context, url string) (string, error) {
	conn, name, err := connect(ctx, url)
	if err != nil {
		return name, err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	h := &Hub{conn: conn, name: name}
	if err := conn.QueryRow(ctx, "SELECT current_user").Scan(&h.User); err != nil {
		return name, h.fail(err)
	}
	var server int
	if err := conn.QueryRow(ctx, "SELECT current_setting('server_version_num')::int").Scan(&server); err != nil {
		return name, h.fail(err)
	}
	if server < 150000 {
		return name, h.errorf("runs PostgreSQL %d.%d; a hub needs 15 or newer", server/10000, server%10000)
	}
	tx, err := conn.Begin(ctx)
	if err != nil {
		return name, h.fail(err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	if err := h.initTx(ctx, tx); err != nil {
		return name, h.fail(err)
	}
	return name, h.fail(tx.Commit(ctx))
}

// initTx does Init's work inside its transaction.
func (h *Hub) initTx(ctx context.Context, tx pgx.Tx) error {
	if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1)", int64(initLock)); err != nil {
		return err
	}
	st, err := inspect(ctx, tx)
	if err != nil {
		return err
	}
	switch {
	case st.version == 0 && st.foreign:
		return h.errorf("is not a Veritag hub (the database holds other tables): create an empty database for the hub")
	case st.version > len(migrations):
		return h.errorf("has schema %d, newer than this Veritag knows (%d): update Veritag", st.version, len(migrations))
	}
	_, err = tx.Exec(ctx, `CREATE SCHEMA IF NOT EXISTS veritag;
		CREATE TABLE IF NOT EXISTS veritag.schema_version (
			version    int         PRIMARY KEY,
			applied_at timestamptz NOT NULL DEFAULT now())`)
	if err != nil {
		return err
	}
	if err := migrate(ctx, tx, st.version); err != nil {
		return err
	}
	if st.version == 0 {
		for i, l := range model.DefaultLabels {
			_, err := tx.Exec(ctx, "INSERT INTO veritag.labels(name, key, color, description, position) VALUES ($1, $2, $3, $4, $5)",
				l.Name, l.Key, l.Color, l.Description, i)
			if err != nil {
				return err
			}
		}
	}
	roles, err := groupRoles(ctx, tx)
	if err != nil {
		return err
	}
	for _, r := range Roles {
		if err := createGroupRole(ctx, tx, roles[r]); err != nil {
			return err
		}
	}
	_, err = tx.Exec(ctx, grants(roles))
	return err
}

// groupRoles names the hub's group roles after its database, so that hubs
// in one cluster never share them: veritag_<db>_annotator and so on.
func groupRoles(ctx context.Context, q interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}) (map[string]string, error) {
	var db string
	if err := q.QueryRow(ctx, "SELECT current_database()").Scan(&db); err != nil {
		return nil, err
	}
	var b strings.Builder
	for _, r := range strings.ToLower(db) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') || r == '_' {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
		if b.Len() >= 40 {
			break
		}
	}
	out := map[string]string{}
	for _, r := range Roles {
		out[r] = "veritag_" + b.String() + "_" + r
	}
	return out, nil
}

// createGroupRole creates a NOLOGIN group role unless it exists.
func createGroupRole(ctx context.Context, tx pgx.Tx, name string) error {
	var exists bool
	if err := tx.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)", name).Scan(&exists); err != nil || exists {
		return err
	}
	_, err := tx.Exec(ctx, "CREATE ROLE "+ident(name)+" NOLOGIN")
	return err
}

// grants is the least privilege each group role needs; row-level security
// (in the migrations) narrows writes to rows in the member's own name.
func grants(roles map[string]string) string {
	ann, adj, own := ident(roles[RoleAnnotator]), ident(roles[RoleAdjudicator]), ident(roles[RoleOwner])
	return fmt.Sprintf(`
		GRANT %[1]s TO %[2]s;
		GRANT %[2]s TO %[3]s;
		REVOKE ALL ON SCHEMA veritag FROM PUBLIC;
		REVOKE ALL ON ALL TABLES IN SCHEMA veritag FROM PUBLIC;
		REVOKE ALL ON ALL FUNCTIONS IN SCHEMA veritag FROM PUBLIC;
		GRANT USAGE ON SCHEMA veritag TO %[1]s;
		GRANT SELECT ON ALL TABLES IN SCHEMA veritag TO %[1]s;
		GRANT INSERT ON veritag.documents, veritag.sentences TO %[1]s;
		GRANT INSERT, UPDATE, DELETE ON veritag.annotations TO %[1]s;
		GRANT INSERT, UPDATE, DELETE ON veritag.adjudications TO %[2]s;
		GRANT INSERT, UPDATE, DELETE ON veritag.labels TO %[3]s;
		GRANT DELETE ON veritag.documents TO %[3]s;
		DO $$ BEGIN -- schema 2 on (a test builds a schema-1 hub)
			IF to_regprocedure('veritag.changes_horizon()') IS NOT NULL THEN
				GRANT EXECUTE ON FUNCTION veritag.changes_horizon() TO %[1]s;
			END IF;
		END $$;`, ann, adj, own)
}

// ident quotes an SQL identifier.
func ident(name string) string { return pgx.Identifier{name}.Sanitize() }
