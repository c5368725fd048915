package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/veritag/veritag/internal/pgtest"
)

// hubURLFor is a hub URL without a password, as a member types it.
func hubURLFor(c *pgtest.Cluster, user, db string) string {
	return fmt.Sprintf("postgres://%s@127.0.0.1:%d/%s?sslmode=disable", user, c.Port, db)
}

// TestTeamSetsUpAHubAndSyncsFromTheCommandLine follows docs/hub.md: the
// owner runs hub init and hub user for each member, members sync, status
// shows the result; and each bad input gives one line.
func TestTeamSetsUpAHubAndSyncsFromTheCommandLine(t *testing.T) {
	c, db := pgtest.NewDatabase(t)
	owner, anna, bruno := hubURLFor(c, "postgres", db), hubURLFor(c, "anna", db), hubURLFor(c, "bruno", db)
	expect := func(want string, stdin string, args ...string) {
		t.Helper()
		out, errs, code := cli(t, stdin, args...)
		if code != 0 || out != want {
			t.Fatalf("%v: exit %d, stdout %q (want %q), stderr %q", args, code, out, want, errs)
		}
	}
	refused := func(wantCode int, want string, args ...string) {
		t.Helper()
		out, errs, code := cli(t, "a-password\n", args...)
		if code != wantCode || out != "" || !strings.Contains(errs, want) || strings.Count(errs, "\n") != 1 {
			t.Fatalf("%v: exit %d, stdout %q, stderr %q (want one line with %q)", args, code, out, errs, want)
		}
	}
	t.Setenv("PGPASSWORD", pgtest.SuperPassword)
	expect("hub ready\n", "", "hub", "init", "--hub", owner)
	expect("hub ready\n", "", "hub", "init", "--hub", owner)
	expect("user anna annotator\n", "anna-pw\n", "hub", "user", "--hub", owner, "anna", "--role", "annotator")
	expect("user bruno annotator\n", "bruno-pw\n", "hub", "user", "--hub", owner, "bruno", "--role", "annotator")

	dbA, doc := sampleDB(t)
	dbB := filepath.Join(t.TempDir(), "bruno", "veritag.db") // created by sync
	t.Setenv("VERITAG_ANNOTATOR", "anna")
	expect("", "", "tag", "--db", dbA, doc, "0", "CLAIM")
	expect("", "", "tag", "--db", dbA, doc, "1", "FACT")
	t.Setenv("PGPASSWORD", "anna-pw")
	expect("pushed 3 pulled 0\n", "", "sync", "--db", dbA, "--hub", anna)
	expect("pushed 0 pulled 0\n", "", "sync", "--db", dbA, "--hub", anna)
	t.Setenv("PGPASSWORD", "bruno-pw")
	expect("pushed 0 pulled 3\n", "", "sync", "--db", dbB, "--hub", bruno)
	expect("pushed 0 pulled 0\n", "", "sync", "--db", dbB, "--hub", bruno)

	out, _, code := cli(t, "", "hub", "status", "--hub", bruno, "--json")
	var st struct {
		Documents, Sentences, Annotations int
		Annotators                        []string
		LastChange                        *time.Time `json:"last_change"`
	}
	if err := json.Unmarshal([]byte(out), &st); err != nil || code != 0 {
		t.Fatalf("status --json %q: %v", out, err)
	}
	if st.Documents != 1 || st.Sentences < 10 || st.Annotations != 2 || strings.Join(st.Annotators, ",") != "anna" || st.LastChange == nil {
		t.Fatalf("status %+v", st)
	}
	var keys map[string]any
	json.Unmarshal([]byte(out), &keys)
	if len(keys) != 5 {
		t.Fatalf("status --json has keys %v, want exactly documents, sentences, annotations, annotators, last_change", keys)
	}

	refused(2, "holds a password", "sync", "--db", dbB, "--hub", c.URL("bruno", "bruno-pw", db))
	refused(2, "--hub URL is required", "sync", "--db", dbB)
	refused(1, "refused", "hub", "user", "--hub", bruno, "mallory", "--role", "owner")
	t.Setenv("PGPASSWORD", "wrong")
	refused(1, "wrong password for user bruno", "sync", "--db", dbB, "--hub", bruno)
	notOurs := filepath.Join(t.TempDir(), "notes.db")
	os.WriteFile(notOurs, []byte("not a database at all, just text"), 0o644)
	t.Setenv("PGPASSWORD", "bruno-pw")
	refused(1, notOurs, "sync", "--db", notOurs, "--hub", bruno)
}

// TestSyncWatchStopsCleanlyOnSIGTERM runs the real binary with --watch:
// it prints its first sync, keeps running, and exits 0 on SIGTERM.
func TestSyncWatchStopsCleanlyOnSIGTERM(t *testing.T) {
	c, db := pgtest.NewDatabase(t)
	bin := binary(t)
	t.Setenv("PGPASSWORD", pgtest.SuperPassword)
	if _, errs, code := cli(t, "", "hub", "init", "--hub", hubURLFor(c, "postgres", db)); code != 0 {
		t.Fatal(errs)
	}
	cmd := exec.Command(bin, "sync", "--watch", "--db", filepath.Join(t.TempDir(), "w.db"), "--hub", hubURLFor(c, "postgres", db))
	cmd.Env = append(os.Environ(), "PGPASSWORD="+pgtest.SuperPassword)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || line != "pushed 0 pulled 0\n" {
		cmd.Process.Kill()
		t.Fatalf("first line %q: %v", line, err)
	}
	cmd.Process.Signal(syscall.SIGTERM)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("sync --watch after SIGTERM: %v", err)
	}
}
