package importer

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// fuzzRead fuzzes Read in one format: it must never panic or hang, and it
// returns either documents that hold every invariant or one clear error.
func fuzzRead(f *testing.F, name string, format Format, files []string, seeds ...string) {
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, err := Read(bytes.NewReader(data), name, format, Options{})
		if err != nil {
			if e := checkError(t, err, name); strings.HasPrefix(e.Msg, "segmenter") {
				t.Fatal(err) // a bug in data/segment, not bad input
			}
			if docs != nil {
				t.Fatal("documents returned with an error")
			}
			return
		}
		checkDocs(t, docs)
	})
}

func FuzzReadTxt(f *testing.F) {
	fuzzRead(f, "f.txt", Text, []string{"testdata/titolo.txt"},
		"Perch\xe9 la citt\xe0.", "\xff\xfeP\x00e\x00", "a\u0301. \u0301b\r\n\r")
}

func FuzzReadMarkdown(f *testing.F) {
	fuzzRead(f, "f.md", Markdown, []string{"testdata/articolo.md"},
		"---\ntitle: x\n---\n# T\n", "[a](b) ![c](d) <e> `f` **g** _h_ \\*i\\*", "T\n===\n- a\n> b\n```\nc")
}

func FuzzReadHTML(f *testing.F) {
	fuzzRead(f, "f.html", HTML, []string{"testdata/articolo.html", "testdata/article-en.html"},
		"<article><h1>T</h1><p>a &amp; b</p></article><article><p>c</p></article>", "<pre>a\nb</pre><br><script>x</script>")
}

func FuzzReadJSONL(f *testing.F) {
	fuzzRead(f, "f.jsonl", JSONL, []string{"testdata/docs.jsonl"},
		`{"doc_id":1,"doc_title":"T","sentence_index":0,"text":"Uno.","start":0,"end":4,"label":["FACT"],"label_source":"adjudicated","annotations":[{"annotator":"a","label":"fact","confidence":2,"note":"n"}]}`+"\n"+
			`{"doc_id":1,"sentence_index":1,"text":"Due.","start":6,"end":10}`,
		`{"text":"a b. c","sentences":["a  b.",{"start":5,"end":6}]}`,
		`{"text":"Uno. Due.","label":[[0,4,"CLAIM"]],"user":3}`)
}

func FuzzReadCSV(f *testing.F) {
	fuzzRead(f, "f.csv", CSV, []string{"testdata/frasi.csv", "testdata/etichette.csv"},
		"doc_id,sentence_index,start,end,text,label,annotator,confidence,note\n1,0,0,4,Uno.,FACT,a,2,\"n, \"\"q\"\"\"\n1,0,0,4,Uno.,CLAIM,b,,\n1,1,5,9,Due.,,,,\n")
}

func FuzzReadLabelStudio(f *testing.F) {
	fuzzRead(f, "f.json", LabelStudio, nil,
		`[{"data":{"text":"Uno due. Tre.","title":"T"},"annotations":[{"completed_by":{"email":"a@b.c"},"result":[
			{"id":"r1","from_name":"label","to_name":"text","type":"labels","value":{"start":0,"end":8,"text":"Uno due.","labels":["FACT"]}},
			{"id":"r1","from_name":"note","to_name":"text","type":"textarea","value":{"text":["nota"]}},
			{"id":"r1","from_name":"confidence","to_name":"text","type":"rating","value":{"rating":2}}]}]}]`,
		`{"data":{"text":"Solo."}}`)
}
