package search_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sahilm/fuzzy"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/data/search"
	"github.com/veritag/veritag/data/store"
	"github.com/veritag/veritag/internal/subseq"
	"github.com/veritag/veritag/internal/typocorpus"
)

// Scale report sizes: sentences per document, queries in all, and queries
// timed on the baselines (a plain fuzzy.Find takes about a second each).
const (
	perDoc          = 500
	reportQueries   = 400
	baselineQueries = 40
)

// TestSearchScaleReport measures search at a million generated sentences
// (VERITAG_SEARCH_SENTENCES to change; Italian and English over a
// 150,000-word vocabulary per language with Zipf's frequencies) and prints
// one table: index build time and memory, p50/p95 latency of 1–3 word
// queries with and without typos next to plain fuzzy.Find and the previous
// scan (internal/subseq), precision at 10 and MRR, and veritag-cli search
// --stdin from outside with its peak RSS, once building and saving its
// index and once loading it. It runs only with VERITAG_SCALE=1 (make
// bench-search).
func TestSearchScaleReport(t *testing.T) {
	if os.Getenv("VERITAG_SCALE") != "1" {
		t.Skip("set VERITAG_SCALE=1 to run (make bench-search)")
	}
	sentences := 1_000_000
	if s := os.Getenv("VERITAG_SEARCH_SENTENCES"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < perDoc {
			t.Fatalf("VERITAG_SEARCH_SENTENCES=%q: want a number of at least %d", s, perDoc)
		}
		sentences = n
	}
	docs := sentences / perDoc
	sentences = docs * perDoc
	ctx := context.Background()
	dir := t.TempDir()
	// The user cache dir, where veritag-cli search saves its index and the
	// store its integrity stamp, as one user's.
	// The Go build cache stays where it was.
	if cache, err := os.UserCacheDir(); err == nil && os.Getenv("GOCACHE") == "" {
		t.Setenv("GOCACHE", filepath.Join(cache, "go-build"))
	}
	t.Setenv("XDG_CACHE_HOME", dir)
	db := filepath.Join(dir, "search.db")
	corpus := typocorpus.New(1)
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	for from := 0; from < docs; from += 50 {
		var batch []model.ImportDoc
		for n := from; n < min(from+50, docs); n++ {
			batch = append(batch, corpus.Document(n, perDoc))
		}
		if _, err := st.ImportDocs(ctx, batch, nil); err != nil {
			t.Fatal(err)
		}
	}
	var rows [][2]string
	add := func(measure, format string, args ...any) {
		rows = append(rows, [2]string{measure, fmt.Sprintf(format, args...)})
	}
	queries := corpus.Queries(2, reportQueries, sentences)

	ix := buildMeasured(t, st, add)
	inProcess(t, ix, queries, add)
	ix = nil
	baselines(t, st, queries, add)
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "veritag-cli")
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/veritag/veritag/cmd/veritag-cli").CombinedOutput(); err != nil {
		t.Fatalf("building veritag-cli: %v\n%s", err, out)
	}
	cliMeasured(t, bin, db, "no saved index: build, then save", queries, add)
	cliMeasured(t, bin, db, "index saved: hash the sentences, load", queries, add)

	fmt.Printf("\nVeritag search report: %d generated sentences, %d queries (%s), %d CPUs, %s\n\n",
		sentences, len(queries), strings.Join(typocorpus.Kinds, ", "), runtime.NumCPU(), runtime.Version())
	for _, r := range rows {
		fmt.Printf("  %-52s %s\n", r[0], r[1])
	}
	fmt.Println()
}

// buildMeasured builds the index as veritag-cli does, streamed from the
// store under its garbage collector target (search.PaceGC while
// building, a tenth after), and reports time and memory.
func buildMeasured(t *testing.T, st *store.Store, add func(string, string, ...any)) *search.Index {
	defer debug.SetGCPercent(debug.SetGCPercent(10))
	start, cpu := time.Now(), cpuTime(t)
	read := 0
	err := st.EachSentenceText(context.Background(), func(int64, int, string) error {
		read++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	add("reading the sentences alone (EachSentenceText)", "%.1f s wall, %.1f s CPU, %d sentences", time.Since(start).Seconds(), (cpuTime(t) - cpu).Seconds(), read)
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	start, cpu = time.Now(), cpuTime(t)
	b := search.NewBuilder()
	n := 0
	err = st.EachSentenceText(context.Background(), func(doc int64, index int, text string) error {
		if n++; n%(1<<16) == 1 {
			search.PaceGC()
		}
		return b.Add(doc, index, text)
	})
	if err != nil {
		t.Fatal(err)
	}
	ix := b.Index()
	debug.SetGCPercent(10)
	took, cpu := time.Since(start), cpuTime(t)-cpu
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	add("index build (EachSentenceText → Builder)", "%.1f s wall, %.1f s CPU, %d sentences", took.Seconds(), cpu.Seconds(), ix.Len())
	add("index heap after build", "%d MB", (after.HeapAlloc-before.HeapAlloc)>>20)
	return ix
}

// inProcess times every query on the index and judges its results.
func inProcess(t *testing.T, ix *search.Index, queries []typocorpus.Query, add func(string, string, ...any)) {
	var clean, typo []time.Duration
	var q quality
	for _, query := range queries {
		start := time.Now()
		res, err := ix.Search(context.Background(), query.Text, 10)
		took := time.Since(start)
		if err != nil {
			t.Fatal(err)
		}
		switch query.Kind {
		case typocorpus.Dropped, typocorpus.Doubled, typocorpus.Swapped, typocorpus.Wrong:
			typo = append(typo, took)
		default:
			clean = append(clean, took)
		}
		q.judge(query, res)
	}
	all := append(slices.Clone(clean), typo...)
	add("data/search p50 / p95, all queries", "%s / %s ms (max %s ms)", ms(percentile(all, 50)), ms(percentile(all, 95)), ms(percentile(all, 100)))
	add("data/search p50 / p95, without typos", "%s / %s ms (%d queries)", ms(percentile(clean, 50)), ms(percentile(clean, 95)), len(clean))
	add("data/search p50 / p95, with a typo", "%s / %s ms (%d queries)", ms(percentile(typo, 50)), ms(percentile(typo, 95)), len(typo))
	add("precision@10 / MRR", "%.3f / %.3f", q.p10(), q.mrr())
}

// baselines times plain fuzzy.Find and the previous scan on the first
// baselineQueries queries.
func baselines(t *testing.T, st *store.Store, queries []typocorpus.Query, add func(string, string, ...any)) {
	ctx := context.Background()
	var texts []string
	b := subseq.NewBuilder(0)
	err := st.EachSentenceText(ctx, func(doc int64, index int, text string) error {
		texts = append(texts, text)
		return b.Add(doc, index, text)
	})
	if err != nil {
		t.Fatal(err)
	}
	prev := b.Shards()
	var plain, scan []time.Duration
	var qPlain, qScan quality
	for _, query := range queries[:min(baselineQueries, len(queries))] {
		start := time.Now()
		matches := fuzzy.Find(query.Text, texts)
		plain = append(plain, time.Since(start))
		var res []search.Result
		for _, m := range matches[:min(10, len(matches))] {
			res = append(res, search.Result{Entry: search.Entry{Text: m.Str}})
		}
		qPlain.judge(query, res)
		start = time.Now()
		old, err := prev.Search(ctx, query.Text, 10)
		if err != nil {
			t.Fatal(err)
		}
		scan = append(scan, time.Since(start))
		res = res[:0]
		for _, r := range old {
			res = append(res, search.Result{Entry: search.Entry{Text: r.Text}})
		}
		qScan.judge(query, res)
	}
	add("fuzzy.Find p50 / p95, P@10 / MRR", "%s / %s ms, %.3f / %.3f (first %d queries)",
		ms(percentile(plain, 50)), ms(percentile(plain, 95)), qPlain.p10(), qPlain.mrr(), len(plain))
	add("previous scan p50 / p95, P@10 / MRR", "%s / %s ms, %.3f / %.3f (same queries)",
		ms(percentile(scan, 50)), ms(percentile(scan, 95)), qScan.p10(), qScan.mrr())
}

// cliMeasured times veritag-cli search --stdin from outside: the first answer
// (open, index built or loaded, one query), every query, and the peak
// RSS.
func cliMeasured(t *testing.T, bin, db, how string, queries []typocorpus.Query, add func(string, string, ...any)) {
	cmd := exec.Command(bin, "search", "--stdin", "--json", "--db", db, "--limit", "10")
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
	ask("governo")
	ready := time.Since(start)
	readyCPU, err := procCPU(cmd.Process.Pid)
	if err != nil {
		t.Fatal(err)
	}
	var lat []time.Duration
	for _, q := range queries {
		lat = append(lat, ask(q.Text))
	}
	peak, err := statusMB(cmd.Process.Pid, "VmHWM")
	if err != nil {
		t.Fatal(err)
	}
	stdin.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("search --stdin: %v", err)
	}
	add("veritag-cli search --stdin: first answer", "%.1f s wall, %.1f s CPU (%s, one query)", ready.Seconds(), readyCPU.Seconds(), how)
	add("veritag-cli search --stdin p50 / p95", "%s / %s ms per query, from outside", ms(percentile(lat, 50)), ms(percentile(lat, 95)))
	add("veritag-cli search peak RSS (VmHWM)", "%.0f MB", peak)
	load, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		t.Fatal(err)
	}
	add("load average (1, 5, 15 min) after", "%s", strings.Join(strings.Fields(string(load))[:3], ", "))
}

// percentile returns the p-th percentile (0..100) of ds, nearest rank.
func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	i := int(p/100*float64(len(s))+0.5) - 1
	return s[min(max(i, 0), len(s)-1)]
}

// ms formats a duration in milliseconds.
func ms(d time.Duration) string {
	return strconv.FormatFloat(float64(d)/float64(time.Millisecond), 'f', 1, 64)
}

// cpuTime returns the CPU time (user and system) of this process so far.
func cpuTime(t *testing.T) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// procCPU returns the CPU time (user and system) of process pid so far,
// from /proc/PID/stat (in clock ticks of 1/100 s).
func procCPU(pid int) (time.Duration, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, err
	}
	// The fields after the command name (which may hold spaces) in ")".
	f := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+1:]))
	if len(f) < 13 {
		return 0, fmt.Errorf("/proc/%d/stat: %q", pid, b)
	}
	utime, err1 := strconv.ParseInt(f[11], 10, 64)
	stime, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, fmt.Errorf("/proc/%d/stat: %q", pid, b)
	}
	return time.Duration(utime+stime) * 10 * time.Millisecond, nil
}

// statusMB reads a memory field (VmHWM, VmRSS) of /proc/PID/status in MB.
func statusMB(pid int, field string) (float64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	for line := range strings.Lines(string(b)) {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			var kb float64
			if _, err := fmt.Sscan(rest, &kb); err != nil {
				return 0, err
			}
			return kb / 1024, nil
		}
	}
	return 0, fmt.Errorf("no %s in /proc/%d/status", field, pid)
}
