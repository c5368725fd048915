package main

import (
	"fmt"
	"io/fs"
	"strings"

	"github.com/veritag/veritag/data/store"

	"github.com/veritag/veritag/assets"
	"github.com/veritag/veritag/data/export"
	"github.com/veritag/veritag/data/model"
)

func init() {
	commands["export"] = command{
		usage: "export [--db P] --format F [--out PATH] [--doc DOC] [--annotator A]  (F: " + strings.Join(export.Formats, ", ") + ")",
		flags: func(e *env) {
			withDB(e)
			e.fs.String("format", "", "jsonl, doccano-spans, labelstudio, csv, brat or hf")
			e.fs.String("out", "-", "output file (- for stdout) or folder (brat, hf)")
			e.fs.String("doc", "", "export only this document")
			e.fs.String("annotator", "", "export only this annotator's labels")
		},
		run: runExport,
	}
}

func runExport(e *env) error {
	if err := e.wantArgs(0, 0); err != nil {
		return err
	}
	format := e.flag("format")
	known := false
	for _, f := range export.Formats {
		known = known || f == format
	}
	if !known {
		return usageError{fmt.Sprintf("--format %q: use one of %s", format, strings.Join(export.Formats, ", "))}
	}
	var docID int64
	if d := e.flag("doc"); d != "" {
		var err error
		if docID, err = parseDoc(d); err != nil {
			return err
		}
	}
	return e.withStore(func(st *store.Store) error {
		labels, err := st.Labels(e.ctx)
		if err != nil {
			return err
		}
		guidelines, _ := fs.ReadFile(assets.Guidelines, "guidelines/en.md")
		w, err := export.New(format, e.flag("out"), export.Options{
			Annotator: e.flag("annotator"), Labels: labels, Guidelines: string(guidelines),
		})
		if err != nil {
			return err
		}
		if err := st.EachDocument(e.ctx, docID, e.flag("annotator"), func(rec model.DocumentRecord) error {
			return w.WriteDocument(rec)
		}); err != nil {
			w.Abort()
			return err
		}
		return w.Close()
	})
}
