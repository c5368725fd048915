package export

import (
	"bufio"
	"encoding/json"
	"os"
	"reflect"
	"testing"

	"github.com/veritag/veritag/data/model"
)

func TestDoccanoSpans(t *testing.T) {
	out := tempOut(t, "d.jsonl")
	docs := sampleDocs(t)
	if w := export(t, "doccano-spans", out, Options{}, docs); w.Ties() != 1 {
		t.Errorf("%d ties counted, want 1", w.Ties())
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// One span per sentence with its final label; the tie (1:2) has none.
	want := [][]string{
		{"FACT", "Il ruolo delle truppe nordcoreane 🇰🇵 nella regione di Kursk"},
		{"CLAIM", "Secondo Lavrov, l’impegno “a costo di sangue” è stato decisivo 😀."},
		{"CLAIM", "Emoji 👩‍👩‍👧 in famiglia."},
		{"FACT", "Seconda frase, più breve."},
	}
	var got [][]string
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		var line struct {
			Text  string  `json:"text"`
			Label [][]any `json:"label"`
			DocID int64   `json:"doc_id"`
		}
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatal(err)
		}
		if line.Text != docs[n].Text || line.DocID != docs[n].ID {
			t.Errorf("line %d: document %d, text %q", n, line.DocID, line.Text)
		}
		for _, l := range line.Label {
			start, end := int(l[0].(float64)), int(l[1].(float64))
			got = append(got, []string{l[2].(string), slice(t, line.Text, start, end)})
		}
		n++
	}
	if n != 2 {
		t.Errorf("%d lines, want one per document", n)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("spans:\n got %q\nwant %q", got, want)
	}
}

// doccanoSpans reads a doccano-spans export: per document, its spans.
func doccanoSpans(t *testing.T, path string) [][][3]any {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs [][][3]any
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var line struct {
			Label [][3]any `json:"label"`
		}
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, line.Label)
	}
	return docs
}

// doccano's default project drops a second span over the same range, so
// no range may carry two, whatever the annotators did.
func TestDoccanoNeverTwoSpansOverOneRange(t *testing.T) {
	out := tempOut(t, "d.jsonl")
	docs := sampleDocs(t)
	annotate(&docs[0].Sentences[3], model.Annotation{Annotator: "alice", Label: "FACT"},
		model.Annotation{Annotator: "bob", Label: "CLAIM"}, model.Annotation{Annotator: "carol", Label: "SPECULATION"})
	if w := export(t, "doccano-spans", out, Options{}, docs); w.Ties() != 2 {
		t.Errorf("%d ties counted, want 2", w.Ties())
	}
	for i, spans := range doccanoSpans(t, out) {
		seen := map[[2]float64]bool{}
		for _, s := range spans {
			r := [2]float64{s[0].(float64), s[1].(float64)}
			if seen[r] {
				t.Errorf("document %d: two spans over %v", i+1, r)
			}
			seen[r] = true
		}
	}
}

// --annotator A: A's own label on every sentence A labelled, ties and
// adjudications of others left out.
func TestDoccanoOneAnnotator(t *testing.T) {
	out := tempOut(t, "d.jsonl")
	if w := export(t, "doccano-spans", out, Options{Annotator: "bob"}, sampleDocs(t)); w.Ties() != 0 {
		t.Errorf("%d ties for one annotator", w.Ties())
	}
	got := doccanoSpans(t, out)
	want := [][]string{{"FACT", "CLAIM", "FACT"}, {"SPECULATION"}}
	for i := range want {
		var labels []string
		for _, s := range got[i] {
			labels = append(labels, s[2].(string))
		}
		if !reflect.DeepEqual(labels, want[i]) {
			t.Errorf("document %d: bob's labels %q, want %q", i+1, labels, want[i])
		}
	}
}
