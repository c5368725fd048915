package main

import (
	"bytes"
	"database/sql"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
)

// TestHostileInputLeavesDatabaseUnchanged feeds every kind of bad input
// DESIGN.md names to import (and bad database files to --db) and checks
// for one clear error line naming the file, exit 1, and a database that
// is exactly as it was.
func TestHostileInputLeavesDatabaseUnchanged(t *testing.T) {
	db, _ := sampleDB(t)
	cli(t, "", "tag", "--db", db, "--annotator", "a", "1", "0", "FACT")
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", []byte("Una frase valida. Un'altra frase valida."))
	binary := make([]byte, 4096)
	for i := range binary {
		binary[i] = byte(i * 7)
	}
	cases := map[string]string{
		write("empty.txt", nil):                                                   "empty",
		write("blank.md", []byte("   \n\t\n")):                                    "",
		write("binary.txt", binary):                                               "",
		write("nul.txt", []byte("testo\x00con\x00NUL\x00dentro")):                 "",
		write("invalid.txt", []byte("testo \x81\x8d\x90\x9d\xc3\x28 non valido")): "",
		write("broken.jsonl", []byte("{\"text\":\"ok\"}\n{\"text\": \"no\"\n")):   "line 2",
		write("notext.jsonl", []byte("{\"title\":\"x\"}\n")):                      "line 1",
		write("broken.csv", []byte("title,text\n\"a,\"b\"\n")):                    "line",
		write("notextcol.csv", []byte("title,body\nx,y\n")):                       "text",
		write("script.html", []byte("<html><head><script>alert(1)</script><style>p{}</style></head><body><script>x()</script></body></html>")): "",
		write("bad.json", []byte("[{\"data\": 5}]")):                                          "",
		write("unknown.jsonl", []byte("{\"text\":\"Una frase.\",\"label\":[\"OPINION\"]}\n")): "OPINION",
	}
	before := snapshot(t, db)
	for path, want := range cases {
		name := filepath.Base(path)
		_, errs, code := cli(t, "", "import", "--db", db, good, path)
		if code != 1 || !strings.Contains(errs, name) || !strings.Contains(errs, want) || strings.Count(strings.TrimSpace(errs), "\n") > 0 {
			t.Errorf("%s: exit %d, stderr %q; want exit 1 and one line naming the file (and %q)", name, code, errs, want)
		}
		if after := snapshot(t, db); after != before {
			t.Errorf("%s: the database changed:\n%s\n->\n%s", name, before, after)
		}
	}
	// Files that are not Veritag databases are refused and never modified.
	foreign := map[string][]byte{
		"text.db":    []byte(strings.Repeat("not a database at all ", 10)),
		"binary.db":  binary,
		"corrupt.db": corrupted(t, db),
	}
	for name, data := range foreign {
		p := write(name, data)
		_, errs, code := cli(t, "", "list", "--db", p)
		if code != 1 || !strings.Contains(errs, p) {
			t.Errorf("%s: exit %d, stderr %q", name, code, errs)
		}
		if now, _ := os.ReadFile(p); string(now) != string(data) {
			t.Errorf("%s was modified", name)
		}
	}
}

// snapshot is what a database holds, as list and stats print it.
func snapshot(t *testing.T, db string) string {
	t.Helper()
	list, _, _ := cli(t, "", "list", "--db", db)
	stats, _, _ := cli(t, "", "stats", "--db", db)
	return list + stats
}

// corrupted returns a copy of a database file with its pages scrambled but
// its header intact.
func corrupted(t *testing.T, db string) []byte {
	t.Helper()
	tmp := filepath.Join(t.TempDir(), "copy.db")
	if _, errs, code := cli(t, "", "backup", "--db", db, tmp); code != 0 {
		t.Fatal(errs)
	}
	data, err := os.ReadFile(tmp)
	if err != nil {
		t.Fatal(err)
	}
	for i := 100; i < len(data); i += 5 {
		data[i] ^= 0xa5
	}
	return data
}

// TestURILookingPathsAreFiles backs up to paths SQLite would read as URIs
// (v.db?x would be v.db): each makes exactly the file named, a database
// that already exists is never overwritten, and --db and merge take the
// same paths as files.
func TestURILookingPathsAreFiles(t *testing.T) {
	db, _ := sampleDB(t)
	dir := t.TempDir()
	t.Chdir(dir)
	cli(t, "", "import", "--db", "v.db", writeFile(t, dir, "one.txt", "Una frase sola."))
	before, _ := os.ReadFile("v.db")
	for _, name := range []string{"v.db?x", "v.db?mode=memory", "file:v.db", "file:v.db?x", "v.db#x", "v%3Fx.db"} {
		if _, errs, code := cli(t, "", "backup", "--db", db, name); code != 0 {
			t.Errorf("backup to %q: exit %d, %s", name, code, errs)
		}
		if _, err := os.Stat(name); err != nil {
			t.Errorf("backup to %q made no such file: %v", name, err)
		}
		if _, errs, code := cli(t, "", "backup", "--db", db, name); code != 1 || !strings.Contains(errs, "already exists") {
			t.Errorf("second backup to %q: exit %d, %q; want a refusal to overwrite", name, code, errs)
		}
		if out, errs, code := cli(t, "", "list", "--db", name); code != 0 || !strings.Contains(out, "kursk") {
			t.Errorf("list --db %q: exit %d, %q %q", name, code, out, errs)
		}
		if _, errs, code := cli(t, "", "merge", "--db", filepath.Join(dir, "target.db"), name); code != 0 {
			t.Errorf("merge %q: exit %d, %s", name, code, errs)
		}
	}
	if after, _ := os.ReadFile("v.db"); !bytes.Equal(before, after) {
		t.Error("v.db changed: a path was read as a URI")
	}
	if _, errs, code := cli(t, "", "backup", "--db", db, "v.db"); code != 1 || !strings.Contains(errs, "already exists") {
		t.Errorf("backup over v.db: exit %d, %q", code, errs)
	}
}

// TestNonRegularFilesAsDatabase gives a named pipe, a device and a folder
// as --db and as merge input: one clear line at once, exit 1.
func TestNonRegularFilesAsDatabase(t *testing.T) {
	db, _ := sampleDB(t)
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.db")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	for path, kind := range map[string]string{fifo: "named pipe", "/dev/zero": "device", dir: "folder"} {
		for _, args := range [][]string{{"list", "--db", path}, {"tag", "--db", path, "1", "0", "FACT"}, {"merge", "--db", db, path}} {
			_, errs, code := cli(t, "", args...)
			if code != 1 || !strings.Contains(errs, kind) || strings.Count(strings.TrimSpace(errs), "\n") > 0 {
				t.Errorf("%v: exit %d, %q; want one line naming a %s", args, code, errs, kind)
			}
		}
	}
}

// TestMergeIsAllOrNothing merges a good file and a crafted one in one
// call: the crafted one is refused by name and nothing is merged.
func TestMergeIsAllOrNothing(t *testing.T) {
	target, _ := sampleDB(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "good.db")
	cli(t, "", "import", "--db", good, writeFile(t, dir, "a.txt", "Una frase buona. E un'altra."))
	cli(t, "", "tag", "--db", good, "--annotator", "eve", "1", "0", "FACT")
	crafted := filepath.Join(dir, "crafted.db")
	if _, errs, code := cli(t, "", "backup", "--db", good, crafted); code != 0 {
		t.Fatal(errs)
	}
	db, err := sql.Open("sqlite3", crafted)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`UPDATE sentences SET start = -5, "end" = 1000000000 WHERE idx = 0`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	before := snapshot(t, target)
	_, errs, code := cli(t, "", "merge", "--db", target, good, crafted)
	if code != 1 || !strings.Contains(errs, "crafted.db") || !strings.Contains(errs, "sentence 0") || !strings.Contains(errs, "nothing was merged") {
		t.Errorf("exit %d, %q; want a refusal naming crafted.db and its sentence 0", code, errs)
	}
	if after := snapshot(t, target); after != before {
		t.Errorf("good.db was merged before crafted.db was refused:\n%s\n->\n%s", before, after)
	}
	empty := writeFile(t, dir, "empty.db", "")
	if _, errs, _ := cli(t, "", "merge", "--db", target, empty); !strings.Contains(errs, "empty") || strings.Contains(errs, "open it once") {
		t.Errorf("merge of an empty file: %q", errs)
	}
}

// TestHugeLinesOnStdin sends a 400 MB line to every stdin mode: each
// refuses it with a line naming it, and memory stays bounded: the command
// allocates less than the line (it is never held whole; segment holds up
// to its 64 MB limit).
func TestHugeLinesOnStdin(t *testing.T) {
	db, _ := sampleDB(t)
	const huge = 400 << 20
	cases := []struct {
		args     []string
		want     string
		maxAlloc uint64
	}{
		{[]string{"tag", "--db", db, "--annotator", "a", "--stdin"}, "line 2: longer than 1 MB", 32 << 20},
		{[]string{"search", "--db", db, "--stdin"}, "line 2", 32 << 20},
		{[]string{"segment", "--format", "jsonl"}, "line 2: a record longer than 64 MB", 3 * maxTextLine},
	}
	for _, c := range cases {
		in := io.MultiReader(strings.NewReader("1 0 FACT\n"), &repeatReader{b: 'x', n: huge}, strings.NewReader("\n1 1 CLAIM\n"))
		if c.args[0] == "segment" {
			in = io.MultiReader(strings.NewReader("{\"text\":\"Uno. Due.\"}\n{\"text\":\""), &repeatReader{b: 'x', n: huge}, strings.NewReader("\"}\n"))
		}
		var out, errb bytes.Buffer
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		code := run(c.args, in, &out, &errb)
		runtime.ReadMemStats(&after)
		if code != 1 || !strings.Contains(errb.String(), c.want) {
			t.Errorf("%s: exit %d, stderr %q; want %q", c.args[0], code, errb.String(), c.want)
		}
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > c.maxAlloc {
			t.Errorf("%s allocated %d MB for a %d MB line: the line was held", c.args[0], alloc>>20, huge>>20)
		}
	}
}

// repeatReader yields n copies of b.
type repeatReader struct {
	b byte
	n int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, io.EOF
	}
	k := min(len(p), r.n)
	for i := range k {
		p[i] = r.b
	}
	r.n -= k
	return k, nil
}

// TestMixedEncodingsImport imports a file of UTF-8 and Windows-1252 lines
// and one of UTF-16 without a BOM: stored as the words they are, never as
// mojibake; a line that mixes both is refused with its number.
func TestMixedEncodingsImport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "v.db")
	mixed := writeFile(t, dir, "mixed.txt", "Perché è così?\nPerch\xe9 \xe8 cos\xec, disse.\n")
	var u16 []byte
	for _, r := range "Perché è così? Sì." {
		u16 = append(u16, byte(r), byte(r>>8))
	}
	utf16 := writeFile(t, dir, "u16.txt", string(u16))
	if _, errs, code := cli(t, "", "import", "--db", db, mixed, utf16); code != 0 {
		t.Fatal(errs)
	}
	for doc, want := range map[string]string{"1": "Perché è così, disse.", "2": "Perché è così?\n1\tSì."} {
		out, _, _ := cli(t, "", "show", "--db", db, doc)
		if !strings.Contains(out, want) || strings.Contains(out, "Ã") {
			t.Errorf("document %s: %q, want %q", doc, out, want)
		}
	}
	bad := writeFile(t, dir, "bad.txt", "Uno.\nDue.\nPerché \xe8 qui.\n")
	if _, errs, code := cli(t, "", "import", "--db", db, bad); code != 1 || !strings.Contains(errs, "line 3") {
		t.Errorf("a line mixing encodings: exit %d, %q; want line 3", code, errs)
	}
}

// TestHonestMessages: a negative sentence index and a label that only
// Unicode case folding would match get their own clear messages.
func TestHonestMessages(t *testing.T) {
	db, _ := sampleDB(t)
	if _, errs, code := cli(t, "", "tag", "--db", db, "1", "-1", "FACT"); code != 2 || !strings.Contains(errs, "SENTENCE must be a 0-based sentence index") {
		t.Errorf("negative index: exit %d, %q", code, errs)
	}
	if _, errs, code := cli(t, "", "tag", "--db", db, "--annotator", "a", "1", "0", "claım"); code != 1 || !strings.Contains(errs, "CLAıM") {
		t.Errorf("claım: exit %d, %q; want a refusal naming CLAıM", code, errs)
	}
	if _, errs, code := cli(t, "", "tag", "--db", db, "--annotator", "a", "1", "0", "claim"); code != 0 {
		t.Errorf("claim: exit %d, %q", code, errs)
	}
}

// writeFile writes content to dir/name and returns the path.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestReadsWorkOnReadOnlyFolder makes a database's folder and file
// read-only and runs every reading command as a user who cannot write
// there (nobody, when the test runs as root): each works, and no -wal or
// -shm file appears; a write says the database is read-only.
func TestReadsWorkOnReadOnlyFolder(t *testing.T) {
	db, doc := sampleDB(t)
	cli(t, "", "tag", "--db", db, "--annotator", "a", doc, "0", "FACT")
	dir := filepath.Dir(db)
	bin := filepath.Join(dir, "veritag-cli")
	exe, err := os.ReadFile(binary(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin, exe, 0o755); err != nil {
		t.Fatal(err)
	}
	for p := dir; p != "/" && p != os.TempDir(); p = filepath.Dir(p) {
		os.Chmod(p, 0o755) // let nobody reach the folder
	}
	os.Chmod(db, 0o444)
	os.Chmod(dir, 0o555)
	defer os.Chmod(dir, 0o755)
	runAs := func(args ...string) (string, string, error) {
		cmd := exec.Command(bin, args...)
		if os.Geteuid() == 0 {
			cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
		}
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		return out.String(), errb.String(), err
	}
	for _, args := range [][]string{
		{"list", "--db", db}, {"show", "--db", db, doc}, {"search", "--db", db, "Kursk"},
		{"export", "--db", db, "--format", "jsonl"}, {"stats", "--db", db},
	} {
		if out, errs, err := runAs(args...); err != nil || out == "" {
			t.Errorf("%s on a read-only folder: %v, stdout %d bytes, stderr %q", args[0], err, len(out), errs)
		}
	}
	for _, side := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(db + side); err == nil {
			t.Errorf("reading made %s", filepath.Base(db+side))
		}
	}
	if _, errs, err := runAs("tag", "--db", db, "--annotator", "a", doc, "0", "FACT"); err == nil || strings.Contains(errs, "no such file") || !strings.Contains(errs, "read") {
		t.Errorf("tag on a read-only folder: %v, %q; want a clear read-only error", err, errs)
	}
}
