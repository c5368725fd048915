package gui

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/data/store"
)

// suggestStore is a real database holding the Italian suggestion fixture
// as one article, every sentence but the last five labelled by bob.
func suggestStore(t *testing.T) (*store.Store, int64, int) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "v.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	f, err := os.Open("../data/suggest/testdata/eval-it.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var labels []string
	var text strings.Builder
	var spans []model.Span
	sc := bufio.NewScanner(f)
	for at := 0; sc.Scan(); {
		label, sentence, _ := strings.Cut(sc.Text(), "\t")
		if at > 0 {
			text.WriteString(" ")
			at++
		}
		n := len([]rune(sentence))
		spans = append(spans, model.Span{Start: at, End: at + n, Text: sentence})
		text.WriteString(sentence)
		at += n
		labels = append(labels, label)
	}
	docs, err := st.ImportDocs(ctx, []model.ImportDoc{{Title: "Fixture", Lang: "it", Text: text.String(), Sentences: spans}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range labels[:len(labels)-5] {
		if _, err := st.Annotate(ctx, model.Annotation{DocID: docs[0].ID, SentenceIndex: i, Annotator: "bob", Label: l}); err != nil {
			t.Fatal(err)
		}
	}
	return st, docs[0].ID, len(labels)
}

func TestAcceptingASuggestionWithA(t *testing.T) {
	st, doc, n := suggestStore(t)
	u := newTestUI(t, st)
	if _, ok := u.suggestionFor(n - 1); ok {
		t.Fatal("a suggestion before any model was trained")
	}
	u.retrainNow()
	if u.sugg.status.Report == nil || !u.suggestionsShown() {
		t.Fatalf("no suggestions after training: %+v, figures %q", u.sugg.status, modelFigures(u))
	}
	if !strings.Contains(modelFigures(u), "macro-F1") {
		t.Errorf("model figures %q", modelFigures(u))
	}
	last := n - 1 // "Secondo alcuni osservatori, il governo non arriverà a fine legislatura."
	u.selectSentence(last)
	sug, ok := u.suggestionFor(last)
	if !ok || len(sug.Cues) == 0 {
		t.Fatalf("suggestion for the last sentence: %+v %v", sug, ok)
	}
	if len(u.panel.suggestion.text.Segments) < 2 {
		t.Error("the panel does not show the suggestion with its cues")
	}
	press(u, "a")
	ctx := context.Background()
	hist, err := st.History(ctx, doc, last)
	if err != nil || len(hist) != 1 {
		t.Fatalf("history %+v %v", hist, err)
	}
	if ev := hist[0]; ev.Source != model.SourceSuggestion || ev.Annotator != "alice" || ev.New.Label != sug.Label {
		t.Errorf("event %+v: want alice's %s accepted from a suggestion", ev, sug.Label)
	}
	if u.mine[last].Label != sug.Label {
		t.Errorf("the UI shows %q, want the accepted %s", u.mine[last].Label, sug.Label)
	}
	if _, ok := u.suggestionFor(last); ok {
		t.Error("a tagged sentence still shows a suggestion")
	}
	// the model card and consistency check open, and a flagged row opens its sentence
	u.showModelCard()
	if len(u.sugg.status.Report.LearningCurve) != 4 || !strings.Contains(modelTable(u.sugg.status.Report), "SPECULATION") {
		t.Errorf("model card figures: %+v", u.sugg.status.Report)
	}
	for _, f := range u.sugg.status.Disagreements {
		u.goTo(f.DocID, f.Index)
		if u.selected != f.Index {
			t.Errorf("flagged sentence %d not opened", f.Index)
		}
		break
	}
	// q goes to an untagged sentence, the least certain first
	u.selectSentence(0)
	press(u, "q")
	if _, tagged := u.mine[u.selected]; tagged || u.selected == 0 {
		t.Errorf("q selected %d", u.selected)
	}
}

func TestSuggestionsHiddenInBlindModeAndWhenSwitchedOff(t *testing.T) {
	st, _, n := suggestStore(t)
	ctx := context.Background()
	u := newTestUI(t, st)
	if f := modelFigures(u); strings.Contains(f, "switched off") || strings.Contains(f, "blind") {
		t.Errorf("before the first training reports, the figures claim %q", f)
	}
	if err := st.SetBlind(ctx, "alice", true); err != nil {
		t.Fatal(err)
	}
	u.checkOutside() // the watch sees the setting change
	u.retrainNow()
	if _, ok := u.suggestionFor(n - 1); ok || !strings.Contains(modelFigures(u), "blind") {
		t.Errorf("blind mode: suggestion shown, or figures %q do not say why not", modelFigures(u))
	}
	if !strings.Contains(modelFigures(u), "macro-F1") {
		t.Errorf("the model's figures should stay visible: %q", modelFigures(u))
	}
	if err := st.SetBlind(ctx, "alice", false); err != nil {
		t.Fatal(err)
	}
	u.checkOutside()
	st.SetSuggestions(ctx, "alice", false)
	u.retrainNow()
	if _, ok := u.suggestionFor(n - 1); ok {
		t.Error("switched off: suggestion shown")
	}
	st.SetSuggestions(ctx, "alice", true)
	u.app.Preferences().SetFloat(prefSuggestThreshold, 0.999)
	u.retrainNow()
	if _, ok := u.suggestionFor(n - 1); ok || !strings.Contains(modelFigures(u), "0.999") && !strings.Contains(modelFigures(u), "1.00") {
		t.Errorf("below the threshold: shown, or figures %q", modelFigures(u))
	}
}
