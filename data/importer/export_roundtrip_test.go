package importer

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/veritag/veritag/data/export"
	"github.com/veritag/veritag/data/model"
)

// TestRoundTripExporter writes the stored documents with the real exporter
// (data/export) and imports each file back.
func TestRoundTripExporter(t *testing.T) {
	docs := storedDocs(t)
	records := make([]model.DocumentRecord, len(docs))
	for k := range docs {
		d := &docs[k]
		for i := range d.anns {
			d.anns[i].UpdatedAt = d.anns[i].UpdatedAt.Truncate(time.Second) // exported in whole seconds
		}
		r := model.DocumentRecord{Document: model.Document{ID: int64(k + 1), Title: d.title, Lang: d.lang, Text: d.text}}
		for i, s := range d.sentences {
			as := model.AnnotatedSentence{Sentence: model.Sentence{DocID: r.ID, Index: i, Start: s.Start, End: s.End, Text: s.Text}}
			for _, a := range d.anns {
				if a.SentenceIndex == i {
					a.DocID = r.ID
					as.Annotations = append(as.Annotations, a)
				}
			}
			as.Adjudicated = d.adjudicated[i]
			r.Sentences = append(r.Sentences, as)
		}
		records[k] = r
	}
	dir := t.TempDir()
	for _, c := range []struct {
		format, file                           string
		sameText, withTime, withAdj, withTitle bool
	}{
		{"jsonl", "export.jsonl", false, true, true, true},
		{"labelstudio", "export.json", true, false, false, true},
		{"csv", "export.csv", false, false, false, false},
	} {
		path := filepath.Join(dir, c.file)
		w, err := export.New(c.format, path, export.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range records {
			if err := w.WriteDocument(r); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		got, err := ReadFile(path, Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.format, err)
		}
		checkDocs(t, got)
		if len(got) != len(docs) {
			t.Fatalf("%s: %d documents, want %d", c.format, len(got), len(docs))
		}
		for i, d := range docs {
			if c.sameText && got[i].Text != d.text || c.withTitle && got[i].Title != d.title || got[i].Lang != d.lang && c.format != "csv" {
				t.Errorf("%s doc %s: text, title %q or lang %q changed", c.format, d.id, got[i].Title, got[i].Lang)
			}
			checkRoundTrip(t, d, got[i], c.withTime, c.withAdj)
		}
	}

	// doccano-spans: each document once, its final labels on the same spans
	path := filepath.Join(dir, "spans.jsonl")
	w, err := export.New("doccano-spans", path, export.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range records {
		if err := w.WriteDocument(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	got, err := ReadFile(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkDocs(t, got)
	// sentence 0 of the first document is a CLAIM/FACT tie: both labels kept
	var labels []string
	for _, a := range got[0].Annotations {
		if got[0].Sentences[a.SentenceIndex] == docs[0].sentences[0] {
			labels = append(labels, a.Annotator+":"+a.Label)
		}
	}
	if len(got) != 2 || got[0].Text != docs[0].text || got[0].Title != docs[0].title || len(labels) != 2 || labels[0] != "doccano:CLAIM" || labels[1] != "doccano-2:FACT" {
		t.Errorf("doccano-spans: %d documents, tie labels %q", len(got), labels)
	}
}
