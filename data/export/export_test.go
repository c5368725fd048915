package export

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestEveryFormatWrites(t *testing.T) {
	for _, f := range Formats {
		out := tempOut(t, "out-"+f)
		export(t, f, out, Options{}, sampleDocs(t))
		if _, err := os.Stat(out); err != nil {
			t.Errorf("%s: %v", f, err)
		}
		want := 1
		if f == "labelstudio" {
			want = 2 // and its labeling config
		}
		if names := listDir(t, filepath.Dir(out)); len(names) != want {
			t.Errorf("%s left %v beside the output", f, names)
		}
	}
}

func TestProgress(t *testing.T) {
	var calls [][2]int
	opts := Options{Progress: func(docs, sentences int) { calls = append(calls, [2]int{docs, sentences}) }}
	export(t, "csv", tempOut(t, "p.csv"), opts, sampleDocs(t))
	if want := [][2]int{{1, 3}, {2, 5}}; !reflect.DeepEqual(calls, want) {
		t.Errorf("progress calls %v, want %v", calls, want)
	}
}

// Aborting, or closing after a failed write, leaves nothing behind: no
// file, no temporary file, no folder the export made.
func TestAbortLeavesNothing(t *testing.T) {
	for _, f := range Formats {
		dir := t.TempDir()
		out := filepath.Join(dir, "out")
		w, err := New(f, out, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := w.WriteDocument(sampleDocs(t)[0]); err != nil {
			t.Fatal(err)
		}
		w.Abort()
		if names := listDir(t, dir); len(names) != 0 {
			t.Errorf("%s: abort left %v", f, names)
		}
		if err := w.WriteDocument(sampleDocs(t)[1]); err == nil {
			t.Errorf("%s: write after abort succeeded", f)
		}
	}
}

func TestCloseAfterFailedWrite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "brat")
	w, err := New("brat", dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	os.RemoveAll(dir)
	if err := w.WriteDocument(sampleDocs(t)[0]); err == nil || !strings.Contains(err.Error(), "document 1") {
		t.Fatalf("write into a removed folder: %v", err)
	}
	if err := w.Close(); err == nil {
		t.Error("Close after a failed write returned nil")
	}
}

func TestOutputErrors(t *testing.T) {
	dir := t.TempDir()
	full := filepath.Join(dir, "full")
	os.Mkdir(full, 0o755)
	os.WriteFile(filepath.Join(full, "old.ann"), nil, 0o644)
	for _, c := range []struct{ format, out, want string }{
		{"xml", filepath.Join(dir, "x"), "unknown export format"},
		{"brat", full, "not empty"},
		{"hf", "-", "standard output"},
		{"jsonl", dir, "is a folder"},
		{"jsonl", filepath.Join(dir, "missing", "e.jsonl"), "e.jsonl"},
		{"csv", "", "no output path"},
	} {
		if _, err := New(c.format, c.out, Options{}); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("New(%q, %q): %v, want an error with %q", c.format, c.out, err, c.want)
		}
	}
	if names := listDir(t, full); !reflect.DeepEqual(names, []string{"old.ann"}) {
		t.Errorf("a refused folder was changed: %v", names)
	}
}

func TestStdout(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "stdout"))
	if err != nil {
		t.Fatal(err)
	}
	saved := os.Stdout
	os.Stdout = f
	defer func() { os.Stdout = saved }()
	export(t, "doccano-spans", "-", Options{}, sampleDocs(t))
	f.Close()
	if got := readFile(t, f.Name()); strings.Count(got, "\n") != 2 || !strings.Contains(got, `"doc_id":2`) {
		t.Errorf("stdout got %q", got)
	}
}

// A path that exists but is not a regular file (here /dev/null) is
// written in place, never replaced by a rename.
func TestDeviceWrittenInPlace(t *testing.T) {
	fi, err := os.Stat(os.DevNull)
	if err != nil || fi.Mode().IsRegular() {
		t.Skip("no device file")
	}
	export(t, "jsonl", os.DevNull, Options{}, sampleDocs(t))
	if fi, err := os.Stat(os.DevNull); err != nil || fi.Mode().IsRegular() {
		t.Fatalf("%s was replaced: %v", os.DevNull, err)
	}
}

func TestEmptyExport(t *testing.T) {
	for _, f := range Formats {
		out := tempOut(t, "empty-"+f)
		export(t, f, out, Options{}, nil)
		switch f {
		case "labelstudio":
			var tasks []any
			if err := json.Unmarshal([]byte(readFile(t, out)), &tasks); err != nil || len(tasks) != 0 {
				t.Errorf("empty labelstudio export: %v %v", tasks, err)
			}
		case "hf":
			if card := readFile(t, filepath.Join(out, "README.md")); !strings.Contains(card, "| percent agreement | undefined |") {
				t.Errorf("empty card:\n%s", card)
			}
		}
	}
}
