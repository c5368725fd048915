package store

import (
	"context"
	"strings"
	"testing"

	"github.com/veritag/veritag/data/model"
)

func TestDeleteLabelRefusesWithTheCountOrMovesItsAnnotations(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	d := importOne(t, s, doc(textIT))
	if _, err := s.AddLabel(ctx, model.Label{Name: "OPINION"}); err != nil {
		t.Fatal(err)
	}
	for _, a := range []model.Annotation{
		{DocID: d.ID, SentenceIndex: 0, Annotator: "anna", Label: "OPINION", Confidence: 2, Note: "tone"},
		{DocID: d.ID, SentenceIndex: 1, Annotator: "bruno", Label: "OPINION"},
		{DocID: d.ID, SentenceIndex: 2, Annotator: "anna", Label: "FACT"},
	} {
		if _, err := s.Annotate(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Adjudicate(ctx, d.ID, 0, "OPINION", "ada"); err != nil {
		t.Fatal(err)
	}
	_, err := s.DeleteLabel(ctx, "ada", "OPINION", "")
	if err == nil || !strings.Contains(err.Error(), "used by 2 annotations and 1 final labels") {
		t.Fatalf("deleting a used label: %v", err)
	}
	if _, err := s.DeleteLabel(ctx, "ada", "OPINION", "NOPE"); err == nil {
		t.Fatal("moved annotations to a label that does not exist")
	}
	use, err := s.DeleteLabel(ctx, "ada", "OPINION", "claim")
	if err != nil || use != (model.LabelUse{Annotations: 2, Adjudications: 1}) {
		t.Fatalf("delete with move: %+v %v", use, err)
	}
	labels, _ := s.Labels(ctx)
	if hasLabel(labels, "OPINION") {
		t.Error("OPINION is still in the label set")
	}
	anns, _ := s.Annotations(ctx, d.ID)
	got := map[string]model.Annotation{}
	for _, a := range anns {
		got[a.Annotator+string(rune('0'+a.SentenceIndex))] = a
	}
	if a := got["anna0"]; a.Label != "CLAIM" || a.Confidence != 2 || a.Note != "tone" {
		t.Errorf("anna's moved annotation = %+v (confidence and note must stay)", a)
	}
	if got["bruno1"].Label != "CLAIM" || got["anna2"].Label != "FACT" {
		t.Errorf("annotations after the move: %+v", got)
	}
	if final, _ := s.Adjudications(ctx, d.ID); final[0] != "CLAIM" {
		t.Errorf("final label = %v, want CLAIM", final)
	}
	hist, _ := s.History(ctx, d.ID, 1)
	if last := hist[0]; last.Actor != "ada" || last.Old.Label != "OPINION" || last.New.Label != "CLAIM" {
		t.Errorf("the move is not in the history: %+v", last)
	}
	if _, err := s.DeleteLabel(ctx, "ada", "SPECULATION", ""); err != nil {
		t.Errorf("an unused label: %v", err)
	}
}
