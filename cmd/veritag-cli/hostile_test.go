package main

import (
	"os"
	"path/filepath"
	"strings"
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
