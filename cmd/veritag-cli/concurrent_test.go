package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os/exec"
	"strings"
	"sync"
	"testing"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/data/store"
)

// TestProcessesShareTheFile runs two `tag --stdin` processes tagging
// disjoint sentences of the same file as the same annotator, while a third
// keeps running list, search and stats: no process may see "database is
// locked" or any other error, every line is acknowledged, and every tag,
// event and undo entry is there at the end.
func TestProcessesShareTheFile(t *testing.T) {
	const perDoc = 150
	bin := binary(t)
	db, ids := generatedDB(t, 2, perDoc)
	labels := []string{"CLAIM", "FACT", "SPECULATION"}
	label := func(doc int64, i int) string { return labels[(int(doc)+i)%len(labels)] }
	inputs := make([]strings.Builder, 2)
	for _, doc := range ids {
		for i := range perDoc {
			fmt.Fprintf(&inputs[i%2], "%d %d %s\n", doc, i, label(doc, i))
		}
	}
	var wg sync.WaitGroup
	outs := make([]procResult, 2)
	for w := range outs {
		wg.Go(func() {
			outs[w] = runBinary(bin, inputs[w].String(), "tag", "--stdin", "--db", db, "--annotator", "a")
		})
	}
	writersDone := make(chan struct{})
	go func() { wg.Wait(); close(writersDone) }()
	reads := 0
	for done := false; !done; {
		select {
		case <-writersDone:
			done = true
		default:
		}
		for _, args := range [][]string{
			{"list", "--db", db},
			{"search", "--db", db, "--json", "--limit", "5", "Lavrov"},
			{"stats", "--db", db},
		} {
			r := runBinary(bin, "", args...)
			if r.err != nil || r.stderr != "" {
				t.Fatalf("%v while tagging: %v, stderr %q", args, r.err, r.stderr)
			}
			if args[0] == "search" && !json.Valid([]byte(r.stdout)) {
				t.Fatalf("search printed %q", r.stdout)
			}
			reads++
		}
	}
	for w, r := range outs {
		if r.err != nil || r.stderr != "" {
			t.Fatalf("writer %d: %v, stderr %q", w, r.err, r.stderr)
		}
		var want strings.Builder
		for line := range strings.Lines(inputs[w].String()) {
			f := strings.Fields(line)
			fmt.Fprintf(&want, "ok %s %s\n", f[0], f[1])
		}
		if r.stdout != want.String() {
			t.Fatalf("writer %d acknowledged %d of %d lines", w, strings.Count(r.stdout, "\n"), strings.Count(want.String(), "\n"))
		}
	}
	t.Logf("%d reading commands ran meanwhile", reads)
	checkAllTagged(t, db, ids, perDoc, label)
}

// checkAllTagged verifies that annotator a has every sentence with its
// label, and one event and one undo entry per tag.
func checkAllTagged(t *testing.T, db string, ids []int64, perDoc int, label func(int64, int) string) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, doc := range ids {
		anns, err := st.Annotations(ctx, doc)
		if err != nil {
			t.Fatal(err)
		}
		if len(anns) != perDoc {
			t.Fatalf("document %d has %d annotations, want %d", doc, len(anns), perDoc)
		}
		for _, a := range anns {
			if a.Annotator != "a" || a.Label != label(doc, a.SentenceIndex) {
				t.Fatalf("document %d sentence %d: %s by %s, want %s", doc, a.SentenceIndex, a.Label, a.Annotator, label(doc, a.SentenceIndex))
			}
		}
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := len(ids) * perDoc; stats.Events != want {
		t.Errorf("%d events, want %d", stats.Events, want)
	}
	undone := 0
	for range len(ids) * perDoc {
		if _, ok, err := st.Undo(ctx, "a"); err != nil || !ok {
			t.Fatalf("undo %d: ok %v, %v", undone+1, ok, err)
		}
		undone++
	}
	if _, ok, _ := st.Undo(ctx, "a"); ok {
		t.Errorf("more than %d changes to undo", undone)
	}
}

// TestDataVersionSeesOtherProcess checks that an open Store's DataVersion
// stays put while nothing is written and changes when another process
// commits, as the desktop app's polling relies on.
func TestDataVersionSeesOtherProcess(t *testing.T) {
	bin := binary(t)
	db, ids := generatedDB(t, 1, 10)
	ctx := context.Background()
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	before, err := st.DataVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := st.DataVersion(ctx); again != before {
		t.Fatalf("DataVersion moved from %d to %d with no commit", before, again)
	}
	doc := fmt.Sprint(ids[0])
	if r := runBinary(bin, "", "list", "--db", db); r.err != nil {
		t.Fatalf("list: %v %s", r.err, r.stderr)
	}
	if again, _ := st.DataVersion(ctx); again != before {
		t.Fatalf("DataVersion moved from %d to %d after a read", before, again)
	}
	if r := runBinary(bin, "", "tag", "--db", db, "--annotator", "other", doc, "3", "FACT"); r.err != nil {
		t.Fatalf("tag: %v %s", r.err, r.stderr)
	}
	after, err := st.DataVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after == before {
		t.Fatalf("DataVersion stayed %d after another process committed", before)
	}
	anns, err := st.SentenceAnnotations(ctx, ids[0], 3)
	if err != nil || len(anns) != 1 || anns[0] != (model.Annotation{DocID: ids[0], SentenceIndex: 3, Annotator: "other", Label: "FACT", UpdatedAt: anns[0].UpdatedAt}) {
		t.Fatalf("the other process's tag reads back as %+v, %v", anns, err)
	}
}

// procResult is the outcome of one veritag-cli process.
type procResult struct {
	stdout, stderr string
	err            error
}

// runBinary runs veritag-cli with args and stdin to completion.
func runBinary(bin, stdin string, args ...string) procResult {
	cmd := exec.Command(bin, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	return procResult{out.String(), errb.String(), err}
}
