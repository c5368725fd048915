package scale

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

// cliSearch builds veritag-cli and times `search --stdin` on the database
// from outside: the time to the first answer (open and index build), each
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
	r.add("veritag-cli search --stdin: first answer", "%.1f s (open, index build, one query)", ready.Seconds())
	r.add("veritag-cli search --stdin p50 / p95", "%s / %s ms per query, from outside (JSON line with labels)",
		ms(percentile(lat, 50)), ms(percentile(lat, 95)))
	r.add("veritag-cli search peak RSS (VmHWM)", "%.0f MB", peak)
}

// cliExport runs veritag-cli export --format jsonl on the database and
// reports records (lines) per second and the process's peak RSS.
func cliExport(t *testing.T, dir, db string, r *report) {
	out := filepath.Join(dir, "cli-export.jsonl")
	cmd := exec.Command(goBuild(t, dir, "veritag-cli"), "export", "--db", db, "--format", "jsonl", "--out", out)
	msg := &strings.Builder{}
	cmd.Stderr = msg
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	peak, err := watchPeak(cmd)
	if err != nil {
		t.Fatalf("veritag-cli export: %v\n%s", err, msg)
	}
	took := time.Since(start)
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	records := 0
	lines := bufio.NewScanner(f)
	lines.Buffer(nil, 1<<20)
	for lines.Scan() {
		records++
	}
	if err := lines.Err(); err != nil {
		t.Fatal(err)
	}
	r.add("veritag-cli export --format jsonl", "%.0f records/s (%d records, %.1f s, from outside), peak RSS %.0f MB",
		float64(records)/took.Seconds(), records, took.Seconds(), peak)
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
