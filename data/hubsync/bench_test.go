package hubsync

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/veritag/veritag/data/hub"
	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/data/store"
)

// benchEnv turns on the hub report (make bench-hub); it is a measurement,
// not a test, so it never runs in make test.
const benchEnv = "VERITAG_BENCH_HUB"

// TestHubBenchReport measures the team hub on this machine: 20 simulated
// annotators tagging 500 sentences each under sync --watch (time to
// converge, hub changes/s, commit-to-arrival latency in another member's
// file), and one push of 100,000 annotations (changes/s, peak RSS).
func TestHubBenchReport(t *testing.T) {
	if os.Getenv(benchEnv) != "1" {
		t.Skipf("skipped: the hub report runs with %s=1 (make bench-hub)", benchEnv)
	}
	load := func() string { // the machine is shared: its load goes with the figures
		b, _ := os.ReadFile("/proc/loadavg")
		if f := strings.Fields(string(b)); len(f) >= 3 {
			return strings.Join(f[:3], ", ")
		}
		return "unknown"
	}
	before := load()
	var rows [][2]string
	for _, every := range benchTagPaces {
		rows = append(rows, benchTeam(t, every)...)
	}
	rows = append(rows, benchPush(t)...)
	rows = append(rows, [2]string{"machine load average (1, 5, 15 min) before and after", before + " → " + load()})
	fmt.Printf("\n| hub measurement | figure |\n|---|---|\n")
	for _, row := range rows {
		fmt.Printf("| %s | %s |\n", row[0], row[1])
	}
}

const (
	benchAnnotators = 20
	benchTags       = 500
)

// benchTagPaces are the gaps between one member's tags: a stress test
// (20 members offer 1,000 tags/s, each file applies 950/s from the others)
// and a very fast human pace (4 tags/s each, 80/s for the team).
var benchTagPaces = []time.Duration{20 * time.Millisecond, 250 * time.Millisecond}

// benchTeam runs 20 watching members tagging at once, each one tag every
// every.
func benchTeam(t *testing.T, every time.Duration) [][2]string {
	tm := newTeam(t)
	seed := newLocal(t)
	docs := importDocs(t, seed, article("Bench A", 250), article("Bench B", 250))
	syncOK(t, seed, tm.c.SuperURL(tm.db))
	type member struct {
		name, url string
		st        *store.Store
	}
	members := make([]member, benchAnnotators)
	for i := range members {
		m := member{name: fmt.Sprintf("ann%02d", i)}
		m.url = tm.member(t, m.name, hub.RoleAnnotator)
		m.st = newLocal(t)
		syncOK(t, m.st, m.url)
		members[i] = m
	}
	// the observer (member 0) notes when each other member's tag arrives
	committed := sync.Map{} // note -> commit time
	var arrivals []time.Duration
	var mu sync.Mutex
	observer, err := sql.Open("sqlite3", "file:"+members[0].st.Path()+"?mode=ro&_busy_timeout=10000")
	if err != nil {
		t.Fatal(err)
	}
	defer observer.Close()
	var seenEvent int64
	observe := func() {
		rows, err := observer.Query("SELECT id, new_note FROM events WHERE id > ? AND kind = 'sync'", seenEvent)
		if err != nil {
			return
		}
		defer rows.Close()
		now := time.Now()
		for rows.Next() {
			var note string
			rows.Scan(&seenEvent, &note)
			if at, ok := committed.Load(note); ok {
				mu.Lock()
				arrivals = append(arrivals, now.Sub(at.(time.Time)))
				mu.Unlock()
			}
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	var watchers sync.WaitGroup
	for i, m := range members {
		watchers.Add(1)
		go func() {
			defer watchers.Done()
			Watch(ctx, m.st, m.url, func(r Result, err error) {
				if i == 0 && err == nil && r.Pulled > 0 {
					observe()
				}
			})
		}()
	}
	start := time.Now()
	var taggers sync.WaitGroup
	for i, m := range members {
		taggers.Add(1)
		go func() {
			defer taggers.Done()
			tick := time.NewTicker(every)
			defer tick.Stop()
			for k := range benchTags {
				<-tick.C
				note := fmt.Sprintf("%s-%d", m.name, k)
				a := model.Annotation{DocID: docs[k%2], SentenceIndex: k / 2, Annotator: m.name,
					Label: []string{"CLAIM", "FACT", "SPECULATION"}[(i+k)%3], Note: note}
				if _, err := m.st.Annotate(context.Background(), a); err != nil {
					t.Error(err)
					return
				}
				committed.Store(note, time.Now())
			}
		}()
	}
	taggers.Wait()
	want := benchAnnotators * benchTags
	for done := false; !done; time.Sleep(100 * time.Millisecond) {
		done = true
		for _, m := range members {
			if annotationCount(t, m.st) != want {
				done = false
				break
			}
		}
	}
	converged := time.Since(start)
	cancel()
	watchers.Wait()
	var changes int
	owner := tm.status(t)
	if owner.Annotations != want {
		t.Fatalf("hub holds %d annotations, want %d", owner.Annotations, want)
	}
	changes = want
	slices.Sort(arrivals)
	pct := func(p float64) time.Duration {
		if len(arrivals) == 0 {
			return 0
		}
		return arrivals[int(p*float64(len(arrivals)-1))].Round(time.Millisecond)
	}
	return [][2]string{
		{fmt.Sprintf("%d annotators × %d tags (one every %v each) under sync --watch: all files converged", benchAnnotators, benchTags, every),
			fmt.Sprintf("%.1f s after the first tag", converged.Seconds())},
		{fmt.Sprintf("hub throughput while converging (one tag every %v each)", every), fmt.Sprintf("%.0f changes/s", float64(changes)/converged.Seconds())},
		{fmt.Sprintf("commit-to-arrival latency in another member's file (one tag every %v each; %d tags observed)", every, len(arrivals)),
			fmt.Sprintf("p50 %v, p95 %v, max %v", pct(0.5), pct(0.95), pct(1))},
	}
}

const benchPushSize = 100_000

// benchPush pushes 100,000 annotations from a separate process.
func benchPush(t *testing.T) [][2]string {
	tm := newTeam(t)
	url := tm.member(t, "anna", hub.RoleAnnotator)
	path := filepath.Join(t.TempDir(), "push.db")
	st, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	var docs []model.ImportDoc
	for i := range benchPushSize / 100 {
		docs = append(docs, article(fmt.Sprintf("Push %d", i), 100))
	}
	importDocs(t, st, docs...)
	syncOK(t, st, url) // the documents first: the figure is for annotations
	for i := range docs {
		for j := range 100 {
			docs[i].Annotations = append(docs[i].Annotations, model.Annotation{SentenceIndex: j, Annotator: "anna",
				Label: []string{"CLAIM", "FACT", "SPECULATION"}[(i+j)%3], Confidence: j % 4, Note: "nota"})
		}
	}
	importDocs(t, st, docs...)
	st.Close()
	child := exec.Command(os.Args[0], "-test.run=^$")
	child.Env = append(os.Environ(), childEnv+"=1", "VERITAG_SYNC_DB="+path, "VERITAG_SYNC_URL="+url)
	child.Stderr = os.Stderr
	start := time.Now()
	out, err := child.Output()
	elapsed := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != fmt.Sprintf("pushed %d pulled 0\n", benchPushSize) {
		t.Fatalf("push printed %q", out)
	}
	rss := child.ProcessState.SysUsage().(*syscall.Rusage).Maxrss // KiB on Linux
	return [][2]string{
		{"push of 100,000 annotations (sync in its own process, start to exit)", fmt.Sprintf("%.1f s, %.0f changes/s", elapsed.Seconds(), benchPushSize/elapsed.Seconds())},
		{"peak RSS of that sync process", fmt.Sprintf("%d MB", rss/1024)},
	}
}
