package scale

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"
)

// cliSearch builds veritag-cli and times `search --stdin` on the database
// from outside: the time to the first answer (open and index build), each
// query's answer (a JSON line with labels), and the process's peak RSS.
func cliSearch(t *testing.T, dir, db string, r *report) {
	bin := filepath.Join(dir, "veritag-cli")
	goTool, err := exec.LookPath("go")
	if err != nil {
		goTool = filepath.Join(runtime.GOROOT(), "bin", "go")
	}
	if out, err := exec.Command(goTool, "build", "-o", bin, "github.com/veritag/veritag/cmd/veritag-cli").CombinedOutput(); err != nil {
		t.Fatalf("building veritag-cli: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "search", "--stdin", "--db", db, "--limit", "10")
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
