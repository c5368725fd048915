package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/veritag/veritag/data/store"
	"github.com/veritag/veritag/internal/xvfb"
)

// TestEndToEndUnderXvfb starts the real binary on a new database under
// Xvfb, presses 1, 2, 3 with xdotool, quits with Ctrl+Q and checks the
// three labels in the database: the sample article's first three
// sentences are CLAIM, FACT and SPECULATION.
func TestEndToEndUnderXvfb(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	for _, tool := range []string{"Xvfb", "xdotool"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is missing: make test installs it (apt-get install xvfb xdotool)", tool)
			}
			t.Skipf("%s is not installed", tool)
		}
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "veritag")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	display := xvfb.Start(t)
	db := filepath.Join(dir, "e2e.db")
	app := exec.Command(bin, "--db", db, "--annotator", "e2e")
	app.Env = append(os.Environ(), "DISPLAY="+display, "HOME="+dir, "XDG_CONFIG_HOME="+dir, "XDG_DATA_HOME="+dir)
	logs := &strings.Builder{}
	app.Stdout, app.Stderr = logs, logs
	if err := app.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- app.Wait() }()
	t.Cleanup(func() { app.Process.Kill() })

	xdo := func(args ...string) string {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		cmd := exec.CommandContext(ctx, "xdotool", args...)
		cmd.Env = append(os.Environ(), "DISPLAY="+display)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("xdotool %v: %v %s\napp output:\n%s", args, err, out, logs)
		}
		return strings.TrimSpace(string(out))
	}
	win := strings.Fields(xdo("search", "--sync", "--name", "^Veritag"))[0]
	// The title names the article once it is open (it loads after the
	// window shows).
	title := xdo("getwindowname", win)
	for deadline := time.Now().Add(15 * time.Second); !strings.HasPrefix(title, "Veritag — ") && time.Now().Before(deadline); {
		time.Sleep(100 * time.Millisecond)
		title = xdo("getwindowname", win)
	}
	if !strings.HasPrefix(title, "Veritag — ") {
		t.Errorf("window title %q, want \"Veritag — <article title>\"", title)
	}
	xdo("windowfocus", "--sync", win)
	time.Sleep(2 * time.Second) // the article loads in the background after the window shows
	for _, key := range []string{"1", "2", "3"} {
		xdo("key", "--delay", "150", key)
	}
	time.Sleep(500 * time.Millisecond)
	xdo("key", "ctrl+q")
	select {
	case err := <-exited:
		if err != nil {
			t.Fatalf("the app exited with %v\n%s", err, logs)
		}
	case <-time.After(20 * time.Second):
		t.Fatalf("Ctrl+Q did not quit the app\n%s", logs)
	}

	ctx := context.Background()
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	docs, err := st.Documents(ctx)
	if err != nil || len(docs) != 1 {
		t.Fatalf("documents = %v, %v", docs, err)
	}
	anns, err := st.Annotations(ctx, docs[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	got := map[int]string{}
	for _, a := range anns {
		if a.Annotator != "e2e" {
			t.Errorf("annotation by %q, want e2e", a.Annotator)
		}
		got[a.SentenceIndex] = a.Label
	}
	want := map[int]string{0: "CLAIM", 1: "FACT", 2: "SPECULATION"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("labels in the database = %v, want %v\napp output:\n%s", got, want, logs)
	}
}
