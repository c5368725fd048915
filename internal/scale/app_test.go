package scale

import (
	"context"
	"fmt"
	"github.com/veritag/veritag/internal/xvfb"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Settling: the app has built its search index once, for settleWindow,
// its RSS grew by less than settleGrowth MB and it used less than
// settleCPU of processor time; it should settle within settleTimeout.
const (
	settleWindow  = 2 * time.Second
	settleGrowth  = 2.0
	settleCPU     = 200 * time.Millisecond
	settleTimeout = 5 * time.Minute
	pollEvery     = 20 * time.Millisecond
)

// appStart builds the desktop app and starts it on the database under
// Xvfb. It reports the time from start until the window is shown
// (xdotool finds it mapped), then waits until the app settles (its search
// index built) and reports its peak RSS (VmHWM); then it quits with
// Ctrl+Q. Without Xvfb or xdotool the rows say so.
func appStart(t *testing.T, dir, db string, r *report) {
	for _, tool := range []string{"Xvfb", "xdotool"} {
		if _, err := exec.LookPath(tool); err != nil {
			r.add("app start to first frame", "skipped: %s is not installed (apt-get install xvfb xdotool)", tool)
			return
		}
	}
	bin := goBuild(t, dir, "veritag")
	display := xvfb.Start(t)
	app := exec.Command(bin, "--db", db, "--annotator", "scale")
	app.Env = append(os.Environ(), "DISPLAY="+display, "HOME="+dir, "XDG_CONFIG_HOME="+dir, "XDG_DATA_HOME="+dir)
	logs := &strings.Builder{}
	app.Stdout, app.Stderr = logs, logs
	start := time.Now()
	if err := app.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- app.Wait() }()
	defer app.Process.Kill()
	xdo := func(args ...string) (string, error) {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		cmd := exec.CommandContext(ctx, "xdotool", args...)
		cmd.Env = append(os.Environ(), "DISPLAY="+display)
		out, err := cmd.Output()
		return strings.TrimSpace(string(out)), err
	}
	// xdotool search --sync looks every half second: polling is finer.
	var win string
	for win == "" {
		select {
		case err := <-exited:
			t.Fatalf("the app exited before showing its window: %v\n%s", err, logs)
		case <-time.After(pollEvery):
		}
		if out, err := xdo("search", "--onlyvisible", "--name", "^Veritag"); err == nil {
			win = strings.Fields(out)[0]
		}
		if time.Since(start) > time.Minute {
			t.Fatalf("no window after a minute\n%s", logs)
		}
	}
	shown := time.Since(start)
	pid := strconv.Itoa(app.Process.Pid)
	settled, ok, err := settle(pid, start, exited)
	if err != nil {
		t.Fatalf("%v\n%s", err, logs)
	}
	peak, err := procStatusMB(pid, "VmHWM")
	if err != nil {
		t.Fatal(err)
	}
	r.add("app start to first frame", "%s ms (start until xdotool finds its window mapped, polled every %s)",
		ms(shown), pollEvery)
	note := fmt.Sprintf("settled %.1f s after start: index built, RSS and CPU idle for %s", settled.Seconds(), settleWindow)
	if !ok {
		note = fmt.Sprintf("not settled after %s", settleTimeout)
	}
	r.add("app peak RSS (VmHWM)", "%.0f MB (%s)", peak, note)
	quit(t, xdo, win, exited, logs)
}

// quit sends Ctrl+Q to the window and waits for the app to exit.
func quit(t *testing.T, xdo func(...string) (string, error), win string, exited <-chan error, logs fmt.Stringer) {
	if _, err := xdo("windowfocus", "--sync", win); err != nil {
		t.Fatalf("xdotool windowfocus: %v", err)
	}
	if _, err := xdo("key", "ctrl+q"); err != nil {
		t.Fatalf("xdotool key: %v", err)
	}
	select {
	case err := <-exited:
		if err != nil {
			t.Fatalf("the app exited with %v\n%s", err, logs)
		}
	case <-time.After(time.Minute):
		t.Fatalf("Ctrl+Q did not quit the app\n%s", logs)
	}
}
