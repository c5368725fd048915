package importer

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/veritag/veritag/data/model"
)

const seed = "../../assets/sample-kursk-it.txt"

// readOne imports path and returns its only document.
func readOne(t *testing.T, path string, opt Options) model.ImportDoc {
	t.Helper()
	docs, err := ReadFile(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	checkDocs(t, docs)
	if len(docs) != 1 {
		t.Fatalf("%s: %d documents, want 1", path, len(docs))
	}
	return docs[0]
}

func TestTxtSeedArticle(t *testing.T) {
	raw, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	d := readOne(t, seed, Options{})
	if d.Text != norm.NFC.String(string(raw)) {
		t.Error("the stored text differs from the file (paragraphs and newlines must be kept as is)")
	}
	if d.Title != "sample-kursk-it" || d.Source != "sample-kursk-it.txt" {
		t.Errorf("title %q source %q: a first line ending in a period is no heading, so the file name is the title", d.Title, d.Source)
	}
	if len(d.Sentences) < 20 {
		t.Errorf("%d sentences, want at least 20", len(d.Sentences))
	}
	found := false
	for _, s := range d.Sentences {
		found = found || strings.Contains(s.Text, "ha descritto l’intesa")
	}
	if !found {
		t.Error("no sentence holds “ha descritto l’intesa”")
	}
	if d := readOne(t, seed, Options{Title: "  Kursk \n oggi ", Lang: "EN"}); d.Title != "Kursk oggi" || d.Lang != "en" {
		t.Errorf("--title/--lang not applied: %q %q", d.Title, d.Lang)
	}
}

func TestTxtHeadingTitle(t *testing.T) {
	d := readOne(t, "testdata/titolo.txt", Options{})
	if d.Title != "Il ruolo delle truppe nordcoreane" {
		t.Errorf("title %q", d.Title)
	}
	if !strings.Contains(d.Text, "russe.\n\nL’accordo") {
		t.Errorf("blank line between paragraphs lost: %q", d.Text)
	}
}

func TestMarkdown(t *testing.T) {
	d := readOne(t, "testdata/articolo.md", Options{})
	want := strings.Join([]string{
		"Kursk, Lavrov elogia i soldati nordcoreani",
		"La presenza di soldati nordcoreani nella liberazione della regione di Kursk ha sottolineato la stretta cooperazione militare tra Pyongyang e Mosca. Il ministro Sergej Lavrov ha descritto il loro impegno come “prova concreta”.",
		"Il ruolo delle truppe",
		"Secondo Lavrov, i militari hanno combattuto fianco a fianco con le forze russe. L’accordo sarebbe stato discusso nel primo round di negoziati.",
		"Il patto è un impegno formale.",
		"Potrebbe alterare gli equilibri militari.",
		"Primo punto con codice e html.",
		"Perché la città è *importante* & centrale? Vedi https://example.org/kursk e snake_case.",
	}, "\n")
	if d.Text != want {
		t.Errorf("stripped text:\n%s\nwant:\n%s", d.Text, want)
	}
	if d.Title != "Kursk: la cooperazione militare tra Mosca e Pyongyang" {
		t.Errorf("title %q, want the front-matter title", d.Title)
	}
	docs, err := readString("nota.md", "Testo *senza* titolo.\n\nSetext\n======\n\n# Primo\n", Options{})
	if err != nil || docs[0].Title != "Setext" || docs[0].Text != "Testo senza titolo.\nSetext\nPrimo" {
		t.Errorf("setext heading: %v %q %q", err, docs[0].Title, docs[0].Text)
	}
}

func TestHTML(t *testing.T) {
	d := readOne(t, "testdata/articolo.html", Options{})
	want := strings.Join([]string{
		"La presenza di soldati nordcoreani nella liberazione della regione di Kursk ha sottolineato la stretta cooperazione militare tra Pyongyang e Mosca. Il ministro degli esteri russo Sergej Lavrov ha descritto il loro impegno come “prova concreta” di un legame solido.",
		"L’accordo strategico",
		"L’accordo sarebbe stato uno degli argomenti principali del primo round di negoziati, svoltosi recentemente tra i governi.",
		"Una «solida base per una fratellanza combattiva invincibile».",
		"Perché la città è importante?",
		"Cosa potrebbe cambiare?",
	}, "\n")
	if d.Text != want {
		t.Errorf("article text:\n%s\nwant:\n%s", d.Text, want)
	}
	if d.Title != "Kursk, Lavrov elogia i soldati nordcoreani" {
		t.Errorf("title %q, want the article's h1", d.Title)
	}
	if !strings.Contains(d.Meta.Byline, "Redazione") {
		t.Errorf("byline %q, want the article's", d.Meta.Byline)
	}
	if h := d.Sentences[2]; h.Text != "L’accordo strategico" || h.Kind != model.KindHeading {
		t.Errorf("sentence 2 %+v, want the subheading", h)
	}

	d = readOne(t, "testdata/article-en.html", Options{Lang: "en"})
	want = "Stocks rose sharply on Tuesday. Analysts said the rally could continue into next week.\nIndex Change S&P 500 +1.2%"
	if d.Text != want || d.Title != "Markets rally as inflation cools" {
		t.Errorf("body text %q title %q", d.Text, d.Title)
	}
}

func TestCSV(t *testing.T) {
	docs, err := ReadFile("testdata/frasi.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkDocs(t, docs)
	if len(docs) != 2 || docs[0].Title != "Kursk, la cooperazione" || docs[1].Lang != "en" ||
		!strings.Contains(docs[0].Text, `"prova concreta"`) || docs[1].Text != "Stocks rose sharply on Tuesday.\nAnalysts said the rally could continue." {
		t.Fatalf("unexpected documents: %+v", docs)
	}
	docs, err = ReadFile("testdata/etichette.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkDocs(t, docs)
	// with a label column every row is one sentence, labelled if it has a label
	want := [][]model.Annotation{
		{{Annotator: "anna", Label: "CLAIM", Confidence: 2, Note: `attribuito; "Lavrov", città`}},
		{{Annotator: "csv", Label: "SPECULATION"}},
		nil,
	}
	if len(docs) != len(want) {
		t.Fatalf("%d documents, want %d", len(docs), len(want))
	}
	for i, d := range docs {
		if len(d.Sentences) != 1 || d.Sentences[0].Text != strings.TrimSpace(d.Text) || !reflect.DeepEqual(d.Annotations, want[i]) {
			t.Errorf("row %d: %q %+v", i, texts(d), d.Annotations)
		}
	}
}

func TestJSONL(t *testing.T) {
	docs, err := ReadFile("testdata/docs.jsonl", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkDocs(t, docs)
	if len(docs) != 6 {
		t.Fatalf("%d documents, want 6", len(docs))
	}
	if docs[0].Title != "Kursk" || docs[0].Lang != "it" || docs[1].Title != "a2" {
		t.Errorf("titles %q %q", docs[0].Title, docs[1].Title)
	}
	checks := []struct {
		doc  int
		want []string
	}{
		// given sentences are located whatever whitespace separates their words;
		// the heading before them is segmented
		{1, []string{"Titolo senza punto", "L’accordo sarebbe stato discusso nel primo round.", "Potrebbe cambiare."}},
		{2, []string{"Stocks rose sharply.", "Analysts said the rally could continue."}},
		{3, []string{"Perché la città è importante?", "Nessuno lo sa."}},
		{4, []string{"Lavrov ha descritto l'impegno come prova concreta."}},
		{5, []string{"Il patto è formale.", "Potrebbe alterare gli equilibri."}},
	}
	for _, c := range checks {
		if got := texts(docs[c.doc]); !reflect.DeepEqual(got, c.want) {
			t.Errorf("doc %d sentences %q, want %q", c.doc, got, c.want)
		}
	}
	if docs[2].Text != "Stocks rose sharply. Analysts said the rally could continue." {
		t.Errorf("joined text %q", docs[2].Text)
	}
	if a := docs[4].Annotations; len(a) != 1 || a[0] != (model.Annotation{Annotator: "anna", Label: "CLAIM"}) {
		t.Errorf("doccano classification: %+v", a)
	}
	want := []model.Annotation{{Annotator: "7", Label: "FACT"}, {SentenceIndex: 1, Annotator: "7", Label: "SPECULATION"}}
	if a := docs[5].Annotations; !reflect.DeepEqual(a, want) {
		t.Errorf("doccano spans: %+v", a)
	}
}

func TestJSONVariants(t *testing.T) {
	cases := []struct {
		name, in string
		titles   []string
	}{
		{"one task.json", `{"data":{"text":"Uno. Due.","title":"Compito"}}`, []string{"Compito"}},
		{"lines.json", "{\"text\":\"Uno.\",\"title\":\"A\"}\n{\"text\":\"Due.\",\"title\":\"B\"}\n", []string{"A", "B"}},
		// doc_id without sentence_index is a plain document, not our export
		{"ids.jsonl", `{"doc_id":"x9","text":"Uno. Due."}`, []string{"x9"}},
	}
	for _, c := range cases {
		docs, err := readString(c.name, c.in, Options{})
		if err != nil {
			t.Fatal(err)
		}
		checkDocs(t, docs)
		var titles []string
		for _, d := range docs {
			titles = append(titles, d.Title)
		}
		if !reflect.DeepEqual(titles, c.titles) {
			t.Errorf("%s: titles %q, want %q", c.name, titles, c.titles)
		}
	}
}

func TestDoccanoSpansFillGaps(t *testing.T) {
	text := "Premessa senza etichetta. Il patto è formale. Coda finale."
	docs, err := readString("spans.jsonl", `{"text":"`+text+`","label":[[26,45,"fact"]]}`, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkDocs(t, docs)
	d := docs[0]
	covered := 0
	for _, s := range d.Sentences {
		covered += len([]rune(s.Text))
	}
	if covered < len([]rune(text))-2 {
		t.Errorf("gaps not segmented: %q", texts(d))
	}
	a := d.Annotations
	if len(a) != 1 || d.Sentences[a[0].SentenceIndex].Text != "Il patto è formale." || a[0].Label != "FACT" || a[0].Annotator != "doccano" {
		t.Errorf("annotations %+v on %q", a, texts(d))
	}
}

func TestNFC(t *testing.T) {
	decomposed := "Perche\u0301 la citta\u0300 cresce. Nessuno lo sa."
	docs, err := readString("nfd.txt", decomposed, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkDocs(t, docs)
	if docs[0].Text != "Perché la città cresce. Nessuno lo sa." {
		t.Errorf("not NFC: %q", docs[0].Text)
	}
	// offsets given on NFD text are mapped onto the NFC text
	docs, err = readString("nfd.jsonl", `{"text":"`+decomposed+`","label":[[0,25,"CLAIM"]]}`, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkDocs(t, docs)
	if s := docs[0].Sentences[0]; s.Text != "Perché la città cresce." || s.End != 23 {
		t.Errorf("span %+v", s)
	}
}

func TestDetect(t *testing.T) {
	cases := []struct {
		name, head string
		want       Format
	}{
		{"a.TXT", "[", Text},
		{"a.md", "", Markdown},
		{"a.htm", "", HTML},
		{"a.jsonl", "", JSONL},
		{"a.json", "", LabelStudio},
		{"a.csv", "", CSV},
		{"-", "\ufeff  [{\"data\":{}}]", LabelStudio},
		{"-", "{\"text\":\"x\"}\n{\"text\":\"y\"}", JSONL},
		{"-", "<!DOCTYPE html><p>x</p>", HTML},
		{"-", "<p>Ciao</p>", HTML},
		{"-", "title,text\nA,b", CSV},
		{"-", "Text;Label\nx;FACT", CSV},
		{"-", "Testo, con virgole, ma senza intestazione.", Text},
		{"-", "a < b, lo sappiamo", Text},
		{"notes", "Solo testo", Text},
	}
	for _, c := range cases {
		if got := Detect(c.name, []byte(c.head)); got != c.want {
			t.Errorf("Detect(%q, %q) = %q, want %q", c.name, c.head, got, c.want)
		}
	}
}

func TestStdinByContent(t *testing.T) {
	inputs := map[string]int{
		`[{"data":{"text":"Una frase. Un'altra."}}]`:   1,
		"{\"text\":\"Uno.\"}\n{\"text\":\"Due.\"}\n":   2,
		"<html><body><p>Ciao mondo.</p></body></html>": 1,
		"text,title\nCiao mondo.,A\nSecondo.,B\n":      2,
		"Solo testo. Niente altro.":                    1,
	}
	for in, n := range inputs {
		docs, err := Read(strings.NewReader(in), "-", Auto, Options{})
		if err != nil || len(docs) != n {
			t.Errorf("%q: %d docs, %v", in, len(docs), err)
			continue
		}
		checkDocs(t, docs)
		if docs[0].Source != "stdin" {
			t.Errorf("source %q", docs[0].Source)
		}
	}
}

func TestReadFilesAllOrNothing(t *testing.T) {
	docs, err := ReadFiles([]string{"testdata/titolo.txt", "testdata/docs.jsonl"}, Options{})
	if err != nil || len(docs) != 7 {
		t.Fatalf("%d docs, %v", len(docs), err)
	}
	docs, err = ReadFiles([]string{"testdata/titolo.txt", "testdata/missing.txt"}, Options{})
	if docs != nil {
		t.Error("documents returned with an error")
	}
	if e := checkError(t, err, "testdata/missing.txt"); e.Msg != "no such file or directory" {
		t.Errorf("message %q", e.Msg)
	}
	_, err = ReadFile("testdata", Options{})
	checkError(t, err, "testdata")
}
