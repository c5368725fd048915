package main

import (
	"flag"
	"fmt"
	"strings"

	"github.com/veritag/veritag/data/store"
)

// mergeFlags are merge's flags.
type mergeFlags struct {
	dbFlags
	json bool
}

func (f *mergeFlags) define(fs *flag.FlagSet) {
	f.dbFlags.define(fs)
	fs.BoolVar(&f.json, "json", false, "print the reports as JSON lines")
}

// runMerge merges every other database, all or nothing, printing what
// came in from each.
func runMerge(e *env, f *mergeFlags) error {
	if err := e.wantArgs(1, -1); err != nil {
		return err
	}
	return f.withStore(e, func(st *store.Store) error {
		reps, err := st.MergeAll(e.ctx, e.args)
		if err != nil {
			return err
		}
		for _, rep := range reps {
			if f.json {
				if err := writeJSONLine(e.stdout, rep); err != nil {
					return err
				}
				continue
			}
			fmt.Fprintf(e.stdout, "%s: %d documents added, %d matched; annotations %d added, %d updated (newer), %d kept; %d adjudications; annotators %s",
				printable(rep.Source), rep.DocumentsAdded, rep.DocumentsMatched, rep.AnnotationsAdded, rep.AnnotationsUpdated,
				rep.AnnotationsKept, rep.Adjudications, printable(strings.Join(rep.Annotators, ", ")))
			if len(rep.LabelsAdded) > 0 {
				fmt.Fprintf(e.stdout, "; labels added %s", printable(strings.Join(rep.LabelsAdded, ", ")))
			}
			if rep.SentencesUnmatched > 0 {
				fmt.Fprintf(e.stdout, "; %d sentences segmented differently were skipped", rep.SentencesUnmatched)
			}
			fmt.Fprintln(e.stdout)
		}
		return nil
	})
}
