package store

import (
	"context"
	"strings"
	"testing"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/internal/corpus"
)

// TestUnknownLabelIsRecognisedByErrorCode checks that a label missing from
// the label set, refused by SQLite's foreign key, comes back as one clear
// message from Annotate and Adjudicate, and that nothing was stored.
func TestUnknownLabelIsRecognisedByErrorCode(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	doc := importOne(t, s, corpus.Document(9, 0, 5))
	_, err := s.Annotate(ctx, model.Annotation{DocID: doc.ID, SentenceIndex: 0, Annotator: "a", Label: "OPINION"})
	if err == nil || !strings.Contains(err.Error(), "unknown label OPINION") {
		t.Errorf("Annotate: %v", err)
	}
	if err := s.Adjudicate(ctx, doc.ID, 0, "OPINION", "judge"); err == nil || !strings.Contains(err.Error(), "unknown label OPINION") {
		t.Errorf("Adjudicate: %v", err)
	}
	if anns, _ := s.Annotations(ctx, doc.ID); len(anns) != 0 {
		t.Errorf("stored %+v", anns)
	}
	if isForeignKey(context.Canceled) {
		t.Error("a cancelled context counted as a foreign-key failure")
	}
}
