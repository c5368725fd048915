package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/data/store"
)

// tagFlags are tag's flags.
type tagFlags struct {
	annotatorFlags
	note       string
	confidence int
	stdin      bool
}

func (f *tagFlags) define(fs *flag.FlagSet) {
	f.annotatorFlags.define(fs)
	fs.StringVar(&f.note, "note", "", "a note on the sentence")
	fs.IntVar(&f.confidence, "confidence", 0, "confidence 1-3")
	fs.BoolVar(&f.stdin, "stdin", false, `read "DOC SENTENCE LABEL" lines from stdin`)
}

func runTag(e *env, f *tagFlags) error {
	conf := f.confidence
	if conf < 0 || conf > 3 {
		return usageError{fmt.Sprintf("--confidence %d: use 1, 2 or 3", conf)}
	}
	base := model.Annotation{Annotator: f.name(), Note: f.note, Confidence: conf}
	bulk := f.stdin
	if bulk {
		if err := e.wantArgs(0, 0); err != nil {
			return err
		}
	} else if err := e.wantArgs(3, 3); err != nil {
		return err
	}
	return f.withStore(e, func(st *store.Store) error {
		if bulk {
			return tagLines(e, st, base)
		}
		a, err := parseTag(e.args, base)
		if err != nil {
			return err
		}
		_, err = st.Annotate(e.ctx, a)
		return err
	})
}

// parseTag reads DOC SENTENCE LABEL into an annotation.
func parseTag(fields []string, base model.Annotation) (model.Annotation, error) {
	a := base
	var err error
	if a.DocID, err = parseDoc(fields[0]); err != nil {
		return a, err
	}
	if a.SentenceIndex, err = parseIndex(fields[1]); err != nil {
		return a, err
	}
	a.Label = model.LabelName(fields[2])
	return a, nil
}

// tagLines commits each "DOC SENTENCE LABEL" line on its own and prints
// "ok DOC SENTENCE" only after that commit; bad lines are reported on
// stderr and the rest go on.
func tagLines(e *env, st *store.Store, base model.Annotation) error {
	lines := newLineReader(e.stdin, maxQueryLine)
	failed := 0
	for {
		line, err := lines.next()
		if err == io.EOF {
			break
		}
		if errors.Is(err, errLineTooLong) {
			failed++
			fmt.Fprintf(e.stderr, "line %d: longer than %s: refused\n", lines.n, size(maxQueryLine))
			continue
		}
		if err != nil {
			return fmt.Errorf("stdin: %w", err)
		}
		if fields := strings.Fields(line); len(fields) > 0 {
			if err := tagLine(e, st, base, fields); err != nil {
				failed++
				fmt.Fprintf(e.stderr, "line %d: %s\n", lines.n, printable(oneLine(err.Error())))
			}
		}
		if err := e.ctx.Err(); err != nil {
			return err
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d line(s) failed", failed)
	}
	return nil
}

// tagLine commits one bulk line and acknowledges it.
func tagLine(e *env, st *store.Store, base model.Annotation, fields []string) error {
	if len(fields) != 3 {
		return errors.New(`want "DOC SENTENCE LABEL"`)
	}
	a, err := parseTag(fields, base)
	if err != nil {
		return err
	}
	if _, err := st.Annotate(e.ctx, a); err != nil {
		return err
	}
	_, err = fmt.Fprintf(e.stdout, "ok %d %d\n", a.DocID, a.SentenceIndex)
	return err
}

func runUntag(e *env, f *annotatorFlags) error {
	if err := e.wantArgs(2, 2); err != nil {
		return err
	}
	a, err := parseTag(append(e.args, ""), model.Annotation{Annotator: f.name()})
	if err != nil {
		return err
	}
	return f.withStore(e, func(st *store.Store) error {
		_, err = st.Annotate(e.ctx, a)
		return err
	})
}
