package export

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/veritag/veritag/data/model"
)

// Texts with accents, typographic quotes and apostrophes, non-BMP emoji
// (a flag, a ZWJ family) and a sentence across a line break: any byte or
// UTF-16 offset mistake shows.
const (
	text1 = "Il ruolo delle truppe nordcoreane 🇰🇵 nella regione di Kursk\n" +
		"Secondo Lavrov, l’impegno “a costo di sangue” è stato decisivo 😀. La cooperazione potrebbe\n" +
		"indicare un’alleanza più ampia. Città: 12.000 soldati."
	text2 = "Emoji 👩‍👩‍👧 in famiglia. Seconda frase, più breve."
)

var when = time.Date(2025, 3, 14, 9, 26, 53, 0, time.FixedZone("CET", 3600))

// note1 has what CSV and brat must survive: a newline, quotes, commas.
const note1 = "Titolo, \"non\" frase\nseconda riga, ‘ok’"

// sampleDocs returns two documents; doc 1 has a unanimous, a majority, a
// tie and an unlabelled sentence; doc 2 a single and an adjudicated one.
func sampleDocs(t testing.TB) []model.DocumentRecord {
	d1 := record(t, 1, "Kursk “test”", "it", text1,
		"Il ruolo delle truppe nordcoreane 🇰🇵 nella regione di Kursk",
		"Secondo Lavrov, l’impegno “a costo di sangue” è stato decisivo 😀.",
		"La cooperazione potrebbe\nindicare un’alleanza più ampia.",
		"Città: 12.000 soldati.")
	annotate(&d1.Sentences[0], model.Annotation{Annotator: "alice", Label: "FACT", Note: note1, UpdatedAt: when},
		model.Annotation{Annotator: "bob", Label: "FACT", Confidence: 2, UpdatedAt: when})
	annotate(&d1.Sentences[1], model.Annotation{Annotator: "alice", Label: "CLAIM", Confidence: 3, Note: "attribuita a «Lavrov»", UpdatedAt: when},
		model.Annotation{Annotator: "bob", Label: "CLAIM", UpdatedAt: when},
		model.Annotation{Annotator: "carol", Label: "SPECULATION", Note: "tab\there | pipe", UpdatedAt: when})
	annotate(&d1.Sentences[2], model.Annotation{Annotator: "alice", Label: "SPECULATION", Confidence: 1},
		model.Annotation{Annotator: "bob", Label: "FACT", UpdatedAt: when})
	d2 := record(t, 2, "Seconda", "en", text2, "Emoji 👩‍👩‍👧 in famiglia.", "Seconda frase, più breve.")
	annotate(&d2.Sentences[0], model.Annotation{Annotator: "alice", Label: "CLAIM", Note: "👩‍👩‍👧"})
	annotate(&d2.Sentences[1], model.Annotation{Annotator: "alice", Label: "CLAIM"},
		model.Annotation{Annotator: "bob", Label: "SPECULATION", Confidence: 3})
	d2.Sentences[1].Adjudicated = "FACT"
	return []model.DocumentRecord{d1, d2}
}

// record locates each sentence in text and gives it code-point offsets.
func record(t testing.TB, id int64, title, lang, text string, sentences ...string) model.DocumentRecord {
	d := model.DocumentRecord{Document: model.Document{ID: id, Title: title, Lang: lang, Text: text, SentenceCount: len(sentences)}}
	from := 0
	for i, s := range sentences {
		at := strings.Index(text[from:], s)
		if at < 0 {
			t.Fatalf("sentence %q not in text", s)
		}
		start := len([]rune(text[:from+at]))
		d.Sentences = append(d.Sentences, model.AnnotatedSentence{Sentence: model.Sentence{
			DocID: id, Index: i, Start: start, End: start + len([]rune(s)), Text: s,
		}})
		from += at + len(s)
	}
	return d
}

func annotate(s *model.AnnotatedSentence, as ...model.Annotation) {
	for _, a := range as {
		a.DocID, a.SentenceIndex = s.DocID, s.Index
		s.Annotations = append(s.Annotations, a)
	}
}

// export writes docs in format to out, fails the test on any error and
// returns the closed writer.
func export(t testing.TB, format, out string, opts Options, docs []model.DocumentRecord) Writer {
	t.Helper()
	w, err := New(format, out, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if err := w.WriteDocument(d); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return w
}

// slice is Python's text[start:end] on code points.
func slice(t testing.TB, text string, start, end int) string {
	t.Helper()
	r := []rune(text)
	if start < 0 || start > end || end > len(r) {
		t.Fatalf("offsets %d:%d outside a text of %d code points", start, end, len(r))
	}
	return string(r[start:end])
}

func readFile(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// docText returns the text of a sample document by id.
func docText(id int64) string {
	if id == 1 {
		return text1
	}
	return text2
}

// listDir returns the names in dir.
func listDir(t testing.TB, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func tempOut(t testing.TB, name string) string { return filepath.Join(t.TempDir(), name) }
