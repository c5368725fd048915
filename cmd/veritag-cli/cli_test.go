package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/veritag/veritag/assets"
)

// cli runs one command line in-process and returns stdout, stderr and the
// exit code.
func cli(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

// sampleDB imports the sample article into a new temp database.
func sampleDB(t *testing.T) (db, doc string) {
	t.Helper()
	dir := t.TempDir()
	db = filepath.Join(dir, "v.db")
	file := filepath.Join(dir, "kursk.txt")
	os.WriteFile(file, []byte(assets.SampleArticle), 0o644)
	out, errs, code := cli(t, "", "import", "--db", db, file)
	if code != 0 {
		t.Fatalf("import: %d %s", code, errs)
	}
	fields := strings.Split(strings.TrimSpace(out), "\t")
	if len(fields) != 3 {
		t.Fatalf("import printed %q", out)
	}
	return db, fields[0]
}

func TestImportListShowRoundTrip(t *testing.T) {
	db, doc := sampleDB(t)
	out, _, _ := cli(t, "", "list", "--db", db)
	if lines := strings.Split(strings.TrimSpace(out), "\n"); len(lines) != 1 || !strings.HasPrefix(lines[0], doc+"\t") {
		t.Fatalf("list = %q", out)
	}
	out, errs, code := cli(t, "", "show", "--db", db, "--json", doc)
	if code != 0 {
		t.Fatalf("show: %s", errs)
	}
	var shown struct {
		Text      string
		Sentences []struct {
			Index      int
			Text, Kind string
			Start, End int
		}
	}
	if err := json.Unmarshal([]byte(out), &shown); err != nil {
		t.Fatal(err)
	}
	runes := []rune(shown.Text)
	if n := len(shown.Sentences); n < 20 || n > 45 {
		t.Fatalf("the sample article has %d sentences", n)
	}
	for _, s := range shown.Sentences {
		if string(runes[s.Start:s.End]) != s.Text {
			t.Fatalf("sentence %d does not slice by code points", s.Index)
		}
	}
	if !strings.Contains(shown.Sentences[3].Text, "Il ruolo delle truppe") {
		t.Errorf("the heading is not a sentence of its own: %q", shown.Sentences[3].Text)
	}
	if shown.Sentences[3].Kind != "heading" || shown.Sentences[4].Kind != "sentence" {
		t.Errorf("kinds %q, %q: want the heading marked, the next sentence not", shown.Sentences[3].Kind, shown.Sentences[4].Kind)
	}
}

func TestTagUntagShow(t *testing.T) {
	db, doc := sampleDB(t)
	note := `conditional "sarebbe", virgola, à`
	for _, args := range [][]string{
		{"tag", "--db", db, "--annotator", "ann1", doc, "0", "claim"},
		{"tag", "--db", db, "--annotator", "ann1", "--note", note, "--confidence", "2", doc, "2", "Speculation"},
		{"tag", "--db", db, "--annotator", "ann2", doc, "0", "FACT"},
		{"untag", "--db", db, "--annotator", "ann2", doc, "0"},
	} {
		if _, errs, code := cli(t, "", args...); code != 0 {
			t.Fatalf("%v: %d %s", args, code, errs)
		}
	}
	out, _, _ := cli(t, "", "show", "--db", db, "--json", doc)
	var shown struct {
		Sentences []struct {
			Annotations []struct {
				Annotator, Label, Note string
				Confidence             *int
			}
		}
	}
	json.Unmarshal([]byte(out), &shown)
	a0, a2 := shown.Sentences[0].Annotations, shown.Sentences[2].Annotations
	if len(a0) != 1 || a0[0].Label != "CLAIM" || a0[0].Confidence != nil {
		t.Errorf("sentence 0: %+v", a0)
	}
	if len(a2) != 1 || a2[0].Label != "SPECULATION" || a2[0].Note != note || a2[0].Confidence == nil || *a2[0].Confidence != 2 {
		t.Errorf("sentence 2: %+v", a2)
	}
}

func TestErrorsAndExitCodes(t *testing.T) {
	db, doc := sampleDB(t)
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"no-such-command"}, 2, "unknown command"},
		{[]string{"tag", "--db", db, doc, "9999", "CLAIM"}, 1, "no sentence 9999"},
		{[]string{"tag", "--db", db, doc, "0", "OPINION"}, 1, "unknown label OPINION"},
		{[]string{"tag", "--db", db, doc, "zero", "CLAIM"}, 2, "SENTENCE"},
		{[]string{"tag", "--db", db, doc, "0"}, 2, "expected 3"},
		{[]string{"tag", "--bogus", "--db", db, doc, "0", "FACT"}, 2, "bogus"},
		{[]string{"show", "--db", db, "77"}, 1, "document 77"},
		{[]string{"segment", "--format", "xml"}, 2, "xml"},
	}
	for _, c := range cases {
		_, errs, code := cli(t, "", c.args...)
		if code != c.code || !strings.Contains(errs, c.want) || strings.Count(strings.TrimSpace(errs), "\n") > 0 {
			t.Errorf("%v: exit %d, stderr %q; want exit %d mentioning %q on one line", c.args, code, errs, c.code, c.want)
		}
	}
}

func TestTagStdinAcknowledgesEachCommit(t *testing.T) {
	db, doc := sampleDB(t)
	in := doc + " 0 CLAIM\n" + doc + " 1 nonsense\nbad line\n" + doc + " 2 fact\n"
	out, errs, code := cli(t, in, "tag", "--db", db, "--annotator", "bulk", "--stdin")
	if code != 1 {
		t.Errorf("exit %d, want 1 after bad lines", code)
	}
	if want := "ok " + doc + " 0\nok " + doc + " 2\n"; out != want {
		t.Errorf("stdout %q, want %q", out, want)
	}
	if !strings.Contains(errs, "line 2: ") || !strings.Contains(errs, "line 3: ") {
		t.Errorf("stderr %q should name lines 2 and 3", errs)
	}
}

func TestSegmentFormats(t *testing.T) {
	text := "Il Sig. Rossi è arrivato alle 12.30.\nÈ piovuto?\n"
	out, _, code := cli(t, text, "segment", "--lang", "it")
	if code != 0 || out != "Il Sig. Rossi è arrivato alle 12.30.\nÈ piovuto?\n" {
		t.Errorf("lines: %d %q", code, out)
	}
	out, _, _ = cli(t, text, "segment", "--format", "json")
	var spans []struct {
		Text       string
		Start, End int
	}
	if err := json.Unmarshal([]byte(out), &spans); err != nil || len(spans) != 2 || spans[1].Start != utf8.RuneCountInString("Il Sig. Rossi è arrivato alle 12.30.\n") {
		t.Errorf("json: %v %+v", err, spans)
	}
	out, _, code = cli(t, `{"text":"Hello there. Mr. Smith came."}`+"\n"+`{"text":"Ciao. Come stai?","lang":"it"}`+"\n", "segment", "--format", "jsonl")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 2 || !strings.Contains(lines[0], `"Mr. Smith came."`) {
		t.Errorf("jsonl: %d %q", code, out)
	}
}

func TestImportRefusesBadFilesAndKeepsDatabase(t *testing.T) {
	db, _ := sampleDB(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("Una frase nuova. Un'altra frase."), 0o644)
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte("{\"text\": \"ok\"}\n{\"text\": \n"), 0o644)
	before, _, _ := cli(t, "", "list", "--db", db)
	_, errs, code := cli(t, "", "import", "--db", db, good, bad)
	if code != 1 || !strings.Contains(errs, "bad.jsonl") || !strings.Contains(errs, "line 2") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	if after, _, _ := cli(t, "", "list", "--db", db); after != before {
		t.Errorf("a failed batch changed the database: %q -> %q", before, after)
	}
	notDB := filepath.Join(dir, "notes.db")
	os.WriteFile(notDB, []byte(strings.Repeat("not a database ", 20)), 0o644)
	_, errs, code = cli(t, "", "list", "--db", notDB)
	if code != 1 || !strings.Contains(errs, "not a Veritag database") {
		t.Errorf("foreign file: exit %d, stderr %q", code, errs)
	}
}
