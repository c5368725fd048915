package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestHostileMemoryReport is `make bench-hostile`, not a test: it runs
// veritag-cli on the long lines that made memory grow without bound and
// prints each one's peak RSS.
func TestHostileMemoryReport(t *testing.T) {
	if os.Getenv("VERITAG_HOSTILE_BENCH") == "" {
		t.Skip("set VERITAG_HOSTILE_BENCH=1 (make bench-hostile)")
	}
	bin := binary(t)
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
		r := peakRSS(t, bin, c.args, c.input)
		t.Logf("%-40s peak RSS %4.0f MB (%.1f s)", c.name, r.rss, r.wall.Seconds())
	}
}

// TestHostileImportReport is the rest of `make bench-hostile`: it imports
// JSONL files of one-sentence documents with veritag-cli, from outside,
// and prints each one's peak RSS and rate, beside the rate of a JSONL of
// ordinary documents (200 of 500 sentences) imported in the same run, so
// that the two rates compare on the same machine under the same load.
// VERITAG_HOSTILE_DOCS lists the sizes (default 1000000,4000000).
func TestHostileImportReport(t *testing.T) {
	if os.Getenv("VERITAG_HOSTILE_BENCH") == "" {
		t.Skip("set VERITAG_HOSTILE_BENCH=1 (make bench-hostile)")
	}
	bin := binary(t)
	dir := t.TempDir()
	sizes := []int{1_000_000, 4_000_000}
	if v := os.Getenv("VERITAG_HOSTILE_DOCS"); v != "" {
		sizes = nil
		for _, f := range strings.Split(v, ",") {
			n, err := strconv.Atoi(f)
			if err != nil {
				t.Fatalf("VERITAG_HOSTILE_DOCS: %v", err)
			}
			sizes = append(sizes, n)
		}
	}
	ordinary := filepath.Join(dir, "ordinary.jsonl")
	writeOrdinaryDocs(t, ordinary, 200, 500)
	importReport(t, bin, "200 ordinary documents of 500 sentences", ordinary, 200, 200*500)
	for _, docs := range sizes {
		jsonl := filepath.Join(dir, fmt.Sprintf("tiny%d.jsonl", docs))
		writeTinyDocs(t, jsonl, docs)
		importReport(t, bin, fmt.Sprintf("%d one-sentence documents", docs), jsonl, docs, docs)
		os.Remove(jsonl)
	}
	short := 8_000_000
	if v := os.Getenv("VERITAG_HOSTILE_SHORT"); v != "" {
		var err error
		if short, err = strconv.Atoi(v); err != nil {
			t.Fatalf("VERITAG_HOSTILE_SHORT: %v", err)
		}
	}
	if short > 0 {
		jsonl := filepath.Join(dir, "short.jsonl")
		writeShortDocs(t, jsonl, short)
		importReport(t, bin, fmt.Sprintf("%d short one-sentence documents", short), jsonl, short, short)
		os.Remove(jsonl)
	}
}

// writeShortDocs writes n JSONL documents of two words each, as short as
// the 8M documents in 167 MB.
func writeShortDocs(t *testing.T, path string, n int) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	for i := range n {
		fmt.Fprintf(w, "{\"text\":\"Ciao %d.\"}\n", i)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()
}

// importReport imports jsonl into a new database, checks that it holds
// docs documents, and prints the peak RSS and the rate in sentences per
// second of wall time and of CPU time (user and system).
func importReport(t *testing.T, bin, name, jsonl string, docs, sentences int) {
	t.Helper()
	st, _ := os.Stat(jsonl)
	db := strings.TrimSuffix(jsonl, ".jsonl") + ".db"
	args := []string{"import", "--db", db, "--lang", "it", jsonl}
	r := peakRSS(t, bin, args, nil)
	if out, _ := exec.Command(bin, "list", "--db", db).Output(); bytes.Count(out, []byte("\n")) != docs {
		t.Fatalf("the import stored %d of %d documents (the JSONL is %d MB; the limit is 256 MB)", bytes.Count(out, []byte("\n")), docs, st.Size()>>20)
	}
	t.Logf("import of %s (%d MB JSONL): peak RSS %.0f MB, %.0f sentences/s (%.1f s), %.0f sentences per CPU second (%.1f s user+sys)",
		name, st.Size()>>20, r.rss, float64(sentences)/r.wall.Seconds(), r.wall.Seconds(), float64(sentences)/r.cpu.Seconds(), r.cpu.Seconds())
	for _, p := range []string{db, db + "-wal", db + "-shm"} {
		os.Remove(p)
	}
}

// measured is what peakRSS measured of one run.
type measured struct {
	rss       float64 // peak resident set, MB
	wall, cpu time.Duration
}

// peakRSS runs veritag-cli with input on stdin and returns its peak RSS,
// wall time and CPU time.
func peakRSS(t *testing.T, bin string, args []string, input func(w io.Writer)) measured {
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
	ps := cmd.ProcessState
	return measured{rss: float64(ps.SysUsage().(*syscall.Rusage).Maxrss) / 1024, wall: took, cpu: ps.UserTime() + ps.SystemTime()}
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

// writeOrdinaryDocs writes n JSONL documents of per sentences of 15-25
// words each.
func writeOrdinaryDocs(t *testing.T, path string, n, per int) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	words := strings.Fields("la città il governo ha detto che domani piove forte secondo ministro economia nuovo anno mercato lavoro scuola")
	r := rand.New(rand.NewPCG(1, 2))
	for d := range n {
		w.WriteString(`{"text":"`)
		for s := range per {
			if s > 0 {
				w.WriteString(" ")
			}
			w.WriteString("Secondo")
			for range 15 + r.IntN(11) {
				w.WriteString(" " + words[r.IntN(len(words))])
			}
			fmt.Fprintf(w, " %d-%d.", d, s)
		}
		w.WriteString("\"}\n")
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()
}
