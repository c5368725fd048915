package main

import (
	"bufio"
	"bytes"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestTagStdinSurvivesSIGKILL kills `tag --stdin` at random moments, many
// times over, and checks that every acknowledged tag is stored with the
// label last sent for it, that nothing unacknowledged is stored except the
// one line a process may have committed just before it died, and that the
// file passes PRAGMA integrity_check. VERITAG_TEST_SEED reruns a seed.
func TestTagStdinSurvivesSIGKILL(t *testing.T) {
	const sentences, rounds = 300, 30
	bin := binary(t)
	db, ids := generatedDB(t, 1, sentences)
	doc := ids[0]
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("VERITAG_TEST_SEED"); s != "" {
		var err error
		if seed, err = strconv.ParseUint(s, 10, 64); err != nil {
			t.Fatalf("VERITAG_TEST_SEED: %v", err)
		}
	}
	t.Logf("seed %d (VERITAG_TEST_SEED=%d reruns it)", seed, seed)
	rng := rand.New(rand.NewPCG(seed, 0))
	labels := []string{"CLAIM", "FACT", "SPECULATION"}
	// allowed[i] holds the labels sentence i may end with; "" is none.
	allowed := make([]map[string]bool, sentences)
	for i := range allowed {
		allowed[i] = map[string]bool{"": true}
	}
	acked, killed := 0, 0
	for round := range rounds {
		label := func(i int) string { return labels[(round+i)%len(labels)] }
		order := rng.Perm(sentences)
		var in strings.Builder
		for _, i := range order {
			fmt.Fprintf(&in, "%d %d %s\n", doc, i, label(i))
		}
		killAfter, delay := -1, time.Duration(0)
		if rng.IntN(2) == 0 {
			killAfter = rng.IntN(40)
		} else {
			delay = time.Duration(rng.IntN(200)) * time.Millisecond
		}
		out, stderr := tagUntilKilled(t, bin, db, in.String(), killAfter, delay)
		if stderr != "" {
			t.Fatalf("round %d: stderr %q", round, stderr)
		}
		for n, line := range out {
			if want := fmt.Sprintf("ok %d %d", doc, order[n]); line != want {
				t.Fatalf("round %d: line %d of stdout is %q, want %q", round, n+1, line, want)
			}
		}
		got := len(out)
		for _, i := range order[:got] {
			allowed[i] = map[string]bool{label(i): true}
		}
		if got < sentences {
			// The line after the last acknowledged one may have been
			// committed by a process killed before it printed "ok".
			allowed[order[got]][label(order[got])] = true
			killed++
		}
		acked += got
	}
	t.Logf("%d rounds, %d killed before the end, %d tags acknowledged", rounds, killed, acked)
	if acked == 0 || killed == 0 {
		t.Fatalf("%d tags acknowledged, %d processes killed: the test checked nothing", acked, killed)
	}
	stored := storedLabels(t, db, doc, "a")
	for i, ok := range allowed {
		if !ok[stored[i]] {
			t.Errorf("sentence %d is %q, want one of %v", i, stored[i], ok)
		}
	}
}

// tagUntilKilled runs `tag --stdin` as annotator a on input and SIGKILLs
// it after killAfter "ok" lines (when >= 0) or else after delay. It
// returns the lines of stdout, which say what was committed, and stderr.
func tagUntilKilled(t *testing.T, bin, db, input string, killAfter int, delay time.Duration) ([]string, string) {
	t.Helper()
	cmd := exec.Command(bin, "tag", "--stdin", "--db", db, "--annotator", "a")
	cmd.Stdin = strings.NewReader(input)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if killAfter < 0 {
		timer := time.AfterFunc(delay, func() { cmd.Process.Kill() })
		defer timer.Stop()
	} else if killAfter == 0 {
		cmd.Process.Kill()
	}
	var out []string
	lines := bufio.NewScanner(stdout)
	for lines.Scan() {
		out = append(out, lines.Text())
		if len(out) == killAfter {
			cmd.Process.Kill()
		}
	}
	cmd.Wait() // killed or done: either way stdout says what was committed
	return out, stderr.String()
}

// storedLabels opens the file with database/sql, checks its integrity and
// returns each sentence's label by annotator ("" for none), by index.
func storedLabels(t *testing.T, path string, doc int64, annotator string) []string {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path+"?_busy_timeout=10000")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var check string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check: %q %v", check, err)
	}
	rows, err := db.Query(`SELECT s.idx, coalesce(a.label, '') FROM sentences s
		LEFT JOIN annotations a ON a.sentence_id = s.id AND a.annotator = ?
		WHERE s.doc_id = ? ORDER BY s.idx`, annotator, doc)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var idx int
		var label string
		if err := rows.Scan(&idx, &label); err != nil {
			t.Fatal(err)
		}
		if idx != len(out) {
			t.Fatalf("sentence index %d after %d sentences", idx, len(out))
		}
		out = append(out, label)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestImportSurvivesSIGKILL kills a bulk import once it has written pages
// into the file through its rollback journal: merge refuses the file
// untouched, the next command rolls the import back, and the database then
// holds exactly what it held before, passes integrity_check, is in WAL
// mode and takes the import again.
func TestImportSurvivesSIGKILL(t *testing.T) {
	bin := binary(t)
	db, ids := generatedDB(t, 1, 20)
	jsonl := filepath.Join(t.TempDir(), "tiny.jsonl")
	writeTinyDocs(t, jsonl, 300_000)
	st, err := os.Stat(db)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "import", "--db", db, "--lang", "it", jsonl)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	for spilled := false; !spilled; {
		select {
		case err := <-done:
			t.Fatalf("the import ended (%v) before it wrote into the file", err)
		case <-time.After(5 * time.Millisecond):
		}
		j, jerr := os.Stat(db + "-journal")
		now, err := os.Stat(db)
		spilled = jerr == nil && j.Size() > 0 && err == nil && now.Size() > st.Size()
	}
	cmd.Process.Kill()
	<-done
	crashed, _ := os.ReadFile(db)
	other := filepath.Join(t.TempDir(), "other.db")
	out, err := exec.Command(bin, "merge", "--db", other, db).CombinedOutput()
	if err == nil || !strings.Contains(string(out), "-journal") {
		t.Errorf("merge of the interrupted file: %v %s", err, out)
	}
	if now, _ := os.ReadFile(db); !bytes.Equal(now, crashed) {
		t.Error("merge changed the interrupted file")
	}
	out, err = exec.Command(bin, "list", "--db", db).Output()
	if err != nil || bytes.Count(out, []byte("\n")) != 1 {
		t.Fatalf("list after the kill: %v\n%s", err, out)
	}
	if labels := storedLabels(t, db, ids[0], "a"); len(labels) != 20 {
		t.Errorf("the first document has %d sentences, want 20", len(labels))
	}
	if _, err := os.Stat(db + "-journal"); err == nil {
		t.Error("the journal is still there")
	}
	small := filepath.Join(t.TempDir(), "small.jsonl")
	writeTinyDocs(t, small, 3)
	if out, err := exec.Command(bin, "import", "--db", db, "--lang", "it", small).CombinedOutput(); err != nil || bytes.Count(out, []byte("\n")) != 3 {
		t.Errorf("import after recovery: %v\n%s", err, out)
	}
	if mode := journalModeOf(t, db); mode != "wal" {
		t.Errorf("journal mode %q, want wal", mode)
	}
}

// journalModeOf is the journal mode of the database at path.
func journalModeOf(t *testing.T, path string) string {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var mode string
	if err := db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil {
		t.Fatal(err)
	}
	return mode
}

// TestFailedImportIntoANewFileLeavesNoFile: an import into a file that did
// not exist, refused at its third line (broken JSON), leaves neither the
// file nor any -wal, -shm or -journal beside it.
func TestFailedImportIntoANewFileLeavesNoFile(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "new.db")
	jsonl := "{\"text\":\"Uno.\"}\n{\"text\":\"Due.\"}\n{\"text\":\"Tre.\"\n"
	if _, errs, code := cli(t, jsonl, "import", "--db", db, "--lang", "it", "-"); code != 1 || !strings.Contains(errs, "line 3") {
		t.Fatalf("exit %d, %q; want a refusal naming line 3", code, errs)
	}
	for _, side := range []string{"", "-wal", "-shm", "-journal"} {
		if _, err := os.Stat(db + side); err == nil {
			t.Errorf("%s is left after the failed import", filepath.Base(db+side))
		}
	}
}
