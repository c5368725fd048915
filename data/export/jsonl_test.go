package export

import (
	"bufio"
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
)

type jsonlLine struct {
	ID            string   `json:"id"`
	DocID         int64    `json:"doc_id"`
	DocTitle      string   `json:"doc_title"`
	SentenceIndex int      `json:"sentence_index"`
	Text          string   `json:"text"`
	Start         int      `json:"start"`
	End           int      `json:"end"`
	Lang          string   `json:"lang"`
	Label         []string `json:"label"`
	LabelSource   string   `json:"label_source"`
	Annotations   []struct {
		Annotator  string  `json:"annotator"`
		Label      string  `json:"label"`
		Confidence *int    `json:"confidence"`
		Note       string  `json:"note"`
		UpdatedAt  *string `json:"updated_at"`
	} `json:"annotations"`
}

func readJSONL(t *testing.T, path string) []jsonlLine {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []jsonlLine
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var raw map[string]json.RawMessage
		if err := json.Unmarshal(sc.Bytes(), &raw); err != nil {
			t.Fatalf("line %d: %v", len(lines)+1, err)
		}
		for _, k := range []string{"id", "doc_id", "doc_title", "sentence_index", "text", "start", "end", "lang", "doc_hash", "kind", "label", "label_source", "annotations"} {
			if _, ok := raw[k]; !ok {
				t.Errorf("line %d lacks %q", len(lines)+1, k)
			}
		}
		var l jsonlLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatal(err)
		}
		lines = append(lines, l)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return lines
}

func TestJSONL(t *testing.T) {
	out := tempOut(t, "e.jsonl")
	export(t, "jsonl", out, Options{}, sampleDocs(t))
	lines := readJSONL(t, out)
	type want struct {
		id     string
		label  []string
		source string
		anns   int
	}
	wants := []want{
		{"1:0", []string{"FACT"}, "majority", 2},
		{"1:1", []string{"CLAIM"}, "majority", 3},
		{"1:2", []string{"FACT", "SPECULATION"}, "tie", 2},
		{"2:0", []string{"CLAIM"}, "single", 1},
		{"2:1", []string{"FACT"}, "adjudicated", 2},
	}
	if len(lines) != len(wants) {
		t.Fatalf("%d lines, want %d (one per annotated sentence)", len(lines), len(wants))
	}
	for i, l := range lines {
		w := wants[i]
		if l.ID != w.id || !reflect.DeepEqual(l.Label, w.label) || l.LabelSource != w.source || len(l.Annotations) != w.anns {
			t.Errorf("line %d: %s %v %s %d annotations, want %+v", i, l.ID, l.Label, l.LabelSource, len(l.Annotations), w)
		}
		if got := slice(t, docText(l.DocID), l.Start, l.End); got != l.Text {
			t.Errorf("%s: text[%d:%d] = %q, want %q", l.ID, l.Start, l.End, got, l.Text)
		}
	}
	first := lines[0]
	if first.DocTitle != "Kursk “test”" || first.Lang != "it" || first.SentenceIndex != 0 {
		t.Errorf("document fields: %+v", first)
	}
	a, b := first.Annotations[0], first.Annotations[1]
	if a.Annotator != "alice" || a.Note != note1 || a.Confidence != nil || b.Confidence == nil || *b.Confidence != 2 {
		t.Errorf("annotations: %+v %+v", a, b)
	}
	if a.UpdatedAt == nil {
		t.Fatal("updated_at is null")
	}
	at, err := time.Parse(time.RFC3339, *a.UpdatedAt)
	if err != nil || !at.Equal(when) {
		t.Errorf("updated_at %q: %v, want %v", *a.UpdatedAt, at, when)
	}
	if lines[3].Annotations[0].UpdatedAt != nil {
		t.Errorf("zero updated_at = %q, want null", *lines[3].Annotations[0].UpdatedAt)
	}
	if lines[3].Annotations[0].Note != "👩‍👩‍👧" {
		t.Errorf("emoji note = %q", lines[3].Annotations[0].Note)
	}
}

func TestJSONLAnnotatorFilter(t *testing.T) {
	out := tempOut(t, "bob.jsonl")
	docs := sampleDocs(t)
	export(t, "jsonl", out, Options{Annotator: "bob"}, docs)
	lines := readJSONL(t, out)
	var got []string
	for _, l := range lines {
		for _, a := range l.Annotations {
			if a.Annotator != "bob" {
				t.Errorf("%s: annotation by %s", l.ID, a.Annotator)
			}
		}
		got = append(got, l.ID+"="+strings.Join(l.Label, "+")+"/"+l.LabelSource)
	}
	// The adjudicated label of 2:1 is left out: bob's own label counts.
	want := []string{"1:0=FACT/single", "1:1=CLAIM/single", "1:2=FACT/single", "2:1=SPECULATION/single"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if len(docs[1].Sentences[1].Annotations) != 2 || docs[1].Sentences[1].Adjudicated != "FACT" {
		t.Error("the filter modified the caller's record")
	}
}

func TestAppendStringDecodes(t *testing.T) {
	for _, s := range []string{
		"", "plain", `quote " backslash \ slash /`, "ctl \x00\x01\x1f\x7f tab\t nl\n cr\r",
		"l’“è” 😀 👩‍👩‍👧 🇰🇵", "line sep \u2028 para \u2029 nel \u0085", "<&>",
	} {
		b := appendString(nil, s)
		var got string
		if err := json.Unmarshal(b, &got); err != nil || got != s {
			t.Errorf("%q -> %s -> %q, %v", s, b, got, err)
		}
		if strings.ContainsAny(string(b), "\n\r\u2028\u2029\u0085") {
			t.Errorf("%q: output %q holds a line break", s, b)
		}
	}
	var got string
	if err := json.Unmarshal(appendString(nil, "bad \xff utf8"), &got); err != nil || got != "bad \ufffd utf8" {
		t.Errorf("invalid UTF-8 -> %q, %v", got, err)
	}
}

func TestJSONLSaysWhichLabelsCameFromSuggestions(t *testing.T) {
	out := tempOut(t, "s.jsonl")
	docs := sampleDocs(t)
	docs[0].Sentences[0].Annotations[1].FromSuggestion = true
	export(t, "jsonl", out, Options{}, docs)
	f, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(f)), "\n")
	if strings.Count(lines[0], `"from_suggestion":true`) != 1 || strings.Count(string(f), "from_suggestion") != 1 {
		t.Errorf("from_suggestion should appear once, on the second annotation of the first line:\n%s", lines[0])
	}
	var l jsonlLine
	json.Unmarshal([]byte(lines[0]), &l)
	if len(l.Annotations) != 2 || l.Annotations[1].Annotator == "" {
		t.Errorf("the added field broke the line: %+v", l)
	}
}
