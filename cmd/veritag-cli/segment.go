package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/data/segment"
)

// segmentFlags are segment's flags.
type segmentFlags struct {
	lang   string
	format string
}

func (f *segmentFlags) define(fs *flag.FlagSet) {
	fs.StringVar(&f.lang, "lang", "auto", "language: it, en or auto")
	fs.StringVar(&f.format, "format", "lines", "output: lines, json or jsonl (batch)")
}

func runSegment(e *env, f *segmentFlags) error {
	if err := e.wantArgs(0, 0); err != nil {
		return err
	}
	lang := f.lang
	if err := checkLang(lang); err != nil {
		return err
	}
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	switch format := f.format; format {
	case "lines", "json":
		text, err := readText(e.stdin, "stdin")
		if err != nil {
			return err
		}
		spans := segment.Split(text, lang)
		if format == "json" {
			return writeJSONLine(out, nonNil(spans))
		}
		for _, s := range spans {
			fmt.Fprintln(out, printable(s.Text))
		}
		return nil
	case "jsonl":
		return segmentBatch(e.stdin, out, lang)
	default:
		return usageError{fmt.Sprintf("unknown format %q: use lines, json or jsonl", format)}
	}
}

// segmentBatch reads {"text","lang"?} lines and writes {"sentences":[...]}
// lines, one per input line, flushing each so it can be used as a pipe.
func segmentBatch(in io.Reader, out *bufio.Writer, lang string) error {
	lines := newLineReader(in, maxTextLine)
	for {
		line, err := lines.next()
		switch {
		case err == io.EOF:
			return nil
		case errors.Is(err, errLineTooLong):
			return lines.tooLong("a record")
		case err != nil:
			return fmt.Errorf("stdin: %w", err)
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		var rec struct {
			Text *string `json:"text"`
			Lang string  `json:"lang"`
		}
		if jerr := json.Unmarshal([]byte(line), &rec); jerr != nil || rec.Text == nil {
			return fmt.Errorf("stdin: line %d: want a JSON object with a \"text\" string", lines.n)
		}
		l := lang
		if rec.Lang != "" {
			l = rec.Lang
		}
		if err := writeJSONLine(out, map[string][]model.Span{"sentences": nonNil(segment.Split(*rec.Text, l))}); err != nil {
			return err
		}
		if err := out.Flush(); err != nil {
			return err
		}
	}
}

// nonNil makes an empty result print as [] rather than null.
func nonNil(s []model.Span) []model.Span {
	if s == nil {
		return []model.Span{}
	}
	return s
}

// checkLang accepts the --lang values of DESIGN.md.
func checkLang(lang string) error {
	switch lang {
	case "", "auto", "it", "en":
		return nil
	}
	return usageError{fmt.Sprintf("unknown language %q: use it, en or auto", lang)}
}
