package main

import (
	"fmt"

	"github.com/veritag/veritag/data/store"

	"github.com/veritag/veritag/data/agree"
	"github.com/veritag/veritag/data/model"
)

func runAgreement(e *env, f *dbJSONFlags) error {
	if err := e.wantArgs(0, 0); err != nil {
		return err
	}
	return f.withReader(e, func(st *store.Store) error {
		var c agree.Counter
		if err := st.EachDocument(e.ctx, 0, "", func(rec model.DocumentRecord) error {
			for _, s := range rec.Sentences {
				c.AddSentence(s)
			}
			return nil
		}); err != nil {
			return err
		}
		rep := c.Report()
		if f.json {
			return writeJSONLine(e.stdout, rep)
		}
		fmt.Fprintf(e.stdout, "items\t%d\nannotators\t%d\npercent agreement\t%s\nfleiss kappa\t%s\nkrippendorff alpha\t%s\n",
			rep.Items, len(rep.Annotators), figure(rep.PercentAgreement), figure(rep.FleissKappa), figure(rep.KrippendorffAlpha))
		for _, p := range rep.CohenKappa {
			fmt.Fprintf(e.stdout, "cohen kappa %s ~ %s\t%s\t(%d items)\n", printable(p.A), printable(p.B), figure(p.Kappa), p.Items)
		}
		return nil
	})
}

// figure prints an agreement figure, "undefined" for null.
func figure(f *float64) string {
	if f == nil {
		return "undefined"
	}
	return fmt.Sprintf("%.3f", *f)
}

func runAdjudicate(e *env, f *annotatorFlags) error {
	if err := e.wantArgs(3, 3); err != nil {
		return err
	}
	doc, err := parseDoc(e.args[0])
	if err != nil {
		return err
	}
	idx, err := parseIndex(e.args[1])
	if err != nil {
		return err
	}
	label := e.args[2]
	if label == "-" {
		label = ""
	}
	return f.withStore(e, func(st *store.Store) error {
		return st.Adjudicate(e.ctx, doc, idx, label, f.name())
	})
}
