package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/veritag/veritag/data/agree"
	"github.com/veritag/veritag/data/search"
	"github.com/veritag/veritag/data/store"
)

// hit is one search result as search --json prints it.
type hit struct {
	DocID         int64   `json:"doc_id"`
	SentenceIndex int     `json:"sentence_index"`
	Text          string  `json:"text"`
	Score         int     `json:"score"`
	Label         *string `json:"label"`
}

// searchFlags are search's flags.
type searchFlags struct {
	dbFlags
	limit int
	json  bool
	stdin bool
}

func (f *searchFlags) define(fs *flag.FlagSet) {
	f.dbFlags.define(fs)
	fs.IntVar(&f.limit, "limit", 20, "most results")
	fs.BoolVar(&f.json, "json", false, "print JSON")
	fs.BoolVar(&f.stdin, "stdin", false, "one query per input line, one output line per query")
}

func runSearch(e *env, f *searchFlags) error {
	bulk := f.stdin
	if bulk {
		if err := e.wantArgs(0, 0); err != nil {
			return err
		}
	} else if err := e.wantArgs(1, -1); err != nil {
		return err
	}
	limit := f.limit
	if limit <= 0 {
		return usageError{"--limit must be a positive number"}
	}
	asJSON := f.json
	return f.withStore(e, func(st *store.Store) error {
		ix, err := buildIndex(e, st)
		if err != nil {
			return err
		}
		out := bufio.NewWriter(e.stdout)
		defer out.Flush()
		if !bulk {
			return searchOnce(e, st, ix, strings.Join(e.args, " "), limit, asJSON, out)
		}
		r := bufio.NewReader(e.stdin)
		for {
			line, rerr := r.ReadString('\n')
			if q := strings.TrimRight(line, "\r\n"); q != "" || rerr == nil {
				if err := searchOnce(e, st, ix, q, limit, true, out); err != nil {
					return err
				}
				if err := out.Flush(); err != nil {
					return err
				}
			}
			if rerr == io.EOF {
				return nil
			}
			if rerr != nil {
				return fmt.Errorf("stdin: %w", rerr)
			}
		}
	})
}

// searchOnce runs one query and prints its results: a JSON array on one
// line, or "doc<TAB>index<TAB>label<TAB>text" lines.
func searchOnce(e *env, st *store.Store, ix *search.Shards, q string, limit int, asJSON bool, out io.Writer) error {
	results, err := ix.Search(e.ctx, q, limit)
	if err != nil {
		return err
	}
	hits := make([]hit, len(results))
	for i, r := range results {
		hits[i] = hit{DocID: r.DocID, SentenceIndex: r.Index, Text: r.Text, Score: r.Score}
		if hits[i].Label, err = finalLabel(e, st, r.DocID, r.Index); err != nil {
			return err
		}
	}
	if asJSON {
		return writeJSONLine(out, hits)
	}
	for _, h := range hits {
		label := "-"
		if h.Label != nil {
			label = *h.Label
		}
		fmt.Fprintf(out, "%d\t%d\t%s\t%s\n", h.DocID, h.SentenceIndex, printable(label), printable(h.Text))
	}
	return nil
}

// finalLabel is a sentence's final label (adjudicated, single, majority or
// the tied labels joined by "|"), nil when nobody labelled it.
func finalLabel(e *env, st *store.Store, docID int64, index int) (*string, error) {
	s, err := st.AnnotatedSentence(e.ctx, docID, index)
	if err != nil {
		return nil, err
	}
	labels, _ := agree.FinalLabel(s)
	if len(labels) == 0 {
		return nil, nil
	}
	l := strings.Join(labels, "|")
	return &l, nil
}
