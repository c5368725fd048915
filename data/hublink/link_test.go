package hublink

import (
	"context"
	"fmt"
	"net"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/veritag/veritag/data/hub"
	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/data/store"
	"github.com/veritag/veritag/internal/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// reports collects a link's reports for the test to wait on.
type reports struct {
	mu   sync.Mutex
	list []model.HubReport
	more chan struct{}
}

func newReports() *reports { return &reports{more: make(chan struct{}, 1)} }

func (r *reports) add(rep model.HubReport) {
	r.mu.Lock()
	r.list = append(r.list, rep)
	r.mu.Unlock()
	select {
	case r.more <- struct{}{}:
	default:
	}
}

// waitFor returns the first report in state st, failing the test if none
// comes within a minute (the link retries with backoff up to 30 s).
func (r *reports) waitFor(t *testing.T, st model.HubState) model.HubReport {
	t.Helper()
	deadline := time.After(time.Minute)
	for {
		r.mu.Lock()
		for _, rep := range r.list {
			if rep.State == st {
				r.mu.Unlock()
				return rep
			}
		}
		seen := fmt.Sprint(r.list)
		r.mu.Unlock()
		select {
		case <-r.more:
		case <-deadline:
			t.Fatalf("no report in state %d; got %s", st, seen)
		}
	}
}

// hubWithAnna is an initialised hub with the annotator anna (password
// pw-anna) and its URL without a password.
func hubWithAnna(t *testing.T) string {
	t.Helper()
	c, db := pgtest.NewDatabase(t)
	ctx := context.Background()
	if _, err := hub.Init(ctx, c.SuperURL(db)); err != nil {
		t.Fatal(err)
	}
	h, err := hub.Open(ctx, c.SuperURL(db))
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	if err := h.AddUser(ctx, "anna", "annotator", "pw-anna"); err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("postgres://127.0.0.1:%d/%s?sslmode=disable", c.Port, db)
}

// localFile is a new local file holding one article tagged twice by anna.
func localFile(t *testing.T) *store.Store {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "local.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	text := "Prima frase. Seconda frase."
	docs, err := st.ImportDocs(ctx, []model.ImportDoc{{Title: "T", Lang: "it", Text: text,
		Sentences: []model.Span{{Start: 0, End: 12, Text: "Prima frase."}, {Start: 13, End: 27, Text: "Seconda frase."}}}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range []string{"FACT", "CLAIM"} {
		if _, err := st.Annotate(ctx, model.Annotation{DocID: docs[0].ID, SentenceIndex: i, Annotator: "anna", Label: l}); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

func TestLinkSyncsAndNamesTheHubAndLogin(t *testing.T) {
	url := hubWithAnna(t)
	st := localFile(t)
	l := New(st)
	r := newReports()
	l.Connect(model.HubLink{URL: url, User: "anna", Password: "pw-anna"}, r.add)
	defer l.Disconnect()
	got := r.waitFor(t, model.HubSynced)
	if got.HubID == "" || got.User != "anna" || got.Pushed == 0 || got.At.IsZero() {
		t.Errorf("first sync: %+v", got)
	}
	if n, err := l.Pending(context.Background()); n != 0 || err != nil {
		t.Errorf("after the sync %d changes wait (%v)", n, err)
	}
}

func TestLinkRefusesAWrongPasswordOnceAndStops(t *testing.T) {
	url := hubWithAnna(t)
	l := New(localFile(t))
	r := newReports()
	l.Connect(model.HubLink{URL: url, User: "anna", Password: "wrong"}, r.add)
	got := r.waitFor(t, model.HubRefused)
	if !strings.Contains(got.Err, "wrong password for user anna") || strings.HasPrefix(got.Err, "hub ") {
		t.Errorf("refusal: %q", got.Err)
	}
	l.mu.Lock()
	done := l.done
	l.mu.Unlock()
	<-done // the link gave up by itself: nothing retries a wrong password
	l.Disconnect()
}

func TestLinkOfflineCountsTheChangesWaiting(t *testing.T) {
	url := hubWithAnna(t)
	st := localFile(t)
	l := New(st)
	r := newReports()
	l.Connect(model.HubLink{URL: url, User: "anna", Password: "pw-anna"}, r.add)
	id := r.waitFor(t, model.HubSynced).HubID
	l.Disconnect()
	docs, _ := st.Documents(context.Background())
	if _, err := st.Annotate(context.Background(), model.Annotation{DocID: docs[0].ID, SentenceIndex: 0, Annotator: "anna", Label: "CLAIM"}); err != nil {
		t.Fatal(err)
	}

	down := fmt.Sprintf("postgres://127.0.0.1:%d/team?sslmode=disable", closedPort(t))
	r = newReports()
	l.Connect(model.HubLink{URL: down, User: "anna", Password: "pw-anna", HubID: id}, r.add)
	got := r.waitFor(t, model.HubOffline)
	l.Disconnect()
	if got.Pending != 1 || got.Err == "" {
		t.Errorf("offline with one change made since the sync: %+v", got)
	}

	r = newReports()
	l.Connect(model.HubLink{URL: down, User: "anna"}, r.add) // a hub never reached
	got = r.waitFor(t, model.HubOffline)
	l.Disconnect()
	if got.Pending != -1 {
		t.Errorf("a hub never reached counts %d waiting, want -1 (unknown)", got.Pending)
	}
}

// closedPort is a localhost port nothing listens on.
func closedPort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	ln.Close()
	n, _ := strconv.Atoi(port)
	return n
}
