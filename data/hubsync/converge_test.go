package hubsync

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/veritag/veritag/data/hub"
)

// TestThreeFilesTaggingConcurrentlyConverge: three members tag the same
// articles at the same time, each in their own file, syncing as they go
// (tags, changes of mind, clearings, an adjudicator's final labels). In
// the end the three files export byte-identical jsonl, the hub holds what
// they hold, and another sync moves nothing.
func TestThreeFilesTaggingConcurrentlyConverge(t *testing.T) {
	tm := newTeam(t)
	names := []string{"anna", "bruno", "carla"}
	urls := map[string]string{
		"anna":  tm.member(t, "anna", hub.RoleAnnotator),
		"bruno": tm.member(t, "bruno", hub.RoleAnnotator),
		"carla": tm.member(t, "carla", hub.RoleAdjudicator),
	}
	files := map[string]*storeT{}
	for _, n := range names {
		files[n] = &storeT{st: newLocal(t)}
	}
	docs := importDocs(t, files["anna"].st, article("Kursk", 40), article("Mosca", 25))
	for _, n := range names {
		syncOK(t, files[n].st, urls[n])
	}
	if r := syncOK(t, files["bruno"].st, urls["bruno"]); r.Pulled != 0 || r.Pushed != 0 {
		t.Fatalf("a second sync moved %+v", r)
	}
	labels := []string{"CLAIM", "FACT", "SPECULATION", ""}
	var wg sync.WaitGroup
	errs := make(chan error, len(names))
	for i, n := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(i), 7))
			st := files[n].st
			for step := range 120 {
				doc, idx := docs[rng.IntN(len(docs))], rng.IntN(25)
				label := labels[rng.IntN(len(labels))]
				var err error
				if n == "carla" && step%3 == 0 {
					err = st.Adjudicate(context.Background(), doc, idx, label, n)
				} else {
					_, err = st.Annotate(context.Background(), annotation(doc, idx, n, label, step))
				}
				if err != nil {
					errs <- err
					return
				}
				if step%10 == 9 {
					if _, err := Once(context.Background(), st, urls[n]); err != nil {
						errs <- fmt.Errorf("%s: %w", n, err)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	for range 2 {
		for _, n := range names {
			syncOK(t, files[n].st, urls[n])
		}
	}
	want := exportJSONL(t, files["anna"].st)
	for _, n := range names[1:] {
		if got := exportJSONL(t, files[n].st); got != want {
			t.Fatalf("%s's export differs from anna's: %s", n, firstDifference(got, want))
		}
	}
	for _, n := range names {
		if r := syncOK(t, files[n].st, urls[n]); r.Pushed != 0 || r.Pulled != 0 {
			t.Fatalf("%s: a replayed sync moved %+v", n, r)
		}
	}
	if got, local := tm.status(t).Annotations, annotationCount(t, files["anna"].st); got != local || local == 0 {
		t.Fatalf("hub has %d annotations, the files %d", got, local)
	}
}

// firstDifference shows the first line where two exports differ.
func firstDifference(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			return fmt.Sprintf("line %d:\n%s\n%s", i+1, la[i], lb[i])
		}
	}
	return fmt.Sprintf("%d lines against %d", len(la), len(lb))
}
