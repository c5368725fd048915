package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/veritag/veritag/data/store"
	"github.com/veritag/veritag/data/suggest"
)

// suggestFlags are suggest's flags.
type suggestFlags struct {
	dbJSONFlags
	doc string
}

func (f *suggestFlags) define(fs *flag.FlagSet) {
	f.dbJSONFlags.define(fs)
	fs.StringVar(&f.doc, "doc", "", "suggest only for this document's sentences")
}

// suggestedCue is one cue in suggest --json.
type suggestedCue struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kind  string `json:"kind"`
}

// suggestedLine is one line of suggest --json.
type suggestedLine struct {
	DocID         int64              `json:"doc_id"`
	SentenceIndex int                `json:"sentence_index"`
	Label         string             `json:"label"`
	Score         float64            `json:"score"`
	Scores        map[string]float64 `json:"scores"`
	Cues          []suggestedCue     `json:"cues"`
}

func runSuggest(e *env, f *suggestFlags) error {
	if err := e.wantArgs(0, 0); err != nil {
		return err
	}
	var docID int64
	if f.doc != "" {
		var err error
		if docID, err = parseDoc(f.doc); err != nil {
			return err
		}
	}
	return f.withStore(e, func(st *store.Store) error {
		c, err := suggest.Load(e.ctx, st, docID)
		if err != nil {
			return err
		}
		m, err := suggest.Train(c.Examples, suggest.DefaultOptions())
		if errors.Is(err, suggest.ErrTooFewLabels) {
			fmt.Fprintf(e.stderr, "veritag-cli suggest: nothing to suggest: %v\n", err)
			return nil
		}
		if err != nil {
			return err
		}
		out := bufio.NewWriter(e.stdout)
		defer out.Flush()
		for start := 0; start < len(c.Targets); start += suggestBatch {
			batch := c.Targets[start:min(start+suggestBatch, len(c.Targets))]
			texts := make([]string, len(batch))
			for i, t := range batch {
				texts[i] = t.Text
			}
			for i, s := range m.SuggestAll(texts) {
				if err := writeSuggestion(out, batch[i], s, m.Labels(), f.json); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// suggestBatch is how many sentences suggest labels at a time.
const suggestBatch = 1024

// writeSuggestion prints one sentence's suggestion: a JSON line, or doc,
// index, label, score and cue words separated by tabs.
func writeSuggestion(out io.Writer, t suggest.Target, s suggest.Suggestion, labels []string, asJSON bool) error {
	if asJSON {
		return writeJSONLine(out, suggestionJSON(t, s, labels))
	}
	var cues []string
	for _, c := range s.Cues {
		cues = append(cues, printable(c.Text))
	}
	_, err := fmt.Fprintf(out, "%d\t%d\t%s\t%.3f\t%s\n", t.DocID, t.Index, printable(s.Label), s.Score, strings.Join(cues, ", "))
	return err
}

// suggestionJSON is the suggest --json line of one sentence.
func suggestionJSON(t suggest.Target, s suggest.Suggestion, labels []string) suggestedLine {
	line := suggestedLine{DocID: t.DocID, SentenceIndex: t.Index, Label: s.Label, Score: s.Score,
		Scores: map[string]float64{}, Cues: []suggestedCue{}}
	for i, l := range labels {
		line.Scores[l] = s.Scores[i]
	}
	for _, c := range s.Cues {
		line.Cues = append(line.Cues, suggestedCue{Start: c.Start, End: c.End, Text: c.Text, Kind: c.Kind})
	}
	return line
}

func runModel(e *env, f *dbJSONFlags) error {
	if err := e.wantArgs(0, 0); err != nil {
		return err
	}
	return f.withStore(e, func(st *store.Store) error {
		c, err := suggest.Load(e.ctx, st, -1)
		if err != nil {
			return err
		}
		ev, err := suggest.CrossValidate(c.Examples, suggest.DefaultOptions())
		if err != nil {
			return fmt.Errorf("no model yet: %w", err)
		}
		r := ev.Report
		if f.json {
			return writeJSONLine(e.stdout, r)
		}
		out := bufio.NewWriter(e.stdout)
		defer out.Flush()
		fmt.Fprintf(out, "trained on\t%d\nmacro F1\t%.3f\t(%d-fold cross-validation)\n", r.TrainedOn, r.MacroF1, r.Folds)
		fmt.Fprintf(out, "label\tprecision\trecall\tf1\tsupport\n")
		for _, l := range r.Labels {
			q := r.PerLabel[l]
			fmt.Fprintf(out, "%s\t%.3f\t%.3f\t%.3f\t%d\n", printable(l), q.Precision, q.Recall, q.F1, q.Support)
		}
		fmt.Fprint(out, "confusion (rows: final label, columns: predicted)")
		for _, l := range r.Labels {
			fmt.Fprintf(out, "\t%s", printable(l))
		}
		fmt.Fprintln(out)
		for _, l := range r.Labels {
			fmt.Fprintf(out, "%s", printable(l))
			for _, p := range r.Labels {
				fmt.Fprintf(out, "\t%d", r.Confusion[l][p])
			}
			fmt.Fprintln(out)
		}
		for _, p := range r.LearningCurve {
			fmt.Fprintf(out, "learning curve %3.0f%%\t%.3f\t(trained on %d)\n", 100*p.Fraction, p.MacroF1, p.TrainedOn)
		}
		return nil
	})
}
