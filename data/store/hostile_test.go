package store

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/internal/corpus"
)

// uriLookingNames are file names SQLite would read as URI syntax if a path
// were passed to it as it is.
// textEN is a second document, told apart from textIT by its text.
const textEN = "The city is calm. Lavrov spoke. It may rain."

var uriLookingNames = []string{
	"v.db?x", "v.db?mode=memory", "v.db?immutable=1&mode=ro", "v.db#frag",
	"v%3Fx.db", "file:v.db", "file:v.db?x", "file:/v.db", "file:v.db?mode=rwc&vfs=unix-none",
}

// TestUserPathsAreNeverURIs backs up to, opens and merges files whose
// names look like SQLite URIs: each is exactly the file named, and the
// database the URI would point at keeps every byte.
func TestUserPathsAreNeverURIs(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	ctx := context.Background()
	base := openAt(t, "v.db")
	importOne(t, base, doc(textIT))
	base.Close()
	src := openAt(t, filepath.Join(t.TempDir(), "src.db"))
	importOne(t, src, doc(textEN))
	before, _ := os.ReadFile("v.db")
	for _, name := range uriLookingNames {
		if err := src.Backup(ctx, name); err != nil {
			t.Errorf("backup to %q: %v", name, err)
			continue
		}
		if err := src.Backup(ctx, name); err == nil || !strings.Contains(err.Error(), "already exists") {
			t.Errorf("second backup to %q: %v, want a refusal to overwrite", name, err)
		}
		b, err := Open(ctx, name)
		if err != nil {
			t.Errorf("open %q: %v", name, err)
			continue
		}
		if docs, _ := b.Documents(ctx); len(docs) != 1 || docs[0].Hash != DocumentHash(textEN) {
			t.Errorf("%q holds %+v, want the backed-up document", name, docs)
		}
		b.Close()
		if _, err := src.Merge(ctx, name); err != nil {
			t.Errorf("merge %q: %v", name, err)
		}
	}
	if after, _ := os.ReadFile("v.db"); !bytes.Equal(before, after) {
		t.Error("v.db changed: a path was read as a URI")
	}
	if err := src.Backup(ctx, "v.db"); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("backup over v.db: %v, want a refusal", err)
	}
	if after, _ := os.ReadFile("v.db"); !bytes.Equal(before, after) {
		t.Error("backup overwrote v.db")
	}
}

// TestNonRegularFilesAreRefusedAtOnce gives a named pipe, a socket, a
// device and a folder as the database and as a merge input: each is
// refused, naming what it is, without blocking on it.
func TestNonRegularFilesAreRefusedAtOnce(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	fifo := filepath.Join(dir, "pipe.db")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(dir, "sock.db")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	folder := filepath.Join(dir, "folder.db")
	os.Mkdir(folder, 0o755)
	s, _ := openTemp(t)
	kinds := map[string]string{fifo: "named pipe", sock: "socket", "/dev/null": "device", folder: "folder"}
	opens := map[string]func(context.Context, string) (*Store, error){"Open": Open, "OpenReadOnly": OpenReadOnly, "OpenForReading": OpenForReading}
	for path, kind := range kinds {
		for name, open := range opens {
			if st, err := open(ctx, path); err == nil || !strings.Contains(err.Error(), kind) || !strings.Contains(err.Error(), path) {
				t.Errorf("%s(%s): %v, want a refusal naming a %s", name, path, err, kind)
				if st != nil {
					st.Close()
				}
			}
		}
		if _, err := s.Merge(ctx, path); err == nil || !strings.Contains(err.Error(), kind) {
			t.Errorf("merge %s: %v, want a refusal naming a %s", path, err, kind)
		}
	}
}

// TestRefusedFilesKeepEveryByte refuses files in rollback-journal mode (a
// newer schema, another application's database) and checks that not one
// byte changed and no -wal or -journal file appeared: nothing is written
// before the checks.
func TestRefusedFilesKeepEveryByte(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	newer := filepath.Join(dir, "newer.db")
	s := openAt(t, newer)
	importOne(t, s, doc(textIT))
	s.Close()
	rawExec(t, newer, "PRAGMA journal_mode = DELETE", "PRAGMA user_version = 99")
	foreign := filepath.Join(dir, "foreign.db")
	rawExec(t, foreign, "PRAGMA journal_mode = DELETE", "PRAGMA application_id = 42", "CREATE TABLE t(x)")
	target, _ := openTemp(t)
	for path, want := range map[string]string{newer: "newer Veritag", foreign: "another application"} {
		before, _ := os.ReadFile(path)
		tries := map[string]func() error{
			"Open":         func() error { _, err := Open(ctx, path); return err },
			"OpenReadOnly": func() error { _, err := OpenReadOnly(ctx, path); return err },
			"Merge":        func() error { _, err := target.Merge(ctx, path); return err },
		}
		for name, try := range tries {
			if err := try(); err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("%s %s: %v, want %q", name, filepath.Base(path), err, want)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
				t.Errorf("%s changed %s", name, filepath.Base(path))
			}
			for _, side := range []string{"-wal", "-shm", "-journal"} {
				if _, err := os.Stat(path + side); err == nil {
					t.Errorf("%s made %s%s", name, filepath.Base(path), side)
				}
			}
		}
	}
}

// TestMergeAdvisesRightly: an empty file and an older schema each get
// their own advice.
func TestMergeAdvisesRightly(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	empty := filepath.Join(dir, "empty.db")
	os.WriteFile(empty, nil, 0o644)
	older := filepath.Join(dir, "older.db")
	s := openAt(t, older)
	s.Close()
	rawExec(t, older, "PRAGMA user_version = 0")
	target, _ := openTemp(t)
	for path, want := range map[string]string{empty: "empty", older: "older Veritag"} {
		if _, err := target.Merge(ctx, path); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("merge %s: %v, want %q", filepath.Base(path), err, want)
		}
	}
}

// TestBackupOfACorruptDatabaseFails corrupts a page without changing the
// file's stamp as Veritag recorded it (as a disk could, unseen), so that
// opening a file over the check limit does not scan it: the backup's full
// integrity check finds it, removes the copy and says so.
func TestBackupOfACorruptDatabaseFails(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	path := filepath.Join(t.TempDir(), "c.db")
	s := openAt(t, path)
	importOne(t, s, corpus.Document(3, 0, 400))
	s.Close()
	corruptMiddlePage(t, path)
	defer func(limit int64) { quickCheckLimit = limit }(quickCheckLimit)
	quickCheckLimit = 64 << 10 // the file is over it
	was, _ := stampOf(path)
	recordSeen(path, was)
	s = openAt(t, path)
	out := filepath.Join(t.TempDir(), "copy.db")
	if err := s.Backup(context.Background(), out); err == nil || !strings.Contains(err.Error(), "corrupt") {
		t.Fatalf("backup of a corrupt database: %v, want a corruption error", err)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Fatalf("the corrupt copy %s was left behind (%v)", out, err)
	}
}

// TestCorruptLargeDatabaseIsRefused: a database over the check limit that
// Veritag wrote and closed opens without a scan; once pages in its middle
// are overwritten by another program (its size and modification time put
// back, as a careful attacker would), opening it for writing or reading
// scans it and refuses it, leaving every byte. A file cut short or added
// to is refused whatever its size, by its header alone.
func TestCorruptLargeDatabaseIsRefused(t *testing.T) {
	if _, ok := statStamp(os.Args[0]); !ok {
		t.Skip("no file change time on this system: every open checks")
	}
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	defer func(limit int64) { quickCheckLimit = limit }(quickCheckLimit)
	quickCheckLimit = 64 << 10
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "big.db")
	s := openAt(t, path)
	for i := range 4 {
		importOne(t, s, corpus.Document(uint64(i), 0, 300))
	}
	s.Close()
	st, _ := os.Stat(path)
	if st.Size() <= quickCheckLimit {
		t.Fatalf("the database is %d bytes, not over the limit %d", st.Size(), quickCheckLimit)
	}
	if !seenAsIs(path) {
		t.Fatal("a large database Veritag closed is not recorded as seen")
	}
	if _, scans := ScansOnOpen(path); scans {
		t.Error("a large database Veritag closed would be scanned on open")
	}
	s = openAt(t, path) // opens without a scan, and stays recorded
	s.Close()
	if !seenAsIs(path) {
		t.Fatal("reopening and closing a large database lost its record")
	}

	good, _ := os.ReadFile(path)
	corruptPages(t, path, 3)
	os.Chtimes(path, st.ModTime(), st.ModTime())
	if seenAsIs(path) {
		t.Fatal("a database another program overwrote still counts as seen")
	}
	if size, scans := ScansOnOpen(path); !scans || size != st.Size() {
		t.Errorf("ScansOnOpen of a database another program overwrote: %d, %v", size, scans)
	}
	bad, _ := os.ReadFile(path)
	if _, err := Open(ctx, path); err == nil || !strings.Contains(err.Error(), "corrupt") {
		t.Errorf("open of a large database with overwritten pages: %v, want corrupt", err)
	}
	if _, err := OpenReadOnly(ctx, path); err == nil || !strings.Contains(err.Error(), "corrupt") {
		t.Errorf("read-only open of a large database with overwritten pages: %v, want corrupt", err)
	}
	if now, _ := os.ReadFile(path); !bytes.Equal(now, bad) {
		t.Error("the refused file was changed")
	}

	for name, raw := range map[string][]byte{"cut short": good[:len(good)-4096], "added to": append(good, make([]byte, 4096)...)} {
		os.WriteFile(path, raw, 0o644)
		if _, err := Open(ctx, path); err == nil || !strings.Contains(err.Error(), "header says") {
			t.Errorf("open of a database %s: %v, want its header's size named", name, err)
		}
	}
}

// corruptPages overwrites n pages in the middle of the file with garbage,
// in place, as a stray write by another program would.
func corruptPages(t *testing.T, path string, n int) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, _ := f.Stat()
	const page = 4096
	at := st.Size() / page / 2 * page
	junk := make([]byte, n*page)
	for i := range junk {
		junk[i] = byte(i*31) ^ 0x5a
	}
	if _, err := f.WriteAt(junk, at); err != nil {
		t.Fatal(err)
	}
}

// corruptMiddlePage overwrites the page in the middle of the file, which
// holds sentence rows, with garbage.
func corruptMiddlePage(t *testing.T, path string) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const page = 4096
	at := (len(raw) / page / 2) * page
	for i := at; i < at+page; i++ {
		raw[i] = byte(i*31) ^ 0x5a
	}
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
}

// rawExec runs statements on a file through plain SQLite, as another tool
// (or an attacker) would: no Veritag checks, no foreign keys.
func rawExec(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range stmts {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

// craftedMerges alter a genuine file the ways an attacker would; each must
// be refused with a line naming the fault.
var craftedMerges = map[string]struct {
	sql  []string
	want string
}{
	"poisoned document hash": {[]string{`UPDATE documents SET text = replace(text, 'calma', 'CALMA')`}, "content hash does not match"},
	"poisoned sentence hash": {[]string{`UPDATE sentences SET hash = '00000000000000000000000000000000' WHERE idx = 1`}, "sentence 1: its content hash"},
	"label starting with =":  {[]string{`INSERT INTO labels VALUES ('=HYPERLINK(1)', '8', '#000000', '', 8)`}, "label name"},
	"label key 0":            {[]string{`INSERT INTO labels VALUES ('ZERO', '0', '#000000', '', 8)`}, "key"},
	"label colour red":       {[]string{`INSERT INTO labels VALUES ('RED', '8', 'red', '', 8)`}, "colour"},
	"multi-line description": {[]string{`INSERT INTO labels VALUES ('TWO', '8', '#000000', 'one' || char(10) || 'two', 8)`}, "description"},
	"negative offsets":       {[]string{`UPDATE sentences SET start = -5, "end" = 1000000000 WHERE idx = 0`}, "sentence 0"},
	"sentence index gap":     {[]string{`UPDATE sentences SET idx = idx + 10 WHERE idx = (SELECT max(idx) FROM sentences)`}, "without gaps"},
	"wrong sentence count":   {[]string{`UPDATE documents SET sentence_count = sentence_count + 1`}, "claims"},
	"unknown label":          {[]string{`UPDATE annotations SET label = 'NOPE'`}, "not in the file's label set"},
	"confidence 7":           {[]string{`PRAGMA ignore_check_constraints = ON`, `UPDATE annotations SET confidence = 7`}, "confidence 7"},
	"annotator with newline": {[]string{`UPDATE annotations SET annotator = 'eve' || char(10) || 'ok'`}, "annotator"},
	"text with NUL":          {[]string{`UPDATE documents SET text = text || char(0)`}, "NUL"},
	"title with escape":      {[]string{`UPDATE documents SET title = 'x' || char(27) || '[2J'`}, "title"},
}

// TestMergeTrustsNothing merges a genuine file then crafted copies of it,
// each after a good file in the same call: every crafted file is refused,
// naming the fault, and nothing at all is merged (all or nothing).
func TestMergeTrustsNothing(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	genuine := filepath.Join(dir, "genuine.db")
	g := openAt(t, genuine)
	importOne(t, g, doc(textIT))
	if _, err := g.Annotate(ctx, model.Annotation{DocID: 1, SentenceIndex: 0, Annotator: "anna", Label: "FACT", Confidence: 2}); err != nil {
		t.Fatal(err)
	}
	g.Close()
	good := filepath.Join(dir, "good.db")
	gd := openAt(t, good)
	importOne(t, gd, doc(textEN))
	gd.Close()
	raw, _ := os.ReadFile(genuine)
	target, _ := openTemp(t)
	before := statsOf(t, target)
	for name, c := range craftedMerges {
		path := filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+".db")
		os.WriteFile(path, raw, 0o644)
		rawExec(t, path, c.sql...)
		_, err := target.MergeAll(ctx, []string{good, path})
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), path) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: %v, want one line naming the file and %q", name, err, c.want)
		}
		if after := statsOf(t, target); after != before {
			t.Errorf("%s: the database changed: %+v -> %+v", name, before, after)
		}
	}
	if _, err := target.MergeAll(ctx, []string{good, genuine}); err != nil {
		t.Fatalf("the genuine files: %v", err)
	}
}

// statsOf sums up a database for before/after comparisons.
func statsOf(t *testing.T, s *Store) string {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	labels, _ := s.Labels(context.Background())
	return fmt.Sprintf("%+v %v", st, labels)
}
