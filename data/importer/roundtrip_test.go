package importer

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/data/segment"
)

// stored is a document as the store holds it, with annotations, from which
// the tests write export files by hand in the shapes of DESIGN.md.
type stored struct {
	id, title, lang, text string
	sentences             []model.Span
	anns                  []model.Annotation // SentenceIndex into sentences
	adjudicated           map[int]string
}

func storedDocs(t *testing.T) []stored {
	raw, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	it := norm.NFC.String(string(raw))
	en := "Markets rally as inflation cools\nStocks rose sharply on Tuesday. Analysts said the rally could continue."
	t1 := time.Date(2025, 3, 4, 10, 20, 30, 123456789, time.UTC)
	t2 := time.Date(2025, 3, 5, 8, 0, 0, 0, time.FixedZone("CET", 3600))
	return []stored{{
		id: "7", title: "Kursk: “fratellanza”, alleanza", lang: "it", text: it, sentences: segment.Split(it, "it"),
		anns: []model.Annotation{
			{SentenceIndex: 0, Annotator: "ann1", Label: "CLAIM", Confidence: 2, Note: `conditional "sarebbe", virgola, à`, UpdatedAt: t1},
			{SentenceIndex: 0, Annotator: "ann2", Label: "FACT", Note: "riga uno\nriga due, con \"virgolette\", perché e città", UpdatedAt: t2},
			{SentenceIndex: 1, Annotator: "ann1", Label: "FACT", Confidence: 3, UpdatedAt: t1},
			{SentenceIndex: 5, Annotator: "ann2", Label: "SPECULATION", Confidence: 1, Note: "«sarebbe stato»; 'apici',\r\nok", UpdatedAt: t2},
		},
		adjudicated: map[int]string{1: "FACT"},
	}, {
		id: "b", title: "Markets", lang: "en", text: en, sentences: segment.Split(en, "en"),
		anns: []model.Annotation{{SentenceIndex: 1, Annotator: "ann1", Label: "FACT", Confidence: 1, Note: "checked, \"ok\"", UpdatedAt: t1}},
	}}
}

// annotated returns the indices of s's annotated sentences in order.
func (s stored) annotated() []int {
	var idx []int
	for _, a := range s.anns {
		idx = append(idx, a.SentenceIndex)
	}
	slices.Sort(idx)
	return slices.Compact(idx)
}

// checkRoundTrip asserts that got carries every annotated sentence of want
// at the same offsets with the same annotations.
func checkRoundTrip(t *testing.T, want stored, got model.ImportDoc, withTime, withAdjudication bool) {
	t.Helper()
	byStart := map[int]int{}
	for i, s := range got.Sentences {
		byStart[s.Start] = i
	}
	orig := func(i int) int { // got index -> want index
		for j, s := range want.sentences {
			if s.Start == got.Sentences[i].Start {
				return j
			}
		}
		return -1
	}
	for _, i := range want.annotated() {
		ws := want.sentences[i]
		g, ok := byStart[ws.Start]
		if !ok || got.Sentences[g] != ws {
			t.Fatalf("doc %s: sentence %d %+v not imported at the same offsets", want.id, i, ws)
		}
	}
	norm := func(anns []model.Annotation, mapIndex func(int) int) []string {
		var out []string
		for _, a := range anns {
			ts := ""
			if withTime {
				ts = a.UpdatedAt.UTC().Format(time.RFC3339Nano)
			}
			out = append(out, fmt.Sprintf("%d|%s|%s|%d|%q|%s", mapIndex(a.SentenceIndex), a.Annotator, a.Label, a.Confidence, a.Note, ts))
		}
		slices.Sort(out)
		return out
	}
	w := slices.Clone(want.anns)
	for i := range w {
		w[i].Note = normNote(w[i].Note)
	}
	id := func(i int) int { return i }
	if g, w := norm(got.Annotations, orig), norm(w, id); !slices.Equal(g, w) {
		t.Errorf("doc %s annotations:\n got %q\nwant %q", want.id, g, w)
	}
	if withAdjudication {
		adj := map[int]string{}
		for i, l := range got.Adjudicated {
			adj[orig(i)] = l
		}
		if fmt.Sprint(adj) != fmt.Sprint(want.adjudicated) {
			t.Errorf("doc %s adjudicated %v, want %v", want.id, adj, want.adjudicated)
		}
	}
}

// normNote is a note as imported: line ends are LF, as in all stored text.
func normNote(s string) string { return strings.ReplaceAll(s, "\r\n", "\n") }

func TestRoundTripJSONL(t *testing.T) {
	docs := storedDocs(t)
	var buf bytes.Buffer
	// interleave the documents' lines: records are grouped by doc_id
	for k := 0; k < 4; k++ {
		for _, d := range docs {
			idx := d.annotated()
			if k >= len(idx) {
				continue
			}
			i := idx[k]
			s := d.sentences[i]
			type ann struct {
				Annotator  string `json:"annotator"`
				Label      string `json:"label"`
				Confidence int    `json:"confidence"`
				Note       string `json:"note"`
				UpdatedAt  string `json:"updated_at"`
			}
			var anns []ann
			labels := []string{}
			for _, a := range d.anns {
				if a.SentenceIndex == i {
					anns = append(anns, ann{a.Annotator, a.Label, a.Confidence, a.Note, a.UpdatedAt.Format(time.RFC3339Nano)})
					labels = append(labels, a.Label)
				}
			}
			source := "single"
			if l, ok := d.adjudicated[i]; ok {
				labels, source = []string{l}, "adjudicated"
			}
			docID := any(d.id)
			if n, err := strconv.Atoi(d.id); err == nil {
				docID = n
			}
			line, _ := json.Marshal(map[string]any{
				"id": d.id + ":" + strconv.Itoa(i), "doc_id": docID, "doc_title": d.title, "sentence_index": i,
				"text": s.Text, "start": s.Start, "end": s.End, "lang": d.lang, "label": labels,
				"label_source": source, "annotations": anns,
			})
			buf.Write(append(line, '\n'))
		}
	}
	got, err := Read(&buf, "export.jsonl", Auto, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkDocs(t, got)
	if len(got) != 2 {
		t.Fatalf("%d documents, want 2", len(got))
	}
	for i, d := range docs {
		if got[i].Title != d.title || got[i].Lang != d.lang {
			t.Errorf("doc %s: title %q lang %q", d.id, got[i].Title, got[i].Lang)
		}
		checkRoundTrip(t, d, got[i], true, true)
	}
}

func TestRoundTripLabelStudio(t *testing.T) {
	docs := storedDocs(t)
	var tasks []any
	for _, d := range docs {
		byAnnotator := map[string][]any{}
		var order []string
		for k, a := range d.anns {
			s := d.sentences[a.SentenceIndex]
			id := "r" + strconv.Itoa(k)
			if byAnnotator[a.Annotator] == nil {
				order = append(order, a.Annotator)
			}
			res := []any{map[string]any{"id": id, "from_name": "label", "to_name": "text", "type": "labels",
				"value": map[string]any{"start": s.Start, "end": s.End, "text": s.Text, "labels": []string{a.Label}}}}
			if a.Note != "" {
				res = append(res, map[string]any{"id": id, "from_name": "note", "to_name": "text", "type": "textarea",
					"value": map[string]any{"start": s.Start, "end": s.End, "text": []string{a.Note}}})
			}
			if a.Confidence > 0 {
				res = append(res, map[string]any{"id": id, "from_name": "confidence", "to_name": "text", "type": "rating",
					"value": map[string]any{"rating": a.Confidence}})
			}
			byAnnotator[a.Annotator] = append(byAnnotator[a.Annotator], res...)
		}
		var anns []any
		for _, who := range order {
			anns = append(anns, map[string]any{"completed_by": who, "result": byAnnotator[who]})
		}
		tasks = append(tasks, map[string]any{"data": map[string]any{"text": d.text, "title": d.title}, "annotations": anns})
	}
	data, _ := json.MarshalIndent(tasks, "", "  ")
	got, err := Read(bytes.NewReader(data), "export.json", Auto, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkDocs(t, got)
	if len(got) != 2 {
		t.Fatalf("%d documents, want 2", len(got))
	}
	for i, d := range docs {
		if got[i].Text != d.text || got[i].Title != d.title {
			t.Errorf("doc %s: text or title changed (title %q)", d.id, got[i].Title)
		}
		checkRoundTrip(t, d, got[i], false, false)
	}
}

func TestRoundTripCSV(t *testing.T) {
	docs := storedDocs(t)
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.UseCRLF = true
	w.Write([]string{"doc_id", "sentence_index", "start", "end", "text", "label", "annotator", "confidence", "note"})
	for _, d := range docs {
		for _, a := range d.anns {
			s := d.sentences[a.SentenceIndex]
			conf := ""
			if a.Confidence > 0 {
				conf = strconv.Itoa(a.Confidence)
			}
			w.Write([]string{d.id, strconv.Itoa(a.SentenceIndex), strconv.Itoa(s.Start), strconv.Itoa(s.End), s.Text, a.Label, a.Annotator, conf, a.Note})
		}
	}
	w.Flush()
	got, err := Read(&buf, "export.csv", Auto, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkDocs(t, got)
	if len(got) != 2 {
		t.Fatalf("%d documents, want 2", len(got))
	}
	for i, d := range docs {
		checkRoundTrip(t, d, got[i], false, false)
	}
}
