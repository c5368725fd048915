package hub

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/veritag/veritag/data/model"
)

// TestChangesNeverSkipAWriterInFlight: a push still open when a later one
// commits holds readers below its own changes, so a reader whose cursor
// passes the later change never skips the earlier one when it commits; a
// push that rolls back leaves a gap the reader passes. The reader is a
// plain annotator, so the horizon works with an annotator's rights.
func TestChangesNeverSkipAWriterInFlight(t *testing.T) {
	ctx := context.Background()
	th := newTestHub(t)
	anna, bruno := th.member(t, "anna", RoleAnnotator), th.member(t, "bruno", RoleAnnotator)
	reader, err := Open(ctx, th.member(t, "carla", RoleAnnotator))
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	doc := testDocument("Il ministro ha parlato. Potrebbe piovere. Fine.")
	first, second := sentenceHashOf(doc.Hash, doc.Sentences[0]), sentenceHashOf(doc.Hash, doc.Sentences[1])
	if _, err := reader.PushDocuments(ctx, []model.SyncDocument{doc}); err != nil {
		t.Fatal(err)
	}
	cursor := lastSeen(t, reader, 0)
	fast, err := Open(ctx, bruno)
	if err != nil {
		t.Fatal(err)
	}
	defer fast.Close()
	slow := sqlConn(t, anna)

	// anna's first transaction logs its change and rolls back after
	// bruno's push: the reader passes the gap it leaves
	tx, err := slow.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	annotate(t, tx, first, "SPECULATION")
	pushAs(t, fast, second, "bruno", "CLAIM")
	if got := annotators(t, reader, cursor); len(got) != 0 {
		t.Fatalf("with anna's push in flight the reader got %v, want nothing", got)
	}
	if err := tx.Rollback(ctx); err != nil {
		t.Fatal(err)
	}
	if got := annotators(t, reader, cursor); len(got) != 1 || got[0] != "bruno" {
		t.Fatalf("after anna's rollback the reader got %v, want [bruno]", got)
	}
	cursor = lastSeen(t, reader, cursor)

	// anna's second transaction commits after bruno's next push
	tx, err = slow.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	annotate(t, tx, first, "CLAIM")
	pushAs(t, fast, second, "bruno", "FACT")
	if got := annotators(t, reader, cursor); len(got) != 0 {
		t.Fatalf("with anna's push in flight the reader got %v, want nothing", got)
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	if got := annotators(t, reader, cursor); len(got) != 2 || got[0] != "anna" || got[1] != "bruno" {
		t.Fatalf("after anna's commit the reader got %v, want [anna bruno] in log order", got)
	}
}

// annotate writes anna's label on a sentence with plain SQL.
func annotate(t *testing.T, tx pgx.Tx, sentence, label string) {
	t.Helper()
	_, err := tx.Exec(context.Background(), `INSERT INTO veritag.annotations(sentence_hash, annotator, label, updated_ns) VALUES ($1, 'anna', $2, $3)
		ON CONFLICT (sentence_hash, annotator) DO UPDATE SET label = excluded.label, updated_ns = excluded.updated_ns`,
		sentence, label, time.Now().UnixNano())
	if err != nil {
		t.Fatal(err)
	}
}

// pushAs pushes one annotation through h and waits for its commit.
func pushAs(t *testing.T, h *Hub, sentence, annotator, label string) {
	t.Helper()
	a := model.SyncAnnotation{SentenceHash: sentence, Annotator: annotator, Label: label, UpdatedAt: time.Now()}
	if p, err := h.PushChanges(context.Background(), []model.SyncAnnotation{a}, nil); err != nil || p.Changed != 1 {
		t.Fatalf("push: %+v %v", p, err)
	}
}

// annotators lists whose annotation changes a reader gets after cursor.
func annotators(t *testing.T, h *Hub, cursor int64) []string {
	t.Helper()
	p, err := h.Changes(context.Background(), cursor, 100)
	if err != nil {
		t.Fatal(err)
	}
	var who []string
	for _, c := range p.Changes {
		who = append(who, c.Annotation.Annotator)
	}
	return who
}

// lastSeen reads every change after cursor and returns the last sequence.
func lastSeen(t *testing.T, h *Hub, cursor int64) int64 {
	t.Helper()
	p, err := h.Changes(context.Background(), cursor, 1000)
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Changes; len(got) > 0 {
		cursor = got[len(got)-1].Seq
	}
	return cursor
}

// TestPastOwnSparesAPusherOnlyItsOwnChanges: after a large push the
// pusher's pull cursor passes the changes that push logged, unless another
// member's change lies between.
func TestPastOwnSparesAPusherOnlyItsOwnChanges(t *testing.T) {
	ctx := context.Background()
	th := newTestHub(t)
	anna, err := Open(ctx, th.member(t, "anna", RoleAnnotator))
	if err != nil {
		t.Fatal(err)
	}
	defer anna.Close()
	bruno, err := Open(ctx, th.member(t, "bruno", RoleAnnotator))
	if err != nil {
		t.Fatal(err)
	}
	defer bruno.Close()
	var docs []model.SyncDocument
	var anns []model.SyncAnnotation
	for i := 0; len(anns) < ownCheck; i++ {
		d := testDocument(fmt.Sprintf("Documento %d. Una frase. Un'altra frase. Fine.", i))
		docs = append(docs, d)
		for _, sp := range d.Sentences {
			anns = append(anns, model.SyncAnnotation{SentenceHash: sentenceHashOf(d.Hash, sp), Annotator: "anna", Label: "FACT", UpdatedAt: time.Now()})
		}
	}
	if _, err := anna.PushDocuments(ctx, docs); err != nil {
		t.Fatal(err)
	}
	cursor := lastSeen(t, anna, 0)
	p, err := anna.PushChanges(ctx, anns, nil)
	if err != nil || p.Changed != len(anns) {
		t.Fatalf("push: %+v %v", p, err)
	}
	past, err := anna.PastOwn(ctx, p, cursor)
	if err != nil || past != lastSeen(t, anna, cursor) {
		t.Fatalf("past anna's own push the cursor is at %d (%v), want %d", past, err, lastSeen(t, anna, cursor))
	}
	pushAs(t, bruno, anns[0].SentenceHash, "bruno", "CLAIM")
	for i := range anns {
		anns[i].Label, anns[i].UpdatedAt = "CLAIM", time.Now()
	}
	if p, err = anna.PushChanges(ctx, anns, nil); err != nil {
		t.Fatal(err)
	}
	if got, err := anna.PastOwn(ctx, p, past); err != nil || got != past {
		t.Fatalf("with bruno's change after it the cursor moved from %d to %d (%v)", past, got, err)
	}
}
