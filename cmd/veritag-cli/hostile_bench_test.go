package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// TestHostileMemoryReport is `make bench-hostile`, not a test: it runs
// veritag-cli on the inputs that made memory grow without bound and
// prints each one's peak RSS (VERITAG_HOSTILE_DOCS sets the number of
// one-sentence documents, 1,000,000 by default).
func TestHostileMemoryReport(t *testing.T) {
	if os.Getenv("VERITAG_HOSTILE_BENCH") == "" {
		t.Skip("set VERITAG_HOSTILE_BENCH=1 (make bench-hostile)")
	}
	bin := binary(t)
	dir := t.TempDir()
	db, _ := sampleDB(t)
	const line = 1 << 30
	for _, c := range []struct {
		name  string
		args  []string
		input func(w io.Writer)
	}{
		{"search --stdin, one 1 GB line", []string{"search", "--db", db, "--stdin"}, func(w io.Writer) { io.Copy(w, &repeatReader{b: 'x', n: line}) }},
		{"tag --stdin, one 1 GB line", []string{"tag", "--db", db, "--annotator", "a", "--stdin"}, func(w io.Writer) { io.Copy(w, &repeatReader{b: 'x', n: line}) }},
		{"segment --format jsonl, one 1 GB line", []string{"segment", "--format", "jsonl"}, func(w io.Writer) {
			io.WriteString(w, `{"text":"`)
			io.Copy(w, &repeatReader{b: 'x', n: line})
		}},
	} {
		rss, took := peakRSS(t, bin, c.args, c.input)
		t.Logf("%-40s peak RSS %4.0f MB (%.1f s)", c.name, rss, took.Seconds())
	}
	docs := 1_000_000
	if v := os.Getenv("VERITAG_HOSTILE_DOCS"); v != "" {
		docs, _ = strconv.Atoi(v)
	}
	jsonl := filepath.Join(dir, "tiny.jsonl")
	writeTinyDocs(t, jsonl, docs)
	st, _ := os.Stat(jsonl)
	args := []string{"import", "--db", filepath.Join(dir, "tiny.db"), "--lang", "it", jsonl}
	rss, took := peakRSS(t, bin, args, nil)
	if out, _ := exec.Command(bin, "list", "--db", args[2]).Output(); bytes.Count(out, []byte("\n")) != docs {
		t.Fatalf("the import stored %d of %d documents (the JSONL is %d MB; the limit is 256 MB)", bytes.Count(out, []byte("\n")), docs, st.Size()>>20)
	}
	t.Logf("import of %d one-sentence documents (%d MB JSONL): peak RSS %.0f MB, %.0f sentences/s (%.0f s)",
		docs, st.Size()>>20, rss, float64(docs)/took.Seconds(), took.Seconds())
}

// peakRSS runs veritag-cli with input on stdin and returns its peak RSS in
// MB and its wall time.
func peakRSS(t *testing.T, bin string, args []string, input func(w io.Writer)) (float64, time.Duration) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Stdout = io.Discard
	var w io.WriteCloser
	if input != nil {
		var err error
		if w, err = cmd.StdinPipe(); err != nil {
			t.Fatal(err)
		}
	}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if input != nil {
		go func() { input(w); w.Close() }()
	}
	cmd.Wait() // the hostile inputs are refused: exit 1 is expected
	took := time.Since(start)
	return float64(cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss) / 1024, took
}

// writeTinyDocs writes n one-sentence JSONL documents.
func writeTinyDocs(t *testing.T, path string, n int) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	words := []string{"la", "città", "il", "governo", "ha", "detto", "che", "domani", "piove", "forte"}
	for i := range n {
		fmt.Fprintf(w, "{\"text\":\"Secondo %s %s %s %s, numero %d.\"}\n", words[i%10], words[i/10%10], words[i/100%10], words[i/1000%10], i)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()
}
