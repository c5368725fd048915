package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// customLabelDB makes a database with a custom label set, labels half of
// the English fixture through the labelled CSV import and imports the
// other half as one unlabelled pre-segmented JSONL document, as an
// evaluation would. It returns the database, the test document's id and
// the test sentences' labels.
func customLabelDB(t *testing.T) (db, doc string, gold []string) {
	t.Helper()
	dir := t.TempDir()
	db = filepath.Join(dir, "v.db")
	names := map[string]string{"FACT": "REPORTED_EVENT", "CLAIM": "ATTRIBUTED", "SPECULATION": "HEDGED"}
	for _, l := range []string{"REPORTED_EVENT", "ATTRIBUTED", "HEDGED"} {
		if _, errs, code := cli(t, "", "labels", "--db", db, "add", l); code != 0 {
			t.Fatalf("labels add %s: %s", l, errs)
		}
	}
	data, err := os.ReadFile("../../data/suggest/testdata/eval-en.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var train strings.Builder
	w := csv.NewWriter(&train)
	w.Write([]string{"text", "label"})
	var test []string
	for i, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		label, text, _ := strings.Cut(line, "\t")
		if i%2 == 0 {
			w.Write([]string{text, strings.ToLower(names[label])})
		} else {
			test, gold = append(test, text), append(gold, names[label])
		}
	}
	w.Flush()
	trainFile, testFile := filepath.Join(dir, "train.csv"), filepath.Join(dir, "test.jsonl")
	os.WriteFile(trainFile, []byte(train.String()), 0o644)
	line, _ := json.Marshal(map[string]any{"title": "held out", "lang": "en", "sentences": test})
	os.WriteFile(testFile, append(line, '\n'), 0o644)
	if _, errs, code := cli(t, "", "import", "--db", db, trainFile); code != 0 {
		t.Fatalf("import csv: %s", errs)
	}
	out, errs, code := cli(t, "", "import", "--db", db, testFile)
	if code != 0 {
		t.Fatalf("import jsonl: %s", errs)
	}
	return db, strings.Split(out, "\t")[0], gold
}

func TestSuggestWithCustomLabelSet(t *testing.T) {
	db, doc, gold := customLabelDB(t)
	out, errs, code := cli(t, "", "suggest", "--db", db, "--doc", doc, "--json")
	if code != 0 {
		t.Fatalf("suggest: %d %s", code, errs)
	}
	shown, _, _ := cli(t, "", "show", "--db", db, "--json", doc)
	var d struct{ Sentences []struct{ Text string } }
	json.Unmarshal([]byte(shown), &d)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(gold) || len(d.Sentences) != len(gold) {
		t.Fatalf("%d suggestions, %d sentences, want %d", len(lines), len(d.Sentences), len(gold))
	}
	right := 0
	for i, l := range lines {
		var keys map[string]json.RawMessage
		json.Unmarshal([]byte(l), &keys)
		for _, k := range []string{"doc_id", "sentence_index", "label", "score", "scores", "cues"} {
			if _, ok := keys[k]; !ok {
				t.Fatalf("line %q has no %q", l, k)
			}
		}
		var s struct {
			SentenceIndex int                `json:"sentence_index"`
			Label         string             `json:"label"`
			Score         float64            `json:"score"`
			Scores        map[string]float64 `json:"scores"`
			Cues          []struct {
				Start, End int
				Text, Kind string
			} `json:"cues"`
		}
		if err := json.Unmarshal([]byte(l), &s); err != nil {
			t.Fatal(err)
		}
		sum, best := 0.0, ""
		for label, p := range s.Scores {
			sum += p
			if best == "" || p > s.Scores[best] {
				best = label
			}
		}
		if s.SentenceIndex != i || len(s.Scores) != 3 || math.Abs(sum-1) > 1e-9 || s.Label != best || s.Score != s.Scores[best] {
			t.Errorf("line %d: %s", i, l)
		}
		runes := []rune(d.Sentences[i].Text)
		for _, c := range s.Cues {
			if c.Start < 0 || c.End > len(runes) || string(runes[c.Start:c.End]) != c.Text {
				t.Errorf("cue %+v is not at its offsets in %q", c, d.Sentences[i].Text)
			}
		}
		if s.Label == gold[i] {
			right++
		}
	}
	if acc := float64(right) / float64(len(gold)); acc < 0.8 {
		t.Errorf("accuracy %.2f on held-out sentences, want >= 0.8", acc)
	}
	// without --doc: every sentence without a final label, here the same
	all, _, _ := cli(t, "", "suggest", "--db", db, "--json")
	if all != out {
		t.Error("suggest without --doc differs though only one document lacks labels")
	}
}

func TestModelReport(t *testing.T) {
	db, _, _ := customLabelDB(t)
	out, errs, code := cli(t, "", "model", "--db", db, "--json")
	if code != 0 {
		t.Fatalf("model: %d %s", code, errs)
	}
	var r struct {
		TrainedOn int      `json:"trained_on"`
		Labels    []string `json:"labels"`
		MacroF1   float64  `json:"macro_f1"`
		PerLabel  map[string]struct {
			Precision, Recall, F1 float64
			Support               int
		} `json:"per_label"`
		Confusion     map[string]map[string]int             `json:"confusion"`
		LearningCurve []struct{ Fraction, MacroF1 float64 } `json:"learning_curve"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if r.TrainedOn != 73 || strings.Join(r.Labels, ",") != "ATTRIBUTED,HEDGED,REPORTED_EVENT" || r.MacroF1 < 0.8 ||
		len(r.PerLabel) != 3 || len(r.Confusion) != 3 || len(r.LearningCurve) != 4 {
		t.Errorf("model report %s", out)
	}
	text, _, _ := cli(t, "", "model", "--db", db)
	if !strings.Contains(text, "macro F1\t") || !strings.Contains(text, "learning curve 100%") {
		t.Errorf("model text report:\n%s", text)
	}
}

func TestSuggestNeedsTwoLabels(t *testing.T) {
	db, doc := sampleDB(t)
	out, errs, code := cli(t, "", "suggest", "--db", db, "--json")
	if code != 0 || out != "" || !strings.Contains(errs, "at least two labels") {
		t.Errorf("no labels: code %d out %q err %q", code, out, errs)
	}
	for i := range 3 {
		cli(t, "", "tag", "--db", db, "--annotator", "anna", doc, string(rune('0'+i)), "FACT")
	}
	out, errs, code = cli(t, "", "suggest", "--db", db)
	if code != 0 || out != "" || !strings.Contains(errs, "only FACT") {
		t.Errorf("one label: code %d out %q err %q", code, out, errs)
	}
	_, errs, code = cli(t, "", "model", "--db", db)
	if code != 1 || !strings.Contains(errs, "at least two labels") || strings.Count(errs, "\n") != 1 {
		t.Errorf("model with one label: code %d err %q", code, errs)
	}
	cli(t, "", "tag", "--db", db, "--annotator", "anna", doc, "3", "CLAIM")
	out, _, code = cli(t, "", "suggest", "--db", db)
	if code != 0 || len(bufioLines(out)) == 0 {
		t.Errorf("two labels: code %d, %d lines", code, len(bufioLines(out)))
	}
	if _, errs, code := cli(t, "", "suggest", "--db", db, "--doc", "999"); code != 1 || !strings.Contains(errs, "no document 999") {
		t.Errorf("unknown doc: code %d err %q", code, errs)
	}
}

func bufioLines(s string) []string {
	var out []string
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}
