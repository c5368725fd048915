package scale

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/veritag/veritag/data/export"
)

// cliSearch builds veritag-cli and times `search --stdin` on the database
// from outside: the time to the first answer (open, index build and a save
// of the index in the background; a next search loads it), each
// query's answer (a JSON line with labels), and the process's peak RSS.
func cliSearch(t *testing.T, dir, db string, r *report) {
	cmd := exec.Command(goBuild(t, dir, "veritag-cli"), "search", "--stdin", "--db", db, "--limit", "10")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	answers := bufio.NewReader(stdout)
	ask := func(q string) time.Duration {
		start := time.Now()
		if _, err := fmt.Fprintln(stdin, q); err != nil {
			t.Fatal(err)
		}
		line, err := answers.ReadBytes('\n')
		if err != nil || !json.Valid(line) {
			t.Fatalf("search --stdin answered %q to %q: %v", line, q, err)
		}
		return time.Since(start)
	}
	ask("Lavrov")
	ready := time.Since(start)
	var lat []time.Duration
	for _, q := range queries {
		lat = append(lat, ask(q))
	}
	peak, err := procStatusMB(strconv.Itoa(cmd.Process.Pid), "VmHWM")
	if err != nil {
		t.Fatal(err)
	}
	stdin.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("search --stdin: %v", err)
	}
	r.add("veritag-cli search --stdin: first answer", "%.1f s (open, index build, one query; the index is then saved)", ready.Seconds())
	r.add("veritag-cli search --stdin p50 / p95", "%s / %s ms per query, from outside (JSON line with labels)",
		ms(percentile(lat, 50)), ms(percentile(lat, 95)))
	r.add("veritag-cli search peak RSS (VmHWM)", "%.0f MB", peak)
}

// cliExport runs veritag-cli export in every format on the database and
// reports, per format, the time, the output's size and the process's peak
// RSS (which stays flat with the collection's size: exports stream), and
// for jsonl records (lines) per second.
func cliExport(t *testing.T, dir, db string, r *report) {
	bin := goBuild(t, dir, "veritag-cli")
	for _, format := range export.Formats {
		out := filepath.Join(dir, "cli-export-"+format)
		cmd := exec.Command(bin, "export", "--db", db, "--format", format, "--out", out)
		msg := &strings.Builder{}
		cmd.Stderr = msg
		start := time.Now()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		peak, err := watchPeak(cmd)
		if err != nil {
			t.Fatalf("veritag-cli export --format %s: %v\n%s", format, err, msg)
		}
		took := time.Since(start)
		size := treeSize(t, out)
		if format != "jsonl" {
			r.add("veritag-cli export --format "+format, "%.1f s, %.0f MB written, peak RSS %.0f MB",
				took.Seconds(), float64(size)/1e6, peak)
			os.RemoveAll(out)
			continue
		}
		records := countLines(t, out)
		r.add("veritag-cli export --format jsonl", "%.0f records/s (%d records, %.1f s, from outside), peak RSS %.0f MB",
			float64(records)/took.Seconds(), records, took.Seconds(), peak)
		os.RemoveAll(out)
	}
}

// countLines counts the lines of a file.
func countLines(t *testing.T, path string) int {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n := 0
	lines := bufio.NewScanner(f)
	lines.Buffer(nil, 1<<20)
	for lines.Scan() {
		n++
	}
	if err := lines.Err(); err != nil {
		t.Fatal(err)
	}
	return n
}

// treeSize is the size of a file, or of every file under a folder.
func treeSize(t *testing.T, path string) int64 {
	var size int64
	err := filepath.WalkDir(path, func(_ string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if info, err := d.Info(); err == nil && !d.IsDir() {
			size += info.Size()
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return size
}

// watchPeak waits for cmd, reading its VmHWM every 10 ms, and returns the
// last read: the peak unless it came in the last moments. (The rusage of
// a child is no good: on Linux its ru_maxrss counts this process's memory,
// which the child shares until it executes the command.)
func watchPeak(cmd *exec.Cmd) (float64, error) {
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	pid := strconv.Itoa(cmd.Process.Pid)
	peak := 0.0
	for {
		if hwm, err := procStatusMB(pid, "VmHWM"); err == nil {
			peak = max(peak, hwm)
		}
		select {
		case err := <-done:
			return peak, err
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// goBuild builds a command of the module into dir, once per name.
func goBuild(t *testing.T, dir, name string) string {
	bin := filepath.Join(dir, name)
	if _, err := os.Stat(bin); err == nil {
		return bin
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		goTool = filepath.Join(runtime.GOROOT(), "bin", "go")
	}
	if out, err := exec.Command(goTool, "build", "-o", bin, "github.com/veritag/veritag/cmd/"+name).CombinedOutput(); err != nil {
		t.Fatalf("building %s: %v\n%s", name, err, out)
	}
	return bin
}
