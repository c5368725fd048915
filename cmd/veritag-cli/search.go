package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/veritag/veritag/data/agree"
	"github.com/veritag/veritag/data/config"
	"github.com/veritag/veritag/data/search"
	"github.com/veritag/veritag/data/store"
)

// Bounds on what search accepts: a larger --limit is a usage error, and a
// query line longer than maxQueryBytes is refused.
const (
	maxLimit      = 100_000
	maxQueryBytes = 1 << 20
)

// hit is one search result as search --json prints it. A sentence found
// by a note on it adds the note and its annotator.
type hit struct {
	DocID         int64   `json:"doc_id"`
	SentenceIndex int     `json:"sentence_index"`
	Text          string  `json:"text"`
	Score         int     `json:"score"`
	Label         *string `json:"label"`
	Note          string  `json:"note,omitempty"`
	Annotator     string  `json:"annotator,omitempty"`
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
	if limit <= 0 || limit > maxLimit {
		return usageError{fmt.Sprintf("--limit must be a number from 1 to %d", maxLimit)}
	}
	query := strings.Join(e.args, " ")
	if len(query) > maxQueryBytes {
		return usageError{"QUERY is longer than 1 MB"}
	}
	asJSON := f.json
	return f.withReader(e, func(st *store.Store) error {
		ix, saved, err := openIndex(e, st, indexFile(config.DBPath(f.db)))
		if err != nil {
			return err
		}
		defer saved()
		out := bufio.NewWriter(e.stdout)
		defer out.Flush()
		if !bulk {
			return searchOnce(e, st, ix, query, limit, asJSON, out)
		}
		return searchLines(e, st, ix, limit, out)
	})
}

// searchLines answers one query per line of stdin with one JSON line. A
// line longer than maxQueryBytes is answered with no results and named
// on stderr, and the command then fails at the end, as tag --stdin does.
func searchLines(e *env, st *store.Store, ix *search.Index, limit int, out *bufio.Writer) error {
	r := bufio.NewReaderSize(e.stdin, 64<<10)
	bad := 0
	for n := 1; ; n++ {
		line, long, rerr := readLine(r)
		q := strings.TrimRight(string(line), "\r")
		if long {
			fmt.Fprintf(e.stderr, "line %d: query longer than 1 MB\n", n)
			bad++
			q = ""
		}
		if rerr == io.EOF && len(line) == 0 && !long {
			break
		}
		if err := searchOnce(e, st, ix, q, limit, true, out); err != nil {
			return err
		}
		if err := out.Flush(); err != nil {
			return err
		}
		if rerr == io.EOF {
			break
		}
		if rerr != nil {
			return fmt.Errorf("stdin: %w", rerr)
		}
	}
	if bad > 0 {
		return fmt.Errorf("%d queries longer than 1 MB", bad)
	}
	return nil
}

// readLine reads one line without its newline, keeping at most
// maxQueryBytes of it; long reports a longer one (read to its end).
func readLine(r *bufio.Reader) (line []byte, long bool, err error) {
	for {
		part, more, err := r.ReadLine()
		if len(line)+len(part) > maxQueryBytes {
			long = true
		} else {
			line = append(line, part...)
		}
		if err != nil || !more {
			return line, long, err
		}
	}
}

// searchOnce runs one query and prints its results: a JSON array on one
// line, or "doc<TAB>index<TAB>label<TAB>text" lines, a sentence found by
// a note adding "<TAB>note by ANNOTATOR: NOTE". When no sentence
// holds every word, the results are the partial matches; the text form
// says so on stderr, the JSON form keeps its shape.
func searchOnce(e *env, st *store.Store, ix *search.Index, q string, limit int, asJSON bool, out io.Writer) error {
	results, err := ix.Search(e.ctx, q, limit)
	if err != nil {
		return err
	}
	if len(results) > 0 && results[0].Partial && !asJSON {
		fmt.Fprintln(e.stderr, "no sentence holds every word; these hold some of them")
	}
	hits := make([]hit, len(results))
	for i, r := range results {
		hits[i] = hit{DocID: r.DocID, SentenceIndex: r.Index, Text: r.Text, Score: r.Score}
		if r.Note {
			hits[i].Note, hits[i].Annotator = r.Text, r.Annotator
			if hits[i].Text, err = st.SentenceText(e.ctx, r.DocID, r.Index); err != nil {
				return err
			}
		}
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
		fmt.Fprintf(out, "%d\t%d\t%s\t%s", h.DocID, h.SentenceIndex, printable(label), printable(h.Text))
		if h.Note != "" {
			fmt.Fprintf(out, "\tnote by %s: %s", printable(h.Annotator), printable(h.Note))
		}
		fmt.Fprintln(out)
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
