package gui

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/veritag/veritag/data/hub"
	"github.com/veritag/veritag/data/hublink"
	"github.com/veritag/veritag/data/hubsync"
	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/internal/pgtest"
)

// pumpedLink is the real hub link whose reports wait in a queue until the
// test's goroutine hands them to the UI, as the app's event loop would:
// fyne's test driver runs fyne.Do on the calling goroutine.
type pumpedLink struct {
	*hublink.Link
	mu      sync.Mutex
	queued  []func()
	arrived chan struct{}
}

func (p *pumpedLink) Connect(l model.HubLink, report func(model.HubReport)) {
	p.Link.Connect(l, func(r model.HubReport) {
		p.mu.Lock()
		p.queued = append(p.queued, func() { report(r) })
		p.mu.Unlock()
		select {
		case p.arrived <- struct{}{}:
		default:
		}
	})
}

// deliver hands the queued reports to the UI; it waits for one at most a
// tenth of a second when none is queued.
func (p *pumpedLink) deliver() {
	p.mu.Lock()
	q := p.queued
	p.queued = nil
	p.mu.Unlock()
	if len(q) == 0 {
		select {
		case <-p.arrived:
		case <-time.After(100 * time.Millisecond):
		}
	}
	for _, f := range q {
		f()
	}
}

func TestHubLinkBringsAColleaguesTagIntoTheOpenArticle(t *testing.T) {
	c, db := pgtest.NewDatabase(t)
	ctx := context.Background()
	if _, err := hub.Init(ctx, c.SuperURL(db)); err != nil {
		t.Fatal(err)
	}
	owner, err := hub.Open(ctx, c.SuperURL(db))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"alice", "bob"} {
		if err := owner.AddUser(ctx, name, "annotator", "pw-"+name); err != nil {
			t.Fatal(err)
		}
	}
	owner.Close()
	hubURL := fmt.Sprintf("postgres://127.0.0.1:%d/%s?sslmode=disable", c.Port, db)

	// Two local files holding the same article: alice's is open in the app.
	dir := t.TempDir()
	aliceDB := openStore(t, filepath.Join(dir, "alice.db"), 6)
	bobDB := openStore(t, filepath.Join(dir, "bob.db"), 6)
	link := &pumpedLink{Link: hublink.New(aliceDB), arrived: make(chan struct{}, 1)}
	held := new([]func())
	u := newUI(test.NewTempApp(t), aliceDB, Options{Annotator: "alice", Hub: link}, func(job func()) { *held = append(*held, job) }, defaultServices())
	u.win.Resize(fyne.NewSize(1280, 800))
	exited := false
	u.exit = func() { exited = true }
	runHeld(held)
	defer link.Disconnect()
	until := func(what string, done func() bool) {
		t.Helper()
		deadline := time.Now().Add(time.Minute)
		for !done() {
			if time.Now().After(deadline) {
				t.Fatalf("%s: not within a minute; hub status %q", what, hubText(u))
			}
			link.deliver()
			runHeld(held)
		}
	}

	d := fillHubDialog(t, u, hubURL, "alice", "pw-alice", false)
	test.Tap(d.connect)
	runHeld(held)
	until("first sync", func() bool { return strings.HasPrefix(hubText(u), "Synced") })

	// bob tags sentence 2 in his own file and syncs it to the hub.
	doc := u.doc.ID
	bobDocs, _ := bobDB.Documents(ctx)
	if _, err := bobDB.Annotate(ctx, model.Annotation{DocID: bobDocs[0].ID, SentenceIndex: 2, Annotator: "bob", Label: "SPECULATION"}); err != nil {
		t.Fatal(err)
	}
	if _, err := hubsync.Once(ctx, bobDB, c.URL("bob", "pw-bob", db)); err != nil {
		t.Fatal(err)
	}
	until("bob's tag in alice's open article", func() bool {
		return len(u.others[2]) == 1 && u.others[2][0].Annotator == "bob" && u.others[2][0].Label == "SPECULATION"
	})
	if u.doc.ID != doc {
		t.Fatal("the open article changed")
	}

	// alice tags in the app; the link pushes it, and bob's next sync has it.
	u.selectSentence(0)
	press(u, "2")
	runHeld(held)
	until("alice's tag pushed", func() bool {
		n, err := link.Pending(ctx)
		return err == nil && n == 0 && strings.HasPrefix(hubText(u), "Synced")
	})
	if _, err := hubsync.Once(ctx, bobDB, c.URL("bob", "pw-bob", db)); err != nil {
		t.Fatal(err)
	}
	anns, _ := bobDB.Annotations(ctx, bobDocs[0].ID)
	if !hasAnnotation(anns, "alice", 0, "FACT") {
		t.Errorf("bob's file lacks alice's tag after syncing: %+v", anns)
	}

	// Quitting stops the link before the app ends.
	shortcut(u, scQuit)
	until("quit", func() bool { return exited })
}

// hasAnnotation reports whether anns holds annotator's label on sentence i.
func hasAnnotation(anns []model.Annotation, annotator string, i int, label string) bool {
	for _, a := range anns {
		if a.Annotator == annotator && a.SentenceIndex == i && a.Label == label {
			return true
		}
	}
	return false
}
