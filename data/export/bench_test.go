package export

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/veritag/veritag/data/model"
)

// benchDoc is a document of n annotated sentences, each labelled by three
// annotators, one of them with a note and a confidence.
func benchDoc(n int) model.DocumentRecord {
	labels := []string{"CLAIM", "FACT", "SPECULATION"}
	d := model.DocumentRecord{Document: model.Document{ID: 1, Title: "Benchmark “articolo”", Lang: "it"}}
	var text []rune
	for i := range n {
		s := fmt.Sprintf("Secondo Lavrov, l’impegno “a costo di sangue” è stato decisivo 😀 (frase %d).", i)
		start := len(text)
		text = append(append(text, []rune(s)...), ' ')
		as := model.AnnotatedSentence{Sentence: model.Sentence{DocID: 1, Index: i, Start: start, End: start + len([]rune(s)), Text: s}}
		for j, who := range []string{"alice", "bob", "carol"} {
			a := model.Annotation{DocID: 1, SentenceIndex: i, Annotator: who, Label: labels[(i+j)%2], UpdatedAt: time.Unix(1.7e9, 0)}
			if j == 0 {
				a.Confidence, a.Note = 2, "attribuita, \"citata\"\nseconda riga"
			}
			as.Annotations = append(as.Annotations, a)
		}
		d.Sentences = append(d.Sentences, as)
	}
	d.Text = string(text)
	return d
}

// benchExport writes b.N annotated sentences (records) to the null device
// (a temporary folder for brat and hf) in documents of 50 sentences,
// reporting records/s. B/op stays flat as b.N grows: exports stream.
func benchExport(b *testing.B, format string) {
	const perDoc = 50
	doc := benchDoc(perDoc)
	out := os.DevNull
	if format == "brat" || format == "hf" {
		out = filepath.Join(b.TempDir(), "out")
	}
	w, err := New(format, out, Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for left, id := b.N, int64(1); left > 0; left, id = left-perDoc, id+1 {
		d := doc
		d.ID = id
		if left < perDoc {
			d.Sentences = d.Sentences[:left]
		}
		if err := w.WriteDocument(d); err != nil {
			b.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "records/s")
}

// BenchmarkExportJSONL measures the jsonl writer; one op is one record.
func BenchmarkExportJSONL(b *testing.B) { benchExport(b, "jsonl") }

// BenchmarkExportCSV measures the csv writer; one op is one record (three
// rows, one per annotation).
func BenchmarkExportCSV(b *testing.B) { benchExport(b, "csv") }

// BenchmarkExportFormats measures the other formats; one op is one record.
func BenchmarkExportFormats(b *testing.B) {
	for _, f := range []string{"doccano-spans", "labelstudio", "brat", "hf"} {
		b.Run(f, func(b *testing.B) { benchExport(b, f) })
	}
}
