package importer

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/veritag/veritag/data/export"
	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/data/segment"
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
		opts                                   export.Options
		sameText, withTime, withAdj, withTitle bool
	}{
		{"jsonl", "export.jsonl", export.Options{}, false, true, true, true},
		{"labelstudio", "export.json", export.Options{}, true, false, false, true},
		{"labelstudio", "emails.json", export.Options{LSEmailDomain: "example.org"}, true, false, false, true},
		{"csv", "export.csv", export.Options{}, false, false, false, false},
		{"csv", "excel.csv", export.Options{Excel: true}, false, false, false, false},
		{"csv", "raw.csv", export.Options{RawCSV: true}, false, false, false, false},
	} {
		path := filepath.Join(dir, c.file)
		w, err := export.New(c.format, path, c.opts)
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
	// sentence 0 of the first document is a CLAIM/FACT tie: no span;
	// sentence 1 is adjudicated FACT: one span
	labels := map[int][]string{}
	for _, a := range got[0].Annotations {
		for i, s := range docs[0].sentences {
			if got[0].Sentences[a.SentenceIndex] == s {
				labels[i] = append(labels[i], a.Annotator+":"+a.Label)
			}
		}
	}
	if len(got) != 2 || got[0].Text != docs[0].text || got[0].Title != docs[0].title || labels[0] != nil || len(labels[1]) != 1 || labels[1][0] != "doccano:FACT" {
		t.Errorf("doccano-spans: %d documents, labels %v", len(got), labels)
	}
}

// Cells that the csv export neutralises (text, label, annotator and note
// starting with =, +, -, @, tab or a quote) import back as they were.
func TestRoundTripNeutralisedCSV(t *testing.T) {
	text := "=SUM(A1) è una frase. -2 non è una formula. 'apici' all'inizio. @chi lo dice."
	sentences := segment.Split(text, "it")
	if len(sentences) != 4 {
		t.Fatalf("%d sentences: %+v", len(sentences), sentences)
	}
	rec := model.DocumentRecord{Document: model.Document{ID: 1, Title: "t", Lang: "it", Text: text}}
	notes := []string{"=HYPERLINK(\"http://x\")", "+39 06 1234", "'già'", "\tindentata"}
	for i, s := range sentences {
		rec.Sentences = append(rec.Sentences, model.AnnotatedSentence{Sentence: model.Sentence{DocID: 1, Index: i, Start: s.Start, End: s.End, Text: s.Text},
			Annotations: []model.Annotation{{DocID: 1, SentenceIndex: i, Annotator: "-anna", Label: "CLAIM", Note: notes[i]}}})
	}
	for _, opts := range []export.Options{{}, {Excel: true}} {
		path := filepath.Join(t.TempDir(), "n.csv")
		w, err := export.New("csv", path, opts)
		if err != nil {
			t.Fatal(err)
		}
		if err := w.WriteDocument(rec); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		got, err := ReadFile(path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		checkDocs(t, got)
		if len(got) != 1 || len(got[0].Annotations) != 4 {
			t.Fatalf("%+v", got)
		}
		for _, a := range got[0].Annotations {
			s := got[0].Sentences[a.SentenceIndex]
			if s.Text != sentences[a.SentenceIndex].Text || a.Annotator != "-anna" || a.Note != notes[a.SentenceIndex] {
				t.Errorf("sentence %q by %q, note %q; want %q by -anna, note %q", s.Text, a.Annotator, a.Note,
					sentences[a.SentenceIndex].Text, notes[a.SentenceIndex])
			}
		}
	}
}
