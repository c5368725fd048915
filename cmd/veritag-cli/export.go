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
	lsDomain  string
	excel     bool
	raw       bool
	license   string
}

func (f *exportFlags) define(fs *flag.FlagSet) {
	f.dbFlags.define(fs)
	fs.StringVar(&f.format, "format", "", "jsonl, doccano-spans, labelstudio, csv, brat or hf")
	fs.StringVar(&f.out, "out", "-", "output file (- for stdout) or folder (brat, hf)")
	fs.StringVar(&f.doc, "doc", "", "export only this document")
	fs.StringVar(&f.annotator, "annotator", "", "export only this annotator's labels")
	fs.StringVar(&f.lsDomain, "ls-email-domain", "", "labelstudio: name each annotator's Label Studio account as completed_by {\"email\": \"<annotator>@DOMAIN\"}")
	fs.BoolVar(&f.excel, "excel", false, "csv: start with a UTF-8 byte-order mark so that Excel reads accents right")
	fs.BoolVar(&f.raw, "raw", false, "csv: write cells starting with = + - @ as they are (no spreadsheet protection; for pipelines)")
	fs.StringVar(&f.license, "license", "", "hf: the dataset card's license, a Hub identifier such as cc-by-4.0 (else \"other\")")
}

// check refuses options that do not apply to the format or are malformed.
func (f *exportFlags) check() error {
	for _, o := range []struct {
		set          bool
		name, format string
	}{
		{f.lsDomain != "", "--ls-email-domain", "labelstudio"},
		{f.excel, "--excel", "csv"},
		{f.raw, "--raw", "csv"},
		{f.license != "", "--license", "hf"},
	} {
		if o.set && f.format != o.format {
			return usageError{fmt.Sprintf("%s applies to --format %s only", o.name, o.format)}
		}
	}
	if f.lsDomain != "" && (strings.ContainsAny(f.lsDomain, "@ \t\r\n\"<>,;") || strings.HasPrefix(f.lsDomain, ".") || strings.HasSuffix(f.lsDomain, ".")) {
		return usageError{fmt.Sprintf("--ls-email-domain %q: give a domain such as example.org (no @)", f.lsDomain)}
	}
	if f.license != "" && strings.ContainsAny(f.license, " \t\r\n\"'#:") {
		return usageError{fmt.Sprintf("--license %q: give a Hub license identifier such as cc-by-4.0, mit or other", f.license)}
	}
	return nil
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
	if err := f.check(); err != nil {
		return err
	}
	var docID int64
	if d := f.doc; d != "" {
		var err error
		if docID, err = parseDoc(d); err != nil {
			return err
		}
	}
	return f.withReader(e, func(st *store.Store) error {
		labels, err := st.Labels(e.ctx)
		if err != nil {
			return err
		}
		guidelines, _ := fs.ReadFile(assets.Guidelines, "guidelines/en.md")
		w, err := export.New(format, f.out, export.Options{
			Annotator: f.annotator, Labels: labels, Guidelines: string(guidelines),
			LSEmailDomain: f.lsDomain, Excel: f.excel, RawCSV: f.raw, License: f.license,
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
		if err := w.Close(); err != nil {
			return err
		}
		if n := w.Ties(); n > 0 {
			fmt.Fprintf(e.stderr, "tied sentences left without a label: %d (their annotators split evenly; adjudicate them, or export one annotator with --annotator)\n", n)
		}
		if format == "labelstudio" && f.out == "-" {
			fmt.Fprintln(e.stderr, "no labeling config written for standard output: export with --out FILE to get FILE.config.xml")
		}
		return nil
	})
}
