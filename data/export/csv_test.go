package export

import (
	"encoding/csv"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/veritag/veritag/data/model"
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

// RFC 4180: every row ends in CRLF; a line break inside a field is kept
// as it is, inside quotes; no BOM unless asked for.
func TestCSVLineEnds(t *testing.T) {
	out := tempOut(t, "e.csv")
	export(t, "csv", out, Options{}, sampleDocs(t))
	raw := readFile(t, out)
	if strings.HasPrefix(raw, utf8BOM) {
		t.Error("BOM without --excel")
	}
	if !strings.HasPrefix(raw, strings.Join(csvHeader, ",")+"\r\n") || !strings.HasSuffix(raw, "\r\n") {
		t.Errorf("header or last row does not end in CRLF: %q", raw)
	}
	// Outside quotes every LF follows a CR; inside, the text's own LF stays.
	quoted := false
	for i := 0; i < len(raw); i++ {
		switch {
		case raw[i] == '"':
			quoted = !quoted
		case raw[i] == '\n' && !quoted && (i == 0 || raw[i-1] != '\r'):
			t.Fatalf("bare LF ends a row at byte %d", i)
		}
	}
	if !strings.Contains(raw, "\"La cooperazione potrebbe\nindicare un’alleanza più ampia.\"") {
		t.Errorf("the sentence's own line break was not kept inside quotes")
	}
}

// --excel starts the file with a UTF-8 byte-order mark (Excel otherwise
// reads UTF-8 as the Windows code page: "già" becomes "giÃ "); the rest is
// the same bytes.
func TestCSVExcelBOM(t *testing.T) {
	plain, excel := tempOut(t, "p.csv"), tempOut(t, "x.csv")
	export(t, "csv", plain, Options{}, sampleDocs(t))
	export(t, "csv", excel, Options{Excel: true}, sampleDocs(t))
	if got := readFile(t, excel); got != "\xef\xbb\xbf"+readFile(t, plain) {
		t.Errorf("excel export is not BOM + plain export: %q", got[:20])
	}
}

// Cells a spreadsheet would run as formulas get a single quote in front
// and are quoted, in every text column (text, label, annotator, note);
// --raw writes them as they are. Go's reader (any RFC 4180 reader) reads
// the quote back as part of the value, which Unneutralise removes.
func TestCSVNeutralisesFormulas(t *testing.T) {
	cells := []string{"=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "'already", "=1,2\n3"}
	d := record(t, 1, "t", "it", strings.Join(cells[:1], ""), cells[0])
	for i, c := range cells {
		annotate(&d.Sentences[0], model.Annotation{Annotator: c, Label: c, Note: c + strconv.Itoa(i)})
	}
	for _, raw := range []bool{false, true} {
		out := tempOut(t, "f.csv")
		export(t, "csv", out, Options{RawCSV: raw}, []model.DocumentRecord{d})
		text := readFile(t, out)
		rows, err := csv.NewReader(strings.NewReader(text)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		for i, c := range cells {
			row := rows[i+1]
			for col, orig := range map[int]string{4: cells[0], 5: c, 6: c, 8: c + strconv.Itoa(i)} {
				want := orig
				if !raw {
					want = "'" + want
					if !strings.Contains(text, `"`+strings.ReplaceAll(want, `"`, `""`)+`"`) {
						t.Errorf("neutralised cell %q not quoted", want)
					}
				}
				if row[col] != want {
					t.Errorf("raw %v: column %s = %q, want %q", raw, csvHeader[col], row[col], want)
				}
				if !raw && Unneutralise(row[col]) != orig {
					t.Errorf("Unneutralise(%q) = %q", row[col], Unneutralise(row[col]))
				}
			}
		}
	}
	for _, c := range []string{"", "plain", "a=b", "1", " =x", "'", "x'"} {
		if NeedsNeutralising(c) != (c == "'") {
			t.Errorf("NeedsNeutralising(%q) = %v", c, NeedsNeutralising(c))
		}
		if Unneutralise(c) != c {
			t.Errorf("Unneutralise(%q) = %q", c, Unneutralise(c))
		}
	}
}
