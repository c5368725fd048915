package hubsync

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/veritag/veritag/data/hub"
	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/data/store"
)

// childEnv makes the test binary a sync process (for the SIGKILL test):
// it syncs the file VERITAG_SYNC_DB with the hub VERITAG_SYNC_URL once.
const childEnv = "VERITAG_SYNC_CHILD"

func runChild() int {
	ctx := context.Background()
	st, err := store.Open(ctx, os.Getenv("VERITAG_SYNC_DB"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer st.Close()
	r, err := Once(ctx, st, os.Getenv("VERITAG_SYNC_URL"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Printf("pushed %d pulled %d\n", r.Pushed, r.Pulled)
	return 0
}

// TestSIGKILLMidPushLosesAndDuplicatesNothing pushes 12,000 annotations
// from a separate process and kills it with SIGKILL each time the hub has
// committed another part of the push, again and again, until a run
// finishes. The hub then holds every annotation exactly once, its change
// log has one entry per annotation, and a further sync moves nothing.
func TestSIGKILLMidPushLosesAndDuplicatesNothing(t *testing.T) {
	tm := newTeam(t)
	url := tm.member(t, "anna", hub.RoleAnnotator)
	path := filepath.Join(t.TempDir(), "anna.db")
	st, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	const docs, sentences = 120, 100
	var batch []model.ImportDoc
	for i := range docs {
		d := article(fmt.Sprintf("Articolo %d", i), sentences)
		for j := range sentences {
			d.Annotations = append(d.Annotations, model.Annotation{SentenceIndex: j, Annotator: "anna",
				Label: []string{"CLAIM", "FACT", "SPECULATION"}[(i+j)%3], Confidence: j % 4, Note: "n"})
		}
		batch = append(batch, d)
	}
	importDocs(t, st, batch...)
	owner, err := pgx.Connect(context.Background(), tm.c.SuperURL(tm.db))
	if err != nil {
		t.Fatal(err)
	}
	defer owner.Close(context.Background())
	logged := func() int64 {
		var n int64
		if err := owner.QueryRow(context.Background(), "SELECT count(*) FROM veritag.changes").Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	kills := 0
	for attempt := 0; ; attempt++ {
		if attempt == 30 {
			t.Fatal("the push never finished")
		}
		before := logged()
		child := exec.Command(os.Args[0], "-test.run=^$")
		child.Env = append(os.Environ(), childEnv+"=1", "VERITAG_SYNC_DB="+path, "VERITAG_SYNC_URL="+url)
		child.Stderr = os.Stderr
		if err := child.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- child.Wait() }()
		finished := false
	poll:
		for {
			select {
			case err := <-done:
				if err != nil {
					t.Fatalf("sync process: %v", err)
				}
				finished = true
				break poll
			default:
			}
			if logged() > before {
				child.Process.Signal(syscall.SIGKILL)
				<-done
				kills++
				break poll
			}
			time.Sleep(2 * time.Millisecond) // polling the hub, not synchronising
		}
		if finished {
			break
		}
	}
	if kills < 2 {
		t.Fatalf("only %d kills mid-push", kills)
	}
	if r := syncOK(t, st, url); r.Pushed != 0 || r.Pulled != 0 {
		t.Fatalf("after the finished push a sync moved %+v", r)
	}
	var anns, annChanges, docChanges int
	err = owner.QueryRow(context.Background(), `SELECT
		(SELECT count(*) FROM veritag.annotations WHERE label IS NOT NULL),
		(SELECT count(*) FROM veritag.changes WHERE kind = 'annotation'),
		(SELECT count(*) FROM veritag.changes WHERE kind = 'document')`).Scan(&anns, &annChanges, &docChanges)
	if err != nil {
		t.Fatal(err)
	}
	if anns != docs*sentences || annChanges != docs*sentences || docChanges != docs {
		t.Fatalf("after %d kills the hub holds %d annotations, logged %d annotation and %d document changes; want %d, %d, %d",
			kills, anns, annChanges, docChanges, docs*sentences, docs*sentences, docs)
	}
	t.Logf("%d SIGKILLs mid-push", kills)
}
