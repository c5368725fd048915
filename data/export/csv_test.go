package export

import (
	"encoding/csv"
	"os"
	"reflect"
	"strconv"
	"testing"
)

func TestCSV(t *testing.T) {
	out := tempOut(t, "e.csv")
	docs := sampleDocs(t)
	export(t, "csv", out, Options{}, docs)
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(rows[0], []string{"doc_id", "sentence_index", "start", "end", "text", "label", "annotator", "confidence", "note"}) {
		t.Errorf("header = %q", rows[0])
	}
	var want [][]string
	for _, d := range docs {
		for _, s := range d.Sentences {
			for _, a := range s.Annotations {
				conf := ""
				if a.Confidence != 0 {
					conf = strconv.Itoa(a.Confidence)
				}
				want = append(want, []string{strconv.FormatInt(d.ID, 10), strconv.Itoa(s.Index),
					strconv.Itoa(s.Start), strconv.Itoa(s.End), s.Text, a.Label, a.Annotator, conf, a.Note})
			}
		}
	}
	if !reflect.DeepEqual(rows[1:], want) {
		t.Errorf("rows:\n got %q\nwant %q", rows[1:], want)
	}
	for _, r := range rows[1:] {
		id, _ := strconv.ParseInt(r[0], 10, 64)
		start, _ := strconv.Atoi(r[2])
		end, _ := strconv.Atoi(r[3])
		if got := slice(t, docText(id), start, end); got != r[4] {
			t.Errorf("text[%d:%d] = %q, want %q", start, end, got, r[4])
		}
	}
}
