package gui

import (
	"fmt"
	"os"
	"testing"

	"github.com/veritag/veritag/internal/pgtest"
)

// testDir holds every database that newFakeBackend opens; TestMain
// removes it at the end.
var testDir string

// TestMain makes testDir and runs the tests with one shared PostgreSQL
// cluster for the hub tests (pgtest.Run).
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "veritag-gui-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	testDir = dir
	code := pgtest.Run(m)
	os.RemoveAll(dir)
	os.Exit(code)
}
