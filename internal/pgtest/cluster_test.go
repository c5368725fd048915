package pgtest

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"
)

func TestMain(m *testing.M) { Main(m) }

// TestClusterRunsUnprivilegedAndRestarts proves the cluster answers SQL on
// its port as a non-superuser-owned server, refuses a wrong password, and
// comes back after Stop/Start.
func TestClusterRunsUnprivilegedAndRestarts(t *testing.T) {
	c, db := NewDatabase(t)
	ctx := context.Background()
	query := func() int {
		conn, err := pgx.Connect(ctx, c.SuperURL(db))
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close(ctx)
		var n int
		if err := conn.QueryRow(ctx, "SELECT current_setting('server_version_num')::int").Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if v := query(); v < 150000 {
		t.Fatalf("server version %d, want 15+", v)
	}
	if _, err := pgx.Connect(ctx, c.URL("postgres", "wrong", db)); err == nil {
		t.Fatal("a wrong password was accepted")
	}
	if err := c.Stop(); err != nil {
		t.Fatal(err)
	}
	if _, err := pgx.Connect(ctx, c.SuperURL(db)); err == nil {
		t.Fatal("connected to a stopped server")
	}
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	if v := query(); v < 150000 {
		t.Fatalf("after restart: version %d", v)
	}
}
