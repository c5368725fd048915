// Package hub is Veritag's team hub: one PostgreSQL (15+) database that the
// members' local files sync with. It owns the hub's schema and migrations,
// its roles and row-level security, and the reading and writing of its
// change log. It is the only package that speaks to PostgreSQL.
package hub

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strconv"

	"github.com/jackc/pgx/v5"

	"github.com/veritag/veritag/data/model"
)

// Hub is an open connection to an initialised hub at the current schema.
type Hub struct {
	conn *pgx.Conn
	name string // host:port/database, for messages
	// ID is the hub's identity (a UUID made by hub init): local files keep
	// their sync cursors per hub.
	ID string
	// User is the login the hub knows this connection as: the annotator
	// whose annotations it may write.
	User string
	// labels is the hub's label set as last read on this connection.
	labels []model.Label
}

// Open connects to the hub named by url (a URI or key=value string as psql
// takes it; the password comes from PGPASSWORD or ~/.pgpass) and checks
// that it is a Veritag hub at this version's schema.
func Open(ctx context.Context, url string) (*Hub, error) {
	conn, name, err := connect(ctx, url)
	if err != nil {
		return nil, err
	}
	h := &Hub{conn: conn, name: name}
	if err := h.check(ctx); err != nil {
		conn.Close(context.WithoutCancel(ctx))
		return nil, err
	}
	return h, nil
}

// check refuses what is not a hub at this schema and reads its identity.
func (h *Hub) check(ctx context.Context) error {
	st, err := inspect(ctx, h.conn)
	if err != nil {
		return h.fail(err)
	}
	switch {
	case st.version == 0 && st.foreign:
		return h.errorf("is not a Veritag hub (the database holds other tables)")
	case st.version == 0:
		return h.errorf("has never been initialised: run veritag-cli hub init --hub URL as its owner")
	case st.version > len(migrations):
		return h.errorf("has schema %d, newer than this Veritag knows (%d): update Veritag", st.version, len(migrations))
	case st.version < len(migrations):
		return h.errorf("has the older schema %d: its owner runs veritag-cli hub init --hub URL to upgrade it", st.version)
	}
	err = h.conn.QueryRow(ctx, "SELECT id::text, current_user FROM veritag.hub").Scan(&h.ID, &h.User)
	if err != nil {
		return h.fail(err)
	}
	return h.prepare(ctx)
}

// Name is the hub as messages name it: host:port/database.
func (h *Hub) Name() string { return h.name }

// Close ends the connection.
func (h *Hub) Close() error { return h.conn.Close(context.Background()) }

// connect opens one connection and names the hub for messages.
func connect(ctx context.Context, url string) (*pgx.Conn, string, error) {
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		return nil, "hub", fmt.Errorf("hub: the URL is not a PostgreSQL connection string: %v", oneLine(errors.Unwrap(err), err))
	}
	name := net.JoinHostPort(cfg.Host, strconv.Itoa(int(cfg.Port))) + "/" + cfg.Database
	if cfg.ConnectTimeout == 0 {
		cfg.ConnectTimeout = connectTimeout
	}
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return nil, name, connectError(name, cfg.User, err)
	}
	return conn, name, nil
}
