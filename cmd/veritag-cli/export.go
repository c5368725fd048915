package main

import (
	"flag"
	"fmt"
	"io/fs"
	"strings"

	"github.com/veritag/veritag/data/store"

	"github.com/veritag/veritag/assets"
	"github.com/veritag/veritag/data/export"
	"github.com/veritag/veritag/data/model"
)

// exportFlags are export's flags.
type exportFlags struct {
	dbFlags
	format    string
	out       string
	doc       string
	annotator string
}

func (f *exportFlags) define(fs *flag.FlagSet) {
	f.dbFlags.define(fs)
	fs.StringVar(&f.format, "format", "", "jsonl, doccano-spans, labelstudio, csv, brat or hf")
	fs.StringVar(&f.out, "out", "-", "output file (- for stdout) or folder (brat, hf)")
	fs.StringVar(&f.doc, "doc", "", "export only this document")
	fs.StringVar(&f.annotator, "annotator", "", "export only this annotator's labels")
}

func runExport(e *env, f *exportFlags) error {
	if err := e.wantArgs(0, 0); err != nil {
		return err
	}
	format := f.format
	known := false
	for _, name := range export.Formats {
		known = known || name == format
	}
	if !known {
		return usageError{fmt.Sprintf("--format %q: use one of %s", format, strings.Join(export.Formats, ", "))}
	}
	var docID int64
	if d := f.doc; d != "" {
		var err error
		if docID, err = parseDoc(d); err != nil {
			return err
		}
	}
	return f.withStore(e, func(st *store.Store) error {
		labels, err := st.Labels(e.ctx)
		if err != nil {
			return err
		}
		guidelines, _ := fs.ReadFile(assets.Guidelines, "guidelines/en.md")
		w, err := export.New(format, f.out, export.Options{
			Annotator: f.annotator, Labels: labels, Guidelines: string(guidelines),
		})
		if err != nil {
			return err
		}
		if err := st.EachDocument(e.ctx, docID, f.annotator, func(rec model.DocumentRecord) error {
			return w.WriteDocument(rec)
		}); err != nil {
			w.Abort()
			return err
		}
		return w.Close()
	})
}
