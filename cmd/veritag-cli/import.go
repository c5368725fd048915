package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"

	"github.com/veritag/veritag/data/config"
	"github.com/veritag/veritag/data/store"

	"github.com/veritag/veritag/data/importer"
	"github.com/veritag/veritag/data/model"
)

// importFlags are import's flags.
type importFlags struct {
	dbFlags
	lang      string
	title     string
	wholePage bool
}

func (f *importFlags) define(fs *flag.FlagSet) {
	f.dbFlags.define(fs)
	fs.StringVar(&f.lang, "lang", "auto", "language of the texts: it, en or auto")
	fs.StringVar(&f.title, "title", "", "title (for a single document)")
	fs.BoolVar(&f.wholePage, "whole-page", false, "import a web page in which no article is found as all of its text, instead of refusing it")
}

// importHeapLimit is the Go heap's soft limit during an import: with
// SQLite's page cache (at most 384 MiB) and sort runs (64 MiB) beside it
// the process stays under 1 GB, and below it the collector runs only when
// the heap has doubled, rarely.
const importHeapLimit = 448 << 20

// runImport streams every file into one transaction: a batch import is
// all or nothing, and memory stays bounded however many documents the
// files hold. The "ID<TAB>SENTENCES<TAB>TITLE" lines wait in a temporary
// file until the commit, so that nothing is reported that was not stored.
// The heap is mostly the file being read, one long-lived string, and the
// documents on their way to SQLite; unless GOGC or GOMEMLIMIT say
// otherwise it may double between collections up to importHeapLimit.
func runImport(e *env, f *importFlags) error {
	if err := e.wantArgs(1, -1); err != nil {
		return err
	}
	lang := f.lang
	if err := checkLang(lang); err != nil {
		return err
	}
	opt := importer.Options{Lang: lang, Title: f.title, WholePage: f.wholePage}
	report, err := os.CreateTemp("", "veritag-import-*.tsv")
	if err != nil {
		return err
	}
	defer os.Remove(report.Name())
	defer report.Close()
	lines := bufio.NewWriter(report)
	var line []byte // one "ID<TAB>SENTENCES<TAB>TITLE" line
	path := config.DBPath(f.db)
	_, statErr := os.Stat(path)
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(importHeapLimit)
	}
	err = f.withBatchStore(e, func(st *store.Store) error {
		_, err := st.ImportStream(e.ctx, func(save func(model.ImportDoc) error) error {
			put := func(d model.ImportDoc) error {
				if d.Warning != "" {
					fmt.Fprintf(e.stderr, "import %s: warning: %s\n", printable(d.Source), d.Warning)
				}
				return save(d)
			}
			for _, file := range e.args {
				var err error
				if file == "-" {
					err = importer.Stream(e.stdin, "stdin", importer.Auto, opt, put)
				} else {
					err = importer.StreamFile(file, opt, put)
				}
				if err != nil {
					return err
				}
			}
			return nil
		}, func(d model.Document) error {
			line = strconv.AppendInt(line[:0], d.ID, 10)
			line = append(line, '\t')
			line = strconv.AppendInt(line, int64(d.SentenceCount), 10)
			line = append(line, '\t')
			line = append(line, printable(d.Title)...)
			_, err := lines.Write(append(line, '\n'))
			return err
		})
		return err
	})
	if err != nil {
		if os.IsNotExist(statErr) {
			removeDatabase(path) // a failed import into a new file leaves no file
		}
		return err
	}
	if err := lines.Flush(); err != nil {
		return err
	}
	if _, err := report.Seek(0, io.SeekStart); err != nil {
		return err
	}
	_, err = io.Copy(e.stdout, report)
	return err
}

// removeDatabase removes a database file and its -wal, -shm and -journal
// files.
func removeDatabase(path string) {
	for _, p := range []string{path, path + "-wal", path + "-shm", path + "-journal"} {
		os.Remove(p)
	}
}

func runList(e *env, f *dbFlags) error {
	if err := e.wantArgs(0, 0); err != nil {
		return err
	}
	return f.withReader(e, func(st *store.Store) error {
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
