package hub

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/veritag/veritag/internal/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// testHub is an initialised hub in a fresh database.
type testHub struct {
	c  *pgtest.Cluster
	db string
}

// newTestHub creates a database and runs hub init in it as the superuser.
func newTestHub(t *testing.T) testHub {
	t.Helper()
	c, db := pgtest.NewDatabase(t)
	if _, err := Init(context.Background(), c.SuperURL(db)); err != nil {
		t.Fatal(err)
	}
	return testHub{c, db}
}

// ownerURL is the connection URI of the role that ran hub init.
func (th testHub) ownerURL() string { return th.c.SuperURL(th.db) }

// member adds a login role and returns its connection URI.
func (th testHub) member(t *testing.T, name, role string) string {
	t.Helper()
	ctx := context.Background()
	h, err := Open(ctx, th.ownerURL())
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	if err := h.AddUser(ctx, name, role, name+"-secret"); err != nil {
		t.Fatal(err)
	}
	return th.c.URL(name, name+"-secret", th.db)
}

// sql connects with plain SQL as the user of url.
func sqlConn(t *testing.T, url string) *pgx.Conn {
	t.Helper()
	conn, err := pgx.Connect(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}
