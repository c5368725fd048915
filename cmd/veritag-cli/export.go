package main

import (
	"fmt"
	"io/fs"
	"strings"

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
	flag := func(n string) string { return e.fs.Lookup(n).Value.String() }
	format := flag("format")
	known := false
	for _, f := range export.Formats {
		known = known || f == format
	}
	if !known {
		return usageError{fmt.Sprintf("--format %q: use one of %s", format, strings.Join(export.Formats, ", "))}
	}
	var docID int64
	if d := flag("doc"); d != "" {
		var err error
		if docID, err = parseDoc(d); err != nil {
			return err
		}
	}
	st, err := e.open()
	if err != nil {
		return err
	}
	defer st.Close()
	labels, err := st.Labels(e.ctx)
	if err != nil {
		return err
	}
	guidelines, _ := fs.ReadFile(assets.Guidelines, "guidelines/en.md")
	w, err := export.New(format, flag("out"), export.Options{
		Annotator: flag("annotator"), Labels: labels, Guidelines: string(guidelines),
	})
	if err != nil {
		return err
	}
	if err := st.EachDocument(e.ctx, docID, flag("annotator"), func(rec model.DocumentRecord) error {
		return w.WriteDocument(rec)
	}); err != nil {
		w.Abort()
		return err
	}
	return w.Close()
}
