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

// quitRounds is how many times the end-to-end test sends its burst: a lost
// tag showed in 2 of 8 rounds before quitting drained the write queue.
const quitRounds = 10

// TestEndToEndUnderXvfb starts the real binary on a new database under
// Xvfb, waits (polling) until the window title names the article, sends
// "1 2 3 Ctrl+Q" as one burst with xdotool and checks the three labels in
// the database: the sample article's first three sentences are CLAIM,
// FACT and SPECULATION. It does so quitRounds times, each on a new
// database, and every round must find every tag.
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
	want := map[int]string{0: "CLAIM", 1: "FACT", 2: "SPECULATION"}
	lost := 0
	for round := 1; round <= quitRounds; round++ {
		got, logs := burstAndQuit(t, bin, display, filepath.Join(dir, fmt.Sprintf("round%d", round)))
		if fmt.Sprint(got) != fmt.Sprint(want) {
			lost++
			t.Errorf("round %d: labels in the database = %v, want %v\napp output:\n%s", round, got, want, logs)
		}
	}
	t.Logf("%d of %d rounds of \"1 2 3 Ctrl+Q\" lost a tag", lost, quitRounds)
}

// burstAndQuit runs the app on a new database in dir, sends "1 2 3
// Ctrl+Q" in one burst once the article is open, waits for the app to
// exit and returns the labels stored, by sentence index, and the app's
// output.
func burstAndQuit(t *testing.T, bin, display, dir string) (map[int]string, string) {
	t.Helper()
	os.MkdirAll(dir, 0o755)
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
	defer app.Process.Kill()

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
	win := strings.Fields(xdo("search", "--sync", "--pid", fmt.Sprint(app.Process.Pid), "--name", "^Veritag"))[0]
	// The article loads after the window shows; the title names it in the
	// same step that selects its first sentence, so keys sent after the
	// title changed land on the article.
	title := xdo("getwindowname", win)
	for deadline := time.Now().Add(30 * time.Second); !strings.HasPrefix(title, "Veritag — ") && time.Now().Before(deadline); {
		time.Sleep(50 * time.Millisecond) // polling interval
		title = xdo("getwindowname", win)
	}
	if !strings.HasPrefix(title, "Veritag — ") {
		t.Fatalf("window title %q, want \"Veritag — <article title>\"\n%s", title, logs)
	}
	xdo("windowfocus", "--sync", win)
	xdo("key", "--delay", "20", "1", "2", "3", "ctrl+q")
	select {
	case err := <-exited:
		if err != nil {
			t.Fatalf("the app exited with %v\n%s", err, logs)
		}
	case <-time.After(30 * time.Second):
		// On a heavily loaded machine an X key event can go astray; a user
		// would press Ctrl+Q again. The tags are checked all the same.
		t.Logf("Ctrl+Q did not quit within 30 s; pressing it again\n%s", logs)
		xdo("windowfocus", "--sync", win)
		xdo("key", "ctrl+q")
		select {
		case err := <-exited:
			if err != nil {
				t.Fatalf("the app exited with %v\n%s", err, logs)
			}
		case <-time.After(60 * time.Second):
			t.Fatalf("Ctrl+Q did not quit the app\n%s", logs)
		}
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
	return got, logs.String()
}
