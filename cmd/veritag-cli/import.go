package main

import (
	"fmt"

	"github.com/veritag/veritag/data/store"

	"github.com/veritag/veritag/data/importer"
	"github.com/veritag/veritag/data/model"
)

func init() {
	commands["import"] = command{
		usage: "import [--db P] [--lang L] [--title T] FILE...  (.txt .md .html .jsonl .json .csv, - for stdin)",
		flags: func(e *env) {
			withDB(e)
			e.fs.String("lang", "auto", "language of the texts: it, en or auto")
			e.fs.String("title", "", "title (for a single document)")
		},
		run: runImport,
	}
	commands["list"] = command{
		usage: "list [--db P]",
		flags: withDB,
		run:   runList,
	}
}

// runImport reads every file first, then stores all documents in one
// transaction: a batch import is all or nothing.
func runImport(e *env) error {
	if err := e.wantArgs(1, -1); err != nil {
		return err
	}
	lang := e.flag("lang")
	if err := checkLang(lang); err != nil {
		return err
	}
	opt := importer.Options{Lang: lang, Title: e.flag("title")}
	var docs []model.ImportDoc
	for _, path := range e.args {
		var d []model.ImportDoc
		var err error
		if path == "-" {
			d, err = importer.Read(e.stdin, "stdin", importer.Auto, opt)
		} else {
			d, err = importer.ReadFile(path, opt)
		}
		if err != nil {
			return err
		}
		docs = append(docs, d...)
	}
	return e.withStore(func(st *store.Store) error {
		stored, err := st.ImportDocs(e.ctx, docs, nil)
		if err != nil {
			return err
		}
		for _, d := range stored {
			fmt.Fprintf(e.stdout, "%d\t%d\t%s\n", d.ID, d.SentenceCount, printable(d.Title))
		}
		return nil
	})
}

func runList(e *env) error {
	if err := e.wantArgs(0, 0); err != nil {
		return err
	}
	return e.withStore(func(st *store.Store) error {
		docs, err := st.Documents(e.ctx)
		if err != nil {
			return err
		}
		for _, d := range docs {
			fmt.Fprintf(e.stdout, "%d\t%d\t%s\n", d.ID, d.SentenceCount, printable(d.Title))
		}
		return nil
	})
}
