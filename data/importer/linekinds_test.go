package importer

import (
	"testing"

	"github.com/veritag/veritag/data/model"
)

// kindsOf maps each sentence of a document to its kind.
func kindsOf(d model.ImportDoc) map[string]model.Kind {
	out := map[string]model.Kind{}
	for _, s := range d.Sentences {
		out[s.Text] = s.Kind.OrDefault()
	}
	return out
}

func checkKinds(t *testing.T, d model.ImportDoc, want map[string]model.Kind) {
	t.Helper()
	got := kindsOf(d)
	for text, k := range want {
		if got[text] != k {
			t.Errorf("%q: kind %q, want %q (all: %v)", text, got[text], k, got)
		}
	}
}

// TestPastedTextMarksNavAndHeadings: navigation lines of a pasted page are
// kept as nav sentences, headings marked, prose left as sentences.
func TestPastedTextMarksNavAndHeadings(t *testing.T) {
	text := "Kursk, Lavrov elogia i soldati nordcoreani\n\n" +
		"La presenza di soldati nordcoreani ha sottolineato la cooperazione. Lavrov ha parlato di una prova concreta.\n" +
		"Leggi anche: Zelensky a Washington, cosa cambia\n" +
		"Il ruolo delle truppe\n" +
		"L'accordo sarebbe stato discusso a lungo.\n" +
		"Read more: Markets rally as inflation cools\n" +
		"Condividi\n" +
		"https://www.example.com/esteri/kursk-lavrov\n"
	d, err := readString("kursk.txt", text, Options{Lang: "it"})
	if err != nil {
		t.Fatal(err)
	}
	checkKinds(t, d[0], map[string]model.Kind{
		"Kursk, Lavrov elogia i soldati nordcoreani": model.KindHeading,
		"Il ruolo delle truppe":                      model.KindHeading,
		"Lavrov ha parlato di una prova concreta.":   model.KindSentence,
		"L'accordo sarebbe stato discusso a lungo.":  model.KindSentence,
		"Leggi anche:":                                model.KindNav,
		"Zelensky a Washington, cosa cambia":          model.KindNav,
		"Read more:":                                  model.KindNav,
		"Markets rally as inflation cools":            model.KindNav,
		"Condividi":                                   model.KindNav,
		"https://www.example.com/esteri/kursk-lavrov": model.KindNav,
	})
	if d[0].Text != text {
		t.Error("navigation lines must stay in the text")
	}
}

// TestMarkdownHeadingsNotBoldBylines: # and setext headings are headings,
// a bold byline is not, a "Leggi anche" line is navigation.
func TestMarkdownHeadingsNotBoldBylines(t *testing.T) {
	md := "# Il Po in secca\n\n**Di Giulia Ferraris**\n\nIl fiume è basso da settimane.\n\n" +
		"Le misure\n---------\n\nTre regioni razionano l'acqua.\n\n*Leggi anche:* [I laghi alpini](https://x.it/laghi)\n\n## Gli agricoltori\n\nTemono per il raccolto.\n"
	d, err := readString("po.md", md, Options{Lang: "it"})
	if err != nil {
		t.Fatal(err)
	}
	if d[0].Title != "Il Po in secca" {
		t.Errorf("title %q", d[0].Title)
	}
	checkKinds(t, d[0], map[string]model.Kind{
		"Il Po in secca":                 model.KindHeading,
		"Di Giulia Ferraris":             model.KindSentence,
		"Le misure":                      model.KindHeading,
		"Gli agricoltori":                model.KindHeading,
		"Il fiume è basso da settimane.": model.KindSentence,
		"Leggi anche:":                   model.KindNav,
		"I laghi alpini":                 model.KindNav,
	})
}
