package hub

import (
	"context"
	"strings"
	"testing"

	"github.com/veritag/veritag/internal/pgtest"
)

// TestBadHubsAreRefusedWithOneLineNamingTheHub covers the bad input list
// of the team hub: each gives one line naming the hub and changes nothing.
func TestBadHubsAreRefusedWithOneLineNamingTheHub(t *testing.T) {
	th := newTestHub(t)
	ctx := context.Background()
	anna := th.member(t, "anna", RoleAnnotator)
	c := th.c

	_, empty := pgtest.NewDatabase(t)
	_, foreign := pgtest.NewDatabase(t)
	c.Exec(t, foreign, "CREATE TABLE customers (id int)")
	_, newer := pgtest.NewDatabase(t)
	if _, err := Init(ctx, c.SuperURL(newer)); err != nil {
		t.Fatal(err)
	}
	c.Exec(t, newer, "INSERT INTO veritag.schema_version(version) VALUES (99)")

	cases := []struct {
		name, url, want string
		offline         bool
	}{
		{"wrong password", c.URL("anna", "not-her-password", th.db), "wrong password for user anna", false},
		{"unknown host", "postgres://anna@no-such-host.invalid:5432/hub?connect_timeout=5", "unknown host no-such-host.invalid", true},
		{"nothing listening", "postgres://anna:x@127.0.0.1:1/hub?sslmode=disable", "unreachable", true},
		{"not a hub", c.SuperURL(foreign), "is not a Veritag hub", false},
		{"never initialised", c.SuperURL(empty), "has never been initialised", false},
		{"newer schema", c.SuperURL(newer), "has schema 99, newer than this Veritag knows", false},
		{"no such database", c.SuperURL("nohub"), "no such database", false},
	}
	for _, tc := range cases {
		_, err := Open(ctx, tc.url)
		if err == nil || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "\n") || !strings.HasPrefix(err.Error(), "hub ") {
			t.Errorf("%s: %v (want one line with %q)", tc.name, err, tc.want)
			continue
		}
		if IsOffline(err) != tc.offline {
			t.Errorf("%s: offline = %v", tc.name, IsOffline(err))
		}
	}
	// init refuses the foreign and the newer database too, and leaves them be
	if _, err := Init(ctx, c.SuperURL(foreign)); err == nil || !strings.Contains(err.Error(), "is not a Veritag hub") {
		t.Errorf("init of a foreign database: %v", err)
	}
	if _, err := Init(ctx, c.SuperURL(newer)); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("init of a newer hub: %v", err)
	}
	conn := sqlConn(t, c.SuperURL(foreign))
	var schemas int
	if err := conn.QueryRow(ctx, "SELECT count(*) FROM pg_namespace WHERE nspname = 'veritag'").Scan(&schemas); err != nil || schemas != 0 {
		t.Errorf("init touched a foreign database: %d %v", schemas, err)
	}
	// a role without the rights for the action
	if _, err := Init(ctx, anna); !IsRefused(err) || !strings.Contains(err.Error(), th.db) {
		t.Errorf("init by an annotator: %v", err)
	}
}
