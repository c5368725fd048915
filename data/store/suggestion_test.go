package store

import (
	"context"
	"testing"

	"github.com/veritag/veritag/data/model"
)

func TestAcceptedSuggestionIsRecordedAsSuch(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	d := importOne(t, s, doc(textIT))
	ev, err := s.AcceptSuggestion(ctx, model.Annotation{DocID: d.ID, SentenceIndex: 2, Annotator: "anna", Label: "speculation"})
	if err != nil {
		t.Fatal(err)
	}
	if ev.Source != model.SourceSuggestion || ev.Kind != model.EventAnnotate || ev.New.Label != "SPECULATION" {
		t.Fatalf("event %+v", ev)
	}
	if _, err := s.Annotate(ctx, model.Annotation{DocID: d.ID, SentenceIndex: 1, Annotator: "anna", Label: "CLAIM"}); err != nil {
		t.Fatal(err)
	}
	fromSuggestion := func(idx int) bool {
		t.Helper()
		anns, err := s.SentenceAnnotations(ctx, d.ID, idx)
		if err != nil || len(anns) != 1 {
			t.Fatalf("annotations of %d: %v %v", idx, anns, err)
		}
		return anns[0].FromSuggestion
	}
	if !fromSuggestion(2) || fromSuggestion(1) {
		t.Error("from_suggestion: accepted sentence not marked, or a typed tag marked")
	}
	// a confidence added by hand keeps the origin; a new label by hand clears it
	if _, err := s.Annotate(ctx, model.Annotation{DocID: d.ID, SentenceIndex: 2, Annotator: "anna", Label: "SPECULATION", Confidence: 2}); err != nil {
		t.Fatal(err)
	}
	if !fromSuggestion(2) {
		t.Error("adding a confidence cleared the suggestion origin")
	}
	hist, err := s.History(ctx, d.ID, 2)
	if err != nil || len(hist) != 2 || hist[1].Source != model.SourceSuggestion || hist[0].Source != "" {
		t.Fatalf("history %+v %v", hist, err)
	}
	if _, err := s.Annotate(ctx, model.Annotation{DocID: d.ID, SentenceIndex: 2, Annotator: "anna", Label: "FACT"}); err != nil {
		t.Fatal(err)
	}
	if fromSuggestion(2) {
		t.Error("a label changed by hand still says it came from a suggestion")
	}
	// the event survives reopening the file
	s.Close()
	s = openAt(t, path)
	hist, _ = s.History(ctx, d.ID, 2)
	if len(hist) != 3 || hist[2].Source != model.SourceSuggestion {
		t.Errorf("after reopening: %+v", hist)
	}
}

func TestSuggestionsSwitchPerProject(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	if on, err := s.SuggestionsOn(ctx); !on || err != nil {
		t.Fatalf("a new project shows suggestions: %v %v", on, err)
	}
	if err := s.SetSuggestions(ctx, "anna", false); err != nil {
		t.Fatal(err)
	}
	if err := s.SetSuggestions(ctx, " ", true); err == nil {
		t.Error("a switch without a name was accepted")
	}
	s.Close()
	s = openAt(t, path)
	if on, _ := s.SuggestionsOn(ctx); on {
		t.Error("switched off, then on again after reopening")
	}
	s.SetSuggestions(ctx, "bruno", true)
	if on, _ := s.SuggestionsOn(ctx); !on {
		t.Error("switched back on, still off")
	}
}
