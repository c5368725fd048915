package main

import (
	"flag"
	"fmt"

	"github.com/veritag/veritag/data/store"

	"github.com/veritag/veritag/data/importer"
	"github.com/veritag/veritag/data/model"
)

// runImport reads every file first, then stores all documents in one
// transaction: a batch import is all or nothing.
// importFlags are import's flags.
type importFlags struct {
	dbFlags
	lang  string
	title string
}

func (f *importFlags) define(fs *flag.FlagSet) {
	f.dbFlags.define(fs)
	fs.StringVar(&f.lang, "lang", "auto", "language of the texts: it, en or auto")
	fs.StringVar(&f.title, "title", "", "title (for a single document)")
}

func runImport(e *env, f *importFlags) error {
	if err := e.wantArgs(1, -1); err != nil {
		return err
	}
	lang := f.lang
	if err := checkLang(lang); err != nil {
		return err
	}
	opt := importer.Options{Lang: lang, Title: f.title}
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
	return f.withStore(e, func(st *store.Store) error {
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

func runList(e *env, f *dbFlags) error {
	if err := e.wantArgs(0, 0); err != nil {
		return err
	}
	return f.withStore(e, func(st *store.Store) error {
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
