package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tiedDB is the sample article with sentence 0 tied (anna CLAIM, bruno
// SPECULATION) and sentence 1 labelled FACT by anna with a formula-looking
// note.
func tiedDB(t *testing.T) (db, doc string) {
	t.Helper()
	db, doc = sampleDB(t)
	for _, args := range [][]string{
		{"--annotator", "anna", doc, "0", "CLAIM"},
		{"--annotator", "bruno", doc, "0", "SPECULATION"},
		{"--annotator", "anna", "--note", "=1+1", doc, "1", "FACT"},
	} {
		if _, errs, code := cli(t, "", append([]string{"tag", "--db", db}, args...)...); code != 0 {
			t.Fatalf("tag %v: %s", args, errs)
		}
	}
	return db, doc
}

func TestExportLabelStudioForAServer(t *testing.T) {
	db, _ := tiedDB(t)
	out := filepath.Join(t.TempDir(), "tasks.json")
	if _, errs, code := cli(t, "", "export", "--db", db, "--format", "labelstudio", "--out", out, "--ls-email-domain", "example.org"); code != 0 || errs != "" {
		t.Fatalf("export: %d %q", code, errs)
	}
	var tasks []struct {
		Annotations []struct {
			Annotator   string            `json:"veritag_annotator"`
			CompletedBy map[string]string `json:"completed_by"`
		} `json:"annotations"`
	}
	data, _ := os.ReadFile(out)
	if err := json.Unmarshal(data, &tasks); err != nil {
		t.Fatal(err)
	}
	if len(tasks) != 1 || len(tasks[0].Annotations) != 2 || tasks[0].Annotations[1].CompletedBy["email"] != "bruno@example.org" {
		t.Errorf("tasks %+v", tasks)
	}
	if conf, err := os.ReadFile(out + ".config.xml"); err != nil || !strings.Contains(string(conf), `maxRating="3"`) {
		t.Errorf("labeling config: %v %q", err, conf)
	}
}

func TestExportCountsTiesOnStderr(t *testing.T) {
	db, _ := tiedDB(t)
	for _, format := range []string{"doccano-spans", "brat"} {
		out := filepath.Join(t.TempDir(), "out")
		_, errs, code := cli(t, "", "export", "--db", db, "--format", format, "--out", out)
		if code != 0 || !strings.HasPrefix(errs, "tied sentences left without a label: 1 (") {
			t.Errorf("%s: %d %q", format, code, errs)
		}
		_, errs, code = cli(t, "", "export", "--db", db, "--format", format, "--out", out+"-anna", "--annotator", "anna")
		if code != 0 || errs != "" {
			t.Errorf("%s --annotator: %d %q", format, code, errs)
		}
	}
}

func TestExportCSVForExcel(t *testing.T) {
	db, _ := tiedDB(t)
	out := filepath.Join(t.TempDir(), "e.csv")
	if _, errs, code := cli(t, "", "export", "--db", db, "--format", "csv", "--excel", "--out", out); code != 0 {
		t.Fatal(errs)
	}
	data, _ := os.ReadFile(out)
	if !strings.HasPrefix(string(data), "\ufeffdoc_id,") || !strings.Contains(string(data), `,"'=1+1"`+"\r\n") {
		t.Errorf("csv for Excel: %q", data)
	}
	cli(t, "", "export", "--db", db, "--format", "csv", "--raw", "--out", out+".raw")
	raw, _ := os.ReadFile(out + ".raw")
	if !strings.Contains(string(raw), ",=1+1\r\n") {
		t.Errorf("--raw neutralised: %q", raw)
	}
}

// An option of another format, or a malformed one, is a usage error that
// writes nothing.
func TestExportOptionsBelongToTheirFormat(t *testing.T) {
	db, _ := tiedDB(t)
	dir := t.TempDir()
	for _, args := range [][]string{
		{"--format", "jsonl", "--excel"},
		{"--format", "jsonl", "--raw"},
		{"--format", "csv", "--ls-email-domain", "example.org"},
		{"--format", "csv", "--license", "mit"},
		{"--format", "labelstudio", "--ls-email-domain", "anna@example.org"},
		{"--format", "hf", "--license", "cc by"},
	} {
		_, errs, code := cli(t, "", append([]string{"export", "--db", db, "--out", filepath.Join(dir, "x")}, args...)...)
		if code != 2 || strings.Count(errs, "\n") > 3 {
			t.Errorf("%v: exit %d %q", args, code, errs)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("refused exports wrote %d files", len(entries))
	}
}
