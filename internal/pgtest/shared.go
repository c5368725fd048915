package pgtest

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/jackc/pgx/v5"
)

// RequireEnv, when set to 1, turns "PostgreSQL unavailable" from a skip
// into a failure: CI sets it so that the hub tests cannot pass by skipping.
const RequireEnv = "VERITAG_REQUIRE_POSTGRES"

var (
	mainCalled bool
	startOnce  sync.Once
	shared     *Cluster
	sharedErr  error
	dbCounter  atomic.Int64
)

// Main runs a package's tests with one shared cluster for the test binary,
// started by the first test that needs it (fuzz workers never start one)
// and stopped at the end. Where PostgreSQL cannot start it prints one line
// saying why, and the tests that need it skip (or fail, with
// VERITAG_REQUIRE_POSTGRES=1).
func Main(m *testing.M) { os.Exit(Run(m)) }

// Run is Main for a TestMain that has more to do: it runs the tests, stops
// the cluster and returns the exit code.
func Run(m *testing.M) int {
	mainCalled = true
	code := m.Run()
	if shared != nil {
		shared.Close()
	}
	return code
}

// Need returns the shared cluster, or skips the test when there is none.
func Need(t testing.TB) *Cluster {
	t.Helper()
	if !mainCalled {
		t.Fatal("pgtest.Need: the package's TestMain must call pgtest.Main or pgtest.Run")
	}
	startOnce.Do(func() {
		shared, sharedErr = Start()
		if sharedErr != nil {
			fmt.Printf("skipped: PostgreSQL hub tests: %v\n", sharedErr)
		}
	})
	if shared == nil {
		reason := sharedErr.Error()
		if os.Getenv(RequireEnv) == "1" {
			t.Fatalf("PostgreSQL is required (%s=1) but unavailable: %s", RequireEnv, reason)
		}
		t.Skipf("skipped: PostgreSQL unavailable: %s", reason)
	}
	return shared
}

// NewDatabase creates an empty database for one test on the shared cluster
// and returns its name; it is dropped when the test ends.
func NewDatabase(t testing.TB) (*Cluster, string) {
	t.Helper()
	c := Need(t)
	name := fmt.Sprintf("t%d_%s", dbCounter.Add(1), sanitize(t.Name()))
	c.Exec(t, "postgres", "CREATE DATABASE "+pgx.Identifier{name}.Sanitize())
	t.Cleanup(func() {
		c.Exec(t, "postgres", "DROP DATABASE IF EXISTS "+pgx.Identifier{name}.Sanitize()+" WITH (FORCE)")
	})
	return c, name
}

// Exec runs SQL as the superuser on database db, failing the test on error.
func (c *Cluster) Exec(t testing.TB, db, sql string, args ...any) {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, c.SuperURL(db))
	if err != nil {
		t.Fatalf("connect %s: %v", db, err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, sql, args...); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
}

// sanitize makes a test name usable in a database name.
func sanitize(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
		if b.Len() >= 40 {
			break
		}
	}
	return b.String()
}
