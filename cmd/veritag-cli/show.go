package main

import (
	"bufio"
	"fmt"

	"github.com/veritag/veritag/data/store"

	"github.com/veritag/veritag/data/model"
)

// shownAnnotation is one annotation in show --json.
type shownAnnotation struct {
	Annotator  string `json:"annotator"`
	Label      string `json:"label"`
	Confidence *int   `json:"confidence"`
	Note       string `json:"note"`
}

// shownSentence is one sentence in show --json.
type shownSentence struct {
	Index       int               `json:"index"`
	Text        string            `json:"text"`
	Start       int               `json:"start"`
	End         int               `json:"end"`
	Kind        model.Kind        `json:"kind"`
	Annotations []shownAnnotation `json:"annotations"`
	Adjudicated string            `json:"adjudicated,omitempty"`
}

func runShow(e *env, f *dbJSONFlags) error {
	if err := e.wantArgs(1, 1); err != nil {
		return err
	}
	id, err := parseDoc(e.args[0])
	if err != nil {
		return err
	}
	return f.withReader(e, func(st *store.Store) error {
		var rec model.DocumentRecord
		if err := st.EachDocument(e.ctx, id, "", func(r model.DocumentRecord) error { rec = r; return nil }); err != nil {
			return err
		}
		out := bufio.NewWriter(e.stdout)
		defer out.Flush()
		if f.json {
			return writeJSONLine(out, showJSON(rec))
		}
		fmt.Fprintf(out, "%d\t%s\t%s\t%d sentences\n", rec.ID, printable(rec.Lang), printable(rec.Title), len(rec.Sentences))
		for _, s := range rec.Sentences {
			fmt.Fprintf(out, "%d\t%s\n", s.Index, printable(s.Text))
			for _, a := range s.Annotations {
				fmt.Fprintf(out, "\t%s: %s", printable(a.Annotator), printable(a.Label))
				if a.Confidence > 0 {
					fmt.Fprintf(out, " (confidence %d)", a.Confidence)
				}
				if a.Note != "" {
					fmt.Fprintf(out, " — %s", printable(a.Note))
				}
				fmt.Fprintln(out)
			}
			if s.Adjudicated != "" {
				fmt.Fprintf(out, "\tadjudicated: %s\n", printable(s.Adjudicated))
			}
		}
		return nil
	})
}

// showJSON shapes a document as DESIGN.md's show --json.
func showJSON(rec model.DocumentRecord) any {
	sentences := make([]shownSentence, len(rec.Sentences))
	for i, s := range rec.Sentences {
		anns := make([]shownAnnotation, len(s.Annotations))
		for j, a := range s.Annotations {
			anns[j] = shownAnnotation{Annotator: a.Annotator, Label: a.Label, Confidence: confidence(a.Confidence), Note: a.Note}
		}
		sentences[i] = shownSentence{Index: s.Index, Text: s.Text, Start: s.Start, End: s.End, Kind: s.Kind.OrDefault(), Annotations: anns, Adjudicated: s.Adjudicated}
	}
	return struct {
		DocID     int64           `json:"doc_id"`
		Title     string          `json:"title"`
		Lang      string          `json:"lang"`
		Text      string          `json:"text"`
		Byline    string          `json:"byline,omitempty"`
		Published string          `json:"published,omitempty"`
		Summary   string          `json:"summary,omitempty"`
		Sentences []shownSentence `json:"sentences"`
	}{rec.ID, rec.Title, rec.Lang, rec.Text, rec.Byline, rec.Published, rec.Summary, sentences}
}

// confidence maps 0 (not given) to null.
func confidence(c int) *int {
	if c == 0 {
		return nil
	}
	return &c
}
