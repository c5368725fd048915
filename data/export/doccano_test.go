package export

import (
	"bufio"
	"encoding/json"
	"os"
	"reflect"
	"testing"
)

func TestDoccanoSpans(t *testing.T) {
	out := tempOut(t, "d.jsonl")
	docs := sampleDocs(t)
	export(t, "doccano-spans", out, Options{}, docs)
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := [][]string{
		{"FACT", "Il ruolo delle truppe nordcoreane 🇰🇵 nella regione di Kursk"},
		{"CLAIM", "Secondo Lavrov, l’impegno “a costo di sangue” è stato decisivo 😀."},
		{"FACT", "La cooperazione potrebbe\nindicare un’alleanza più ampia."},
		{"SPECULATION", "La cooperazione potrebbe\nindicare un’alleanza più ampia."},
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
