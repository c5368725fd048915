package main

import (
	"fmt"
	"sort"

	"github.com/veritag/veritag/data/store"
)

func runStats(e *env, f *dbJSONFlags) error {
	if err := e.wantArgs(0, 0); err != nil {
		return err
	}
	return f.withReader(e, func(st *store.Store) error {
		s, err := st.Stats(e.ctx)
		if err != nil {
			return err
		}
		if f.json {
			return writeJSONLine(e.stdout, s)
		}
		fmt.Fprintf(e.stdout, "documents\t%d\nsentences\t%d\nannotated sentences\t%d\nannotations\t%d\nadjudications\t%d\nevents\t%d\n",
			s.Documents, s.Sentences, s.AnnotatedSentences, s.Annotations, s.Adjudications, s.Events)
		for _, group := range []struct {
			name string
			m    map[string]int
		}{{"label", s.ByLabel}, {"annotator", s.ByAnnotator}} {
			keys := make([]string, 0, len(group.m))
			for k := range group.m {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				fmt.Fprintf(e.stdout, "%s %s\t%d\n", group.name, printable(k), group.m[k])
			}
		}
		return nil
	})
}

func runBackup(e *env, f *dbFlags) error {
	if err := e.wantArgs(1, 1); err != nil {
		return err
	}
	return f.withReader(e, func(st *store.Store) error {
		if err := st.Backup(e.ctx, e.args[0]); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "backed up %s to %s\n", st.Path(), e.args[0])
		return nil
	})
}
