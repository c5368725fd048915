package hub

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/data/store"
)

func TestInitIsIdempotentAndStatusCountsCurrentAnnotations(t *testing.T) {
	th := newTestHub(t)
	ctx := context.Background()
	if _, err := Init(ctx, th.ownerURL()); err != nil {
		t.Fatalf("second init: %v", err)
	}
	anna := th.member(t, "anna", RoleAnnotator)
	h, err := Open(ctx, anna)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	if h.User != "anna" || h.ID == "" {
		t.Fatalf("user %q id %q", h.User, h.ID)
	}
	doc := testDocument("Prima frase. Seconda frase.")
	if n, err := h.PushDocuments(ctx, []model.SyncDocument{doc}); err != nil || n != 1 {
		t.Fatalf("push document: %d %v", n, err)
	}
	at := time.Now()
	anns := []model.SyncAnnotation{
		{SentenceHash: sentenceHashOf(doc.Hash, doc.Sentences[0]), Annotator: "anna", Label: "FACT", UpdatedAt: at},
		{SentenceHash: sentenceHashOf(doc.Hash, doc.Sentences[1]), Annotator: "anna", Label: "CLAIM", UpdatedAt: at},
	}
	if p, err := h.PushChanges(ctx, anns, nil); err != nil || p.Changed != 2 {
		t.Fatalf("push: %+v %v", p, err)
	}
	anns[1].Label, anns[1].UpdatedAt = "", at.Add(time.Second) // cleared
	if p, err := h.PushChanges(ctx, anns, nil); err != nil || p.Changed != 1 {
		t.Fatalf("push clearing: %+v %v", p, err)
	}
	if p, err := h.PushChanges(ctx, anns, nil); err != nil || p.Changed != 0 {
		t.Fatalf("replay changed %+v %v", p, err)
	}
	st, err := h.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 1 || st.Sentences != 2 || st.Annotations != 1 || strings.Join(st.Annotators, ",") != "anna" || st.LastChange == nil {
		t.Fatalf("status %+v", st)
	}
	pulled, err := h.Changes(ctx, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	changes := pulled.Changes
	if len(pulled.Labels) != len(model.DefaultLabels) {
		t.Fatalf("labels read with the changes: %v", pulled.Labels)
	}
	kinds := []string{}
	for _, c := range changes {
		kinds = append(kinds, c.Kind)
	}
	if got := strings.Join(kinds, " "); got != "document annotation annotation annotation" {
		t.Fatalf("change log: %s", got)
	}
	if changes[0].Document == nil || changes[0].Document.Text != doc.Text || changes[3].Annotation.Label != "" {
		t.Fatalf("changes carry %+v / %+v", changes[0].Document, changes[3].Annotation)
	}
}

// testDocument is a document split at ". ".
func testDocument(text string) model.SyncDocument {
	d := model.SyncDocument{Hash: store.DocumentHash(text), Title: "t", Lang: "it", Text: text}
	runes := []rune(text)
	start := 0
	for i := range runes {
		if runes[i] == '.' && (i+1 == len(runes) || runes[i+1] == ' ') {
			d.Sentences = append(d.Sentences, model.Span{Start: start, End: i + 1, Text: string(runes[start : i+1])})
			start = i + 2
		}
	}
	return d
}
