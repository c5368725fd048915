package suggest

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTokenizeFoldsAndCountsCodePoints(t *testing.T) {
	s := "L’Università “ha dichiarato” 1.200 € e il 3,5% — Perché?"
	var got []string
	for _, tok := range tokenize(s) {
		got = append(got, tok.folded)
		if want := string([]rune(s)[tok.start:tok.end]); fold(want) != tok.folded && tok.kind != quoteToken {
			t.Errorf("token %q at %d:%d covers %q", tok.folded, tok.start, tok.end, want)
		}
	}
	want := `l universita " ha dichiarato " 1.200 € e il 3,5 % perche`
	if strings.Join(got, " ") != want {
		t.Errorf("tokens\n got %s\nwant %s", strings.Join(got, " "), want)
	}
}

func TestLexiconFindsPhrasesAndInflections(t *testing.T) {
	lx, err := ParseLexicon("test", "[attribution]\nha dichiarato\nsecondo\ndichiar*\n[conditional]\n*rebbe\n")
	if err != nil {
		t.Fatal(err)
	}
	tokens := tokenize("Secondo Rossi, l'accordo sarebbe saltato: lo ha dichiarato ieri, dichiarando 2 volte.")
	var got []string
	for _, c := range lx.find(tokens) {
		got = append(got, fmt.Sprintf("%s=%s", c.kind, tokens[c.first].folded))
	}
	want := "attribution=secondo conditional=sarebbe attribution=ha attribution=dichiarando number=2"
	if strings.Join(got, " ") != want {
		t.Errorf("cues\n got %s\nwant %s", strings.Join(got, " "), want)
	}
	if _, err := ParseLexicon("bad", "no kind yet\n"); err == nil {
		t.Error("an entry before any [kind] was accepted")
	}
}

func TestShippedLexiconsParse(t *testing.T) {
	sizes, err := LexiconSizes()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"it", "en"} {
		if sizes[lang] < 100 {
			t.Errorf("%s lexicon has %d entries, want at least 100", lang, sizes[lang])
		}
	}
	t.Logf("cue lexicon sizes: %v", sizes)
}

func TestSuggestionIsExplainedAndNormalised(t *testing.T) {
	m, err := Train(readLabelled(t, "testdata/eval-it.tsv"), DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	text := "L’accordo sarebbe stato firmato in segreto a Mosca."
	s := m.Suggest(text)
	sum := 0.0
	for _, p := range s.Scores {
		sum += p
	}
	if math.Abs(sum-1) > 1e-9 || s.Score != s.Scores[argmax(s.Scores)] || s.Label != m.Labels()[argmax(s.Scores)] {
		t.Fatalf("scores %v sum to %v, label %s %v", s.Scores, sum, s.Label, s.Score)
	}
	if s.Label != "SPECULATION" {
		t.Errorf("label %s, want SPECULATION", s.Label)
	}
	if len(s.Cues) == 0 {
		t.Fatal("no cues")
	}
	runes := []rune(text)
	kinds := map[string]bool{}
	for _, c := range s.Cues {
		if string(runes[c.Start:c.End]) != c.Text || c.Weight <= 0 {
			t.Errorf("cue %+v does not match the sentence at its offsets", c)
		}
		kinds[c.Kind] = true
	}
	if !kinds["conditional"] {
		t.Errorf("cues %+v miss the conditional \"sarebbe stato\"", s.Cues)
	}
	if p := m.Predict(text); p.Label != s.Label || p.Score != s.Score {
		t.Errorf("Predict %s %v differs from Suggest %s %v", p.Label, p.Score, s.Label, s.Score)
	}
}

func TestTrainingIsDeterministic(t *testing.T) {
	ex := readLabelled(t, "testdata/eval-en.tsv")
	a, _ := Train(ex, DefaultOptions())
	b, _ := Train(ex, DefaultOptions())
	var texts []string
	for _, e := range ex[:21] {
		texts = append(texts, e.Text)
	}
	all := b.SuggestAll(texts)
	for i, text := range texts {
		if fmt.Sprint(a.Suggest(text)) != fmt.Sprint(b.Suggest(text)) {
			t.Fatalf("two trainings on the same data disagree on %q", text)
		}
		if fmt.Sprint(all[i]) != fmt.Sprint(a.Suggest(text)) {
			t.Fatalf("SuggestAll differs from Suggest on %q", text)
		}
	}
}

func TestBadInput(t *testing.T) {
	opt := DefaultOptions()
	if _, err := Train(nil, opt); !errors.Is(err, ErrTooFewLabels) {
		t.Errorf("no labels: %v", err)
	}
	one := []Example{{"a", "X"}, {"b", "X"}}
	if _, err := Train(one, opt); !errors.Is(err, ErrTooFewLabels) || !strings.Contains(err.Error(), "only X") {
		t.Errorf("one label: %v", err)
	}
	if _, err := CrossValidate(one, opt); !errors.Is(err, ErrTooFewLabels) {
		t.Errorf("one label, cross-validated: %v", err)
	}
	// one example per label: trains, and cross-validation says it is too little
	single := []Example{{"Il ministro ha detto che va bene.", "CLAIM"}, {"Potrebbe piovere.", "SPECULATION"}}
	m, err := Train(single, opt)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := CrossValidate(single, opt); err == nil || !strings.Contains(err.Error(), "at least") {
		t.Errorf("two examples cross-validated: %v", err)
	}
	// empty, huge and foreign sentences get a normalised suggestion
	huge := strings.Repeat("parola ", 7000) + strings.Repeat("x", 1000)
	for _, s := range []string{"", "   ", huge, "Этот человек сказал, что всё хорошо.", "他说一切都很好。", "\x00\xff"} {
		got := m.Suggest(s)
		if got.Label == "" || math.Abs(got.Scores[0]+got.Scores[1]-1) > 1e-9 {
			t.Errorf("sentence of %d bytes: %+v", len(s), got)
		}
	}
	if utf8.RuneCountInString(huge) < 50000 {
		t.Fatal("huge sentence is not huge")
	}
	// thousands of labels are refused with a reason
	var many []Example
	for i := range 3000 {
		many = append(many, Example{fmt.Sprintf("sentence %d", i), fmt.Sprintf("L%d", i)})
	}
	if _, err := Train(many, opt); err == nil || !strings.Contains(err.Error(), "at most") {
		t.Errorf("3000 labels: %v", err)
	}
	// as many labels as allowed, one example each: trains
	if _, err := Train(many[:MaxLabels], opt); err != nil {
		t.Errorf("%d labels: %v", MaxLabels, err)
	}
}

func TestCrossValidationReport(t *testing.T) {
	ex := readLabelled(t, "testdata/eval-en.tsv")
	ev, err := CrossValidate(ex, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	r := ev.Report
	if r.TrainedOn != len(ex) || r.Folds != MaxFolds || strings.Join(r.Labels, ",") != "CLAIM,FACT,SPECULATION" {
		t.Errorf("report header %d %d %v", r.TrainedOn, r.Folds, r.Labels)
	}
	total, support := 0, 0
	for _, l := range r.Labels {
		for _, p := range r.Labels {
			total += r.Confusion[l][p]
		}
		support += r.PerLabel[l].Support
	}
	if total != len(ex) || support != len(ex) {
		t.Errorf("confusion counts %d, supports %d, want %d", total, support, len(ex))
	}
	if len(r.LearningCurve) != 4 || r.LearningCurve[3].MacroF1 != r.MacroF1 || r.LearningCurve[0].TrainedOn >= r.LearningCurve[3].TrainedOn {
		t.Errorf("learning curve %+v", r.LearningCurve)
	}
	if r.MacroF1 < 0.85 {
		t.Errorf("macro-F1 %.3f on the English fixture, want >= 0.85", r.MacroF1)
	}
}
