package team

import (
	"context"

	"github.com/veritag/veritag/data/agree"
	"github.com/veritag/veritag/data/model"
)

// eachRecord streams every document with all its annotations to fn, off
// the UI thread, telling progress how many of total are done about a
// hundred times in all. It stops when ctx is cancelled.
func eachRecord(ctx context.Context, data Data, total int, progress func(done int), fn func(model.DocumentRecord)) error {
	step, done := max(1, total/100), 0
	return data.EachDocument(ctx, 0, "", func(rec model.DocumentRecord) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		fn(rec)
		if done++; done%step == 0 {
			progress(done)
		}
		return nil
	})
}

// agreementResult is what the agreement window shows.
type agreementResult struct {
	report agree.Report
	// firstConflict is, per document, its first sentence with two
	// different labels, where a click on the document opens it.
	firstConflict map[int64]int
}

// computeAgreement reads every document and measures the agreement.
func (v *agreementView) computeAgreement(ctx context.Context, total int, progress func(done int)) (agreementResult, error) {
	var c agree.Counter
	first := map[int64]int{}
	err := eachRecord(ctx, v.host.Data, total, progress, func(rec model.DocumentRecord) {
		for _, s := range rec.Sentences {
			c.AddSentence(s)
			if _, ok := first[rec.ID]; !ok && conflicting(s) {
				first[rec.ID] = s.Index
			}
		}
	})
	return agreementResult{report: c.Report(), firstConflict: first}, err
}

// conflicting reports whether annotators gave a sentence different labels.
func conflicting(s model.AnnotatedSentence) bool {
	first := ""
	for _, a := range s.Annotations {
		switch {
		case a.Label == "":
		case first == "":
			first = a.Label
		case a.Label != first:
			return true
		}
	}
	return false
}

// loadQueue reads every document and returns the sentences awaiting
// adjudication, most contested first.
func (v *adjudicationView) loadQueue(ctx context.Context, total int, progress func(done int)) ([]model.AnnotatedSentence, error) {
	var q []model.AnnotatedSentence
	err := eachRecord(ctx, v.host.Data, total, progress, func(rec model.DocumentRecord) {
		q = append(q, agree.AdjudicationQueue(rec.Sentences)...)
	})
	return agree.AdjudicationQueue(q), err
}
