package hubsync

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/veritag/veritag/data/hub"
)

// TestOfflineEditsSyncAfterTheHubReturns: with the hub down a sync fails
// with one line saying so and loses nothing; once it is back the edits
// made meanwhile reach the other member.
func TestOfflineEditsSyncAfterTheHubReturns(t *testing.T) {
	tm := newTeam(t)
	anna, bruno := tm.member(t, "anna", hub.RoleAnnotator), tm.member(t, "bruno", hub.RoleAnnotator)
	a, b := newLocal(t), newLocal(t)
	docs := importDocs(t, a, article("Offline", 10))
	syncOK(t, a, anna)
	syncOK(t, b, bruno)
	if err := tm.c.Stop(); err != nil {
		t.Fatal(err)
	}
	restarted := false
	defer func() {
		if !restarted {
			tm.c.Start()
		}
	}()
	for i := range 5 {
		tag(t, a, docs[0], i, "anna", "FACT")
	}
	_, err := Once(context.Background(), a, anna)
	if !hub.IsOffline(err) || strings.Contains(err.Error(), "\n") || !strings.Contains(err.Error(), tm.db) {
		t.Fatalf("sync with the hub down: %v", err)
	}
	if n := annotationCount(t, a); n != 5 {
		t.Fatalf("the failed sync left %d annotations, want 5", n)
	}
	if err := tm.c.Start(); err != nil {
		t.Fatal(err)
	}
	restarted = true
	if r := syncOK(t, a, anna); r.Pushed != 5 {
		t.Fatalf("after the hub returned: %+v", r)
	}
	if r := syncOK(t, b, bruno); r.Pulled != 5 {
		t.Fatalf("bruno pulled %+v", r)
	}
	if exportJSONL(t, a) != exportJSONL(t, b) {
		t.Fatal("the two files differ")
	}
}

// TestWatchDeliversLiveAndSurvivesAHubRestart: a watching file receives
// another member's tags as they are synced, keeps going through a hub
// restart, and stops cleanly when its context ends.
func TestWatchDeliversLiveAndSurvivesAHubRestart(t *testing.T) {
	tm := newTeam(t)
	anna, bruno := tm.member(t, "anna", hub.RoleAnnotator), tm.member(t, "bruno", hub.RoleAnnotator)
	a, b := newLocal(t), newLocal(t)
	docs := importDocs(t, a, article("Live", 10))
	syncOK(t, a, anna)
	ctx, cancel := context.WithCancel(context.Background())
	var mu sync.Mutex
	var errs []error
	done := make(chan error, 1)
	go func() {
		done <- Watch(ctx, b, bruno, func(_ Result, err error) {
			if err != nil {
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
			}
		})
	}()
	waitFor := func(what string, ok func() bool) {
		t.Helper()
		for deadline := time.Now().Add(60 * time.Second); !ok(); time.Sleep(20 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s", what)
			}
		}
	}
	tag(t, a, docs[0], 0, "anna", "CLAIM")
	syncOK(t, a, anna)
	waitFor("the first tag to arrive", func() bool { return annotationCount(t, b) == 1 })

	if err := tm.c.Stop(); err != nil {
		t.Fatal(err)
	}
	waitFor("the watcher to notice the hub is down", func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(errs) > 0
	})
	if err := tm.c.Start(); err != nil {
		t.Fatal(err)
	}
	tag(t, a, docs[0], 1, "anna", "FACT")
	tag(t, b, docs[0], 2, "bruno", "SPECULATION") // the watcher pushes its own file's tags too
	waitFor("anna's sync after the restart", func() bool {
		_, err := Once(context.Background(), a, anna)
		return err == nil
	})
	waitFor("tags on both sides to meet", func() bool {
		syncOK(t, a, anna)
		return annotationCount(t, b) == 3 && annotationCount(t, a) == 3
	})
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("watch ended with %v", err)
	}
	for _, err := range errs {
		if !hub.IsOffline(err) {
			t.Fatalf("the restart gave a non-offline error: %v", err)
		}
	}
}

// TestForgedLocalAnnotationIsRefusedByTheHub: a local file holding an
// annotation in another member's name cannot sync it: the hub refuses the
// push, in one line, and neither side changes.
func TestForgedLocalAnnotationIsRefusedByTheHub(t *testing.T) {
	tm := newTeam(t)
	anna := tm.member(t, "anna", hub.RoleAnnotator)
	tm.member(t, "bruno", hub.RoleAnnotator)
	a := newLocal(t)
	docs := importDocs(t, a, article("Falso", 5))
	syncOK(t, a, anna)
	tag(t, a, docs[0], 0, "anna", "FACT")
	tag(t, a, docs[0], 1, "bruno", "CLAIM") // forged: anna's file, bruno's name
	before := exportJSONL(t, a)
	pending, _ := a.PendingForHub(context.Background(), hubID(t, anna))
	_, err := Once(context.Background(), a, anna)
	if !hub.IsRefused(err) || strings.Contains(err.Error(), "\n") || !strings.Contains(err.Error(), tm.db) {
		t.Fatalf("forged annotation: %v", err)
	}
	if st := tm.status(t); st.Annotations != 0 {
		t.Fatalf("the hub took %d annotations from a refused push", st.Annotations)
	}
	after, _ := a.PendingForHub(context.Background(), hubID(t, anna))
	if exportJSONL(t, a) != before || after != pending || pending == 0 {
		t.Fatalf("the refused sync changed the local file (pending %d -> %d)", pending, after)
	}
}

// TestMalformedHubRowsAreRefusedAndChangeNothing: a change log row that
// does not decode (written by whoever controls the server) stops the pull
// with a line naming the hub and the change; the local file is untouched.
func TestMalformedHubRowsAreRefusedAndChangeNothing(t *testing.T) {
	tm := newTeam(t)
	anna := tm.member(t, "anna", hub.RoleAnnotator)
	a, b := newLocal(t), newLocal(t)
	importDocs(t, a, article("Veleno", 5))
	syncOK(t, a, anna)
	for _, c := range [][2]string{
		{"malformed hash", "INSERT INTO veritag.changes(actor, kind, sentence_hash, annotator, label, updated_ns) VALUES ('x', 'annotation', 'nothex', 'anna', 'FACT', 1)"},
		{"malformed label", "INSERT INTO veritag.changes(actor, kind, sentence_hash, annotator, label, updated_ns) VALUES ('x', 'annotation', repeat('a', 32), 'anna', 'fact; DROP', 1)"},
		{"unknown kind", "INSERT INTO veritag.changes(actor, kind, doc_hash) VALUES ('x', 'rm -rf', repeat('a', 64))"},
		{"text not its hash (last: it stays)", "ALTER TABLE veritag.documents DROP CONSTRAINT documents_check; UPDATE veritag.documents SET text = text || ' Aggiunto.'"},
	} {
		name, bad := c[0], c[1]
		t.Run(name, func(t *testing.T) {
			_, db := tm.c, tm.db
			tm.c.Exec(t, db, bad)
			before := exportJSONL(t, b)
			_, err := Once(context.Background(), b, anna)
			if err == nil || strings.Contains(err.Error(), "\n") || !strings.Contains(err.Error(), db) {
				t.Fatalf("%s: %v", bad, err)
			}
			if exportJSONL(t, b) != before {
				t.Fatalf("%s changed the local file", bad)
			}
			tm.c.Exec(t, db, "ALTER TABLE veritag.changes DISABLE TRIGGER changes_append_only; DELETE FROM veritag.changes WHERE actor = 'x'; ALTER TABLE veritag.changes ENABLE TRIGGER changes_append_only")
		})
	}
}

// hubID is the id of the hub at url.
func hubID(t *testing.T, url string) string {
	t.Helper()
	h, err := hub.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	return h.ID
}
