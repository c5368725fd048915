package hub

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/veritag/veritag/data/model"
)

// TestInitUpgradesAVersion1Hub: a hub made at schema 1 is refused by this
// Veritag until its owner runs hub init, which upgrades it in place; its
// members then read the change log written before and push again.
func TestInitUpgradesAVersion1Hub(t *testing.T) {
	ctx := context.Background()
	all := migrations
	migrations = all[:1]
	th := newTestHub(t)
	anna := th.member(t, "anna", RoleAnnotator)
	doc := testDocument("Prima frase. Seconda frase.")
	first, second := sentenceHashOf(doc.Hash, doc.Sentences[0]), sentenceHashOf(doc.Hash, doc.Sentences[1])
	old, err := Open(ctx, anna)
	if err != nil {
		migrations = all
		t.Fatal(err)
	}
	_, err = old.PushDocuments(ctx, []model.SyncDocument{doc})
	if err == nil {
		_, err = old.PushChanges(ctx, []model.SyncAnnotation{{SentenceHash: first, Annotator: "anna", Label: "FACT", UpdatedAt: time.Now()}}, nil)
	}
	old.Close()
	migrations = all
	if err != nil {
		t.Fatal(err)
	}

	if _, err := Open(ctx, anna); err == nil || !strings.Contains(err.Error(), "has the older schema 1") {
		t.Fatalf("open of a version-1 hub: %v", err)
	}
	if _, err := Init(ctx, th.ownerURL()); err != nil {
		t.Fatalf("upgrade: %v", err)
	}
	h, err := Open(ctx, anna)
	if err != nil {
		t.Fatalf("open after the upgrade: %v", err)
	}
	defer h.Close()
	pushAs(t, h, second, "anna", "CLAIM")
	p, err := h.Changes(ctx, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	got := p.Changes
	var kinds []string
	for _, c := range got {
		kinds = append(kinds, c.Kind)
	}
	if strings.Join(kinds, " ") != "document annotation annotation" || got[2].Annotation.Label != "CLAIM" {
		t.Fatalf("after the upgrade the log reads %v", kinds)
	}
}
