package importer

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/veritag/veritag/data/model"
)

func TestHostileInput(t *testing.T) {
	utf16le := []byte{0xFF, 0xFE}
	utf16be := []byte{0xFE, 0xFF}
	for _, r := range "Perché la città?" {
		utf16le = append(utf16le, byte(r), byte(r>>8))
		utf16be = append(utf16be, byte(r>>8), byte(r))
	}
	var noBOMle, noBOMbe []byte
	for _, r := range "Perché la città è già qui?\nSì." {
		noBOMle = append(noBOMle, byte(r), byte(r>>8))
		noBOMbe = append(noBOMbe, byte(r>>8), byte(r))
	}
	cases := []struct {
		name, file string
		data       []byte
		line       int    // line the error names, 0 for none
		err        string // part of the error message; "" when the import must succeed
		text       string // for a successful import: the text of the first document
	}{
		{"empty", "empty.txt", nil, 0, "empty file", ""},
		{"whitespace only", "blank.md", []byte(" \n\t\r\n  "), 0, "only whitespace", ""},
		{"png", "photo.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), 3, "binary", ""},
		{"NUL in text", "nul.txt", []byte("Ciao\nmondo\x00e poi"), 2, "binary", ""},
		{"control characters", "ctl.txt", bytes.Repeat([]byte("\x01\x02\x03a\x1b"), 50), 0, "binary", ""},
		{"UTF-8 and a stray byte on one line", "mixed.txt", []byte("Perché la città è già qui.\nRiga \xff due è."), 2, "invalid UTF-8 (byte 0xFF)", ""},
		{"undefined Windows-1252 byte on line 3", "mixed.txt", []byte("Perché?\nPerch\xe9?\nRiga \x9d tre."), 3, "not Windows-1252", ""},
		{"UTF-8 lines and Windows-1252 lines", "mixed.txt", []byte("Perché è così?\r\nPerch\xe9 \xe8 cos\xec? \x93Gi\xe0\x94.\nE poi è finita."), 0, "", "Perché è così?\nPerché è così? “Già”.\nE poi è finita."},
		{"UTF-16LE without BOM", "u16.txt", noBOMle, 0, "", "Perché la città è già qui?\nSì."},
		{"UTF-16BE without BOM", "u16.txt", noBOMbe, 0, "", "Perché la città è già qui?\nSì."},
		{"byte undefined in Windows-1252", "u.txt", []byte("Citt\xe0 \x81 e poi"), 1, "not Windows-1252", ""},
		{"Windows-1252 Italian", "cp1252.txt", []byte("Perch\xe9 la citt\xe0 \x93cresce\x94 \x96 dice l\x92esperto.\r\nGi\xe0."), 0, "", "Perché la città “cresce” – dice l’esperto.\nGià."},
		{"Latin-1 CSV", "latin1.csv", []byte("text,label\nPerch\xe9 la citt\xe0?,fact\n"), 0, "", "Perché la città?"},
		{"UTF-16LE with BOM", "u16le.txt", utf16le, 0, "", "Perché la città?"},
		{"UTF-16BE with BOM", "u16be.txt", utf16be, 0, "", "Perché la città?"},
		{"UTF-8 BOM and CRLF", "bom.txt", []byte("\xEF\xBB\xBFTitolo\r\nUna frase.\r\n"), 0, "", "Titolo\nUna frase.\n"},
		{"stray control characters", "ctl.txt", []byte("Uno\x1bdue.\fTre\u0085quattro."), 0, "", "Uno due. Tre quattro."},
		{"lone CR line ends", "mac.txt", []byte("Uno.\rDue."), 0, "", "Uno.\nDue."},
		{"malformed JSONL", "notes.jsonl", []byte("{\"text\":\"Uno.\"}\n{\"text\":\"Due.\"}\n{\"text\":"), 3, "invalid JSON: unexpected end of JSON input", ""},
		{"JSONL line not an object", "n.jsonl", []byte("{\"text\":\"Uno.\"}\n[1,2]\n"), 2, "not a JSON object", ""},
		{"JSONL wrong type", "n.jsonl", []byte("\n\n{\"text\":5}"), 3, `field "text": expected a string, got JSON number`, ""},
		{"JSONL without text", "n.jsonl", []byte(`{"title":"Solo titolo"}`), 1, `no "text" field`, ""},
		{"JSONL blank text", "n.jsonl", []byte(`{"text":"   "}`), 1, "no text", ""},
		{"JSONL sentence not in text", "s.jsonl", []byte("{\"text\":\"Uno. Due.\",\"sentences\":[\"Uno.\",\"Tre.\"]}"), 1, `sentence 1 "Tre." not found`, ""},
		{"JSONL sentences out of order", "s.jsonl", []byte("{\"text\":\"Uno. Due.\",\"sentences\":[\"Due.\",\"Uno.\"]}"), 1, "not found", ""},
		{"JSONL sentence offsets wrong", "s.jsonl", []byte(`{"text":"Uno. Due.","sentences":[{"text":"Uno.","start":1,"end":5}]}`), 1, "is not", ""},
		{"doccano overlapping spans", "d.jsonl", []byte(`{"text":"Uno. Due.","label":[[0,4,"FACT"],[2,9,"CLAIM"]]}`), 1, "overlaps", ""},
		{"doccano span past the text", "d.jsonl", []byte(`{"text":"Uno.","label":[[0,40,"FACT"]]}`), 1, "outside the text", ""},
		{"doccano two class labels", "d.jsonl", []byte(`{"text":"Uno.","label":["FACT","CLAIM"]}`), 1, "2 labels", ""},
		{"export overlapping sentences", "e.jsonl", []byte("{\"doc_id\":1,\"sentence_index\":0,\"text\":\"Uno due.\",\"start\":0,\"end\":8}\n{\"doc_id\":1,\"sentence_index\":1,\"text\":\"Tre.\",\"start\":4,\"end\":8}\n"), 2, "overlaps", ""},
		{"export end mismatch", "e.jsonl", []byte(`{"doc_id":1,"sentence_index":0,"text":"Uno.","start":0,"end":9}`), 1, "end 9 does not match", ""},
		{"export huge offset", "e.jsonl", []byte(`{"doc_id":1,"sentence_index":0,"text":"Uno.","start":900000000000}`), 1, "beyond any plausible text", ""},
		{"export bad confidence", "e.jsonl", []byte(`{"doc_id":1,"sentence_index":0,"text":"Uno.","start":0,"annotations":[{"annotator":"a","label":"FACT","confidence":7}]}`), 1, "confidence 7 out of range", ""},
		{"export bad time", "e.jsonl", []byte(`{"doc_id":1,"sentence_index":0,"text":"Uno.","start":0,"annotations":[{"annotator":"a","label":"FACT","updated_at":"ieri"}]}`), 1, "not an RFC 3339 time", ""},
		{"malformed CSV quote", "rows.csv", []byte("title,text\nA,\"Uno.\"\nB,\"Due \"x\" tre\"\n"), 3, "malformed CSV", ""},
		{"CSV wrong field count", "rows.csv", []byte("title,text\nA,Uno.\nB,Due.,extra\n"), 3, "wrong number of fields", ""},
		{"CSV without text column", "rows.csv", []byte("title,body\nA,Uno.\n"), 1, `no "text" column`, ""},
		{"CSV empty text", "rows.csv", []byte("title,text\nA,\n"), 2, "no text", ""},
		{"CSV bad confidence", "rows.csv", []byte("text,label,confidence\nUno.,FACT,alta\n"), 2, `confidence "alta"`, ""},
		{"CSV header only", "rows.csv", []byte("title,text\n"), 0, "no documents", ""},
		{"script-only HTML", "page.html", []byte("<html><head><script>alert(1)</script></head><body><script>x()</script><style>p{}</style><nav>Home</nav></body></html>"), 0, "no article text", ""},
		{"HTML nested too deep", "deep.html", []byte(strings.Repeat("<div>", 600) + "Testo."), 0, "invalid HTML", ""},
		{"markup-only Markdown", "x.md", []byte("![img](a.png)\n\n```\ncode\n```\n"), 0, "no text", ""},
		{"Label Studio malformed", "tasks.json", []byte("[\n {\"data\": {\"text\": \"Uno.\"}},\n {\"data\": {\"text\": x}}\n]"), 3, "invalid JSON", ""},
		{"Label Studio not an array", "tasks.json", []byte(`"testo"`), 1, "expected a JSON array", ""},
		{"Label Studio task without text", "tasks.json", []byte("[\n{\"data\":{\"text\":\"Uno.\"}},\n{\"data\":{\"body\":\"Due.\"}}]"), 3, "task 2: no data.text", ""},
		{"Label Studio overlapping regions", "tasks.json", []byte(`[{"data":{"text":"Uno due. Tre."},"annotations":[{"completed_by":1,"result":[
			{"id":"a","type":"labels","value":{"start":0,"end":8,"labels":["FACT"]}},
			{"id":"b","type":"labels","value":{"start":4,"end":13,"labels":["CLAIM"]}}]}]}]`), 1, "task 1: region 4..13 overlaps", ""},
		{"Label Studio region text mismatch", "tasks.json", []byte(`[{"data":{"text":"Uno due. Tre."},"annotations":[{"result":[
			{"id":"a","type":"labels","value":{"start":0,"end":8,"text":"Tre.","labels":["FACT"]}}]}]}]`), 1, "offsets must be code points", ""},
		{"Label Studio fractional rating", "tasks.json", []byte(`[{"data":{"text":"Uno."},"annotations":[{"result":[{"id":"a","type":"rating","value":{"rating":1.5}}]}]}]`), 1, "not a whole number", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			docs, err := Read(bytes.NewReader(c.data), c.file, Auto, Options{})
			if c.err == "" {
				if err != nil {
					t.Fatal(err)
				}
				checkDocs(t, docs)
				if docs[0].Text != c.text {
					t.Fatalf("text %q, want %q", docs[0].Text, c.text)
				}
				return
			}
			if docs != nil {
				t.Error("documents returned with an error")
			}
			if err == nil {
				t.Fatalf("imported %d documents, want an error", len(docs))
			}
			e := checkError(t, err, c.file)
			if e.Line != c.line || !strings.Contains(e.Msg, c.err) {
				t.Errorf("got %q (line %d), want line %d and %q", err, e.Line, c.line, c.err)
			}
		})
	}
}

func TestErrorFormat(t *testing.T) {
	_, err := readString("notes.jsonl", "{\"text\":\"Uno.\"}\n\n{\"text\":", Options{})
	if want := "import notes.jsonl: line 3: invalid JSON: unexpected end of JSON input"; err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
	if got := (&Error{File: "a.txt", Msg: "empty file"}).Error(); got != "import a.txt: empty file" {
		t.Errorf("got %s", got)
	}
}

func TestTooLarge(t *testing.T) {
	defer func(n int64) { maxFileSize = n }(maxFileSize)
	maxFileSize = 1 << 10
	_, err := readString("big.txt", strings.Repeat("Frase. ", 200), Options{})
	if e := checkError(t, err, "big.txt"); !strings.Contains(e.Msg, "too large") {
		t.Errorf("got %v", err)
	}
}

// A 50 MB single line is imported, or refused with a clear error, in any
// format: never a hang, a crash or bufio.Scanner's token limit.
func TestHugeSingleLine(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB inputs")
	}
	const size = 50 << 20
	sentence := "La città è cresciuta del 3%. "
	body := strings.Repeat(sentence, size/len(sentence))

	one := func(name, content string) []model.ImportDoc {
		t.Helper()
		docs, err := readString(name, content, Options{Lang: "it"})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(docs) != 1 || len(docs[0].Sentences) == 0 {
			t.Fatalf("%s: %d documents", name, len(docs))
		}
		d := docs[0]
		last := d.Sentences[len(d.Sentences)-1]
		if d.Sentences[0].Text != strings.TrimSpace(sentence) || last.End > len([]rune(d.Text)) {
			t.Fatalf("%s: first sentence %q, last span %d..%d", name, d.Sentences[0].Text, last.Start, last.End)
		}
		return docs
	}
	one("huge.txt", body)
	one("huge.jsonl", `{"text":"`+body+`"}`)
	one("huge.csv", "text\n\""+body+"\"\n")

	_, err := readString("garbage.jsonl", "{"+body, Options{})
	if e := checkError(t, err, "garbage.jsonl"); e.Line != 1 {
		t.Errorf("got %v, want line 1", err)
	}
	_, err = readString("garbage.csv", "text\n\""+body, Options{})
	checkError(t, err, "garbage.csv")

	// a 50 MB page: refused at once, naming the limit
	_, err = readString("huge.html", "<html><body><p>"+body+"</p></body></html>", Options{})
	if e := checkError(t, err, "huge.html"); !strings.Contains(e.Msg, "too large") {
		t.Errorf("got %v, want a page too large", err)
	}
	// a truncated page is an article all the same
	page, _ := os.ReadFile("testdata/news/it-quotidiano.html")
	docs, err := readString("cut.html", string(page[:len(page)*2/3]), Options{})
	if err != nil || !strings.Contains(docs[0].Text, "Le misure decise dalle regioni") {
		t.Errorf("truncated page: %v", err)
	}
}
