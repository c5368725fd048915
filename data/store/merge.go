package store

import (
	"context"
	"database/sql"
	"fmt"
	"sort"

	"github.com/veritag/veritag/data/model"
)

// Merge brings another Veritag database into this one; see MergeAll.
func (s *Store) Merge(ctx context.Context, otherPath string) (model.MergeReport, error) {
	reps, err := s.MergeAll(ctx, []string{otherPath})
	if err != nil {
		return model.MergeReport{Source: otherPath}, err
	}
	return reps[0], nil
}

// MergeAll brings other Veritag databases' documents, labels, annotations
// and adjudications into this one, all or nothing: every file is opened
// read-only and checked with ValidateLabelSet and ValidateRecord first (a
// merged file is untrusted input), then all of them are merged in one
// transaction. Documents and sentences match by content hash, never
// duplicating; for the same sentence and annotator the newer change wins
// and is logged as a merge event. Merging the same file twice changes
// nothing. The other files are only read.
func (s *Store) MergeAll(ctx context.Context, paths []string) ([]model.MergeReport, error) {
	others := make([]*Store, 0, len(paths))
	defer func() {
		for _, o := range others {
			o.Close()
		}
	}()
	labels := make([][]model.Label, len(paths))
	for i, p := range paths {
		other, err := OpenReadOnly(ctx, p)
		if err != nil {
			return nil, err
		}
		others = append(others, other)
		if labels[i], err = checkMergeInput(ctx, other); err != nil {
			return nil, fmt.Errorf("merge %s: %w; nothing was merged", p, err)
		}
	}
	reps := make([]model.MergeReport, len(paths))
	err := s.withBulkTx(ctx, func(tx *sql.Tx) error {
		for i, other := range others {
			reps[i] = model.MergeReport{Source: paths[i]}
			if err := s.mergeFile(ctx, tx, other, labels[i], &reps[i]); err != nil {
				return fmt.Errorf("merge %s: %w; nothing was merged", paths[i], err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return reps, nil
}

// checkMergeInput validates every label and document of a file to merge,
// streaming, and returns its label set.
func checkMergeInput(ctx context.Context, other *Store) ([]model.Label, error) {
	labels, err := other.Labels(ctx)
	if err != nil {
		return nil, err
	}
	if err := ValidateLabelSet(labels); err != nil {
		return nil, err
	}
	return labels, other.EachDocument(ctx, 0, "", func(rec model.DocumentRecord) error {
		if err := ValidateRecord(rec, labels); err != nil {
			return fmt.Errorf("document %d (%q): %w", rec.ID, clip(rec.Title), err)
		}
		return nil
	})
}

// mergeFile merges one validated file inside the caller's transaction,
// validating each document again as it is read (the file may have changed
// since it was checked).
func (s *Store) mergeFile(ctx context.Context, tx *sql.Tx, other *Store, labels []model.Label, rep *model.MergeReport) error {
	var err error
	if rep.LabelsAdded, err = addMissingLabels(ctx, tx, labels); err != nil {
		return err
	}
	rows, err := s.newSentenceRows(ctx, tx)
	if err != nil {
		return err
	}
	defer rows.close()
	annotators := map[string]bool{}
	err = other.EachDocument(ctx, 0, "", func(rec model.DocumentRecord) error {
		if err := ValidateRecord(rec, labels); err != nil {
			return fmt.Errorf("document %d (%q): %w", rec.ID, clip(rec.Title), err)
		}
		return s.mergeDocument(ctx, tx, rows, rec, rep, annotators)
	})
	for a := range annotators {
		rep.Annotators = append(rep.Annotators, a)
	}
	sort.Strings(rep.Annotators)
	return err
}

// mergeDocument merges one document of the other database.
func (s *Store) mergeDocument(ctx context.Context, tx *sql.Tx, rows *sentenceRows, rec model.DocumentRecord, rep *model.MergeReport, annotators map[string]bool) error {
	id, found, err := rows.lookup(rec.Hash)
	switch {
	case err != nil:
		return err
	case !found:
		spans := make([]model.Span, len(rec.Sentences))
		for i, x := range rec.Sentences {
			spans[i] = model.Span{Start: x.Start, End: x.End, Text: x.Text, Kind: x.Kind}
		}
		d := model.ImportDoc{Title: rec.Title, Meta: rec.Meta, Source: rec.Source, Lang: rec.Lang, Text: rec.Text, Sentences: spans}
		doc, err := s.insertDoc(ctx, tx, rows, withHash(d, rec.Hash))
		if err != nil {
			return err
		}
		id = doc.ID
		rep.DocumentsAdded++
	default:
		rep.DocumentsMatched++
	}
	for _, x := range rec.Sentences {
		if len(x.Annotations) == 0 && x.Adjudicated == "" {
			continue
		}
		ref := sentenceRef{hash: x.Hash}
		err := tx.QueryRowContext(ctx, "SELECT id, doc_id, idx FROM sentences WHERE doc_id = ? AND hash = ?", id, x.Hash).
			Scan(&ref.id, &ref.docID, &ref.index)
		if err == sql.ErrNoRows {
			rep.SentencesUnmatched++
			continue
		}
		if err != nil {
			return err
		}
		for _, a := range x.Annotations {
			annotators[a.Annotator] = true
			in := incoming{annotator: a.Annotator, updated: a.UpdatedAt,
				state: model.AnnotationState{Label: a.Label, Confidence: a.Confidence, Note: a.Note}}
			outcome, err := s.mergeAnnotation(ctx, tx, ref, in, model.EventMerge)
			if err != nil {
				return err
			}
			switch outcome {
			case mergeAdded:
				rep.AnnotationsAdded++
			case mergeUpdated:
				rep.AnnotationsUpdated++
			default:
				rep.AnnotationsKept++
			}
		}
		if x.Adjudicated != "" {
			added, err := s.adjudicateIfMissing(ctx, tx, ref, x.Adjudicated)
			if err != nil {
				return err
			}
			if added {
				rep.Adjudications++
			}
		}
	}
	return nil
}

// adjudicateIfMissing takes the other side's adjudication where this
// database has none.
func (s *Store) adjudicateIfMissing(ctx context.Context, tx *sql.Tx, ref sentenceRef, label string) (bool, error) {
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM adjudications WHERE sentence_id = ?", ref.id).Scan(&n); err != nil || n > 0 {
		return false, err
	}
	return true, s.setAdjudication(ctx, tx, ref, label, "merge")
}

// addMissingLabels adds the other side's labels that this label set lacks.
func addMissingLabels(ctx context.Context, tx *sql.Tx, theirs []model.Label) ([]string, error) {
	ours, err := listLabels(ctx, tx)
	if err != nil {
		return nil, err
	}
	have, keys := map[string]bool{}, map[string]bool{}
	for _, l := range ours {
		have[l.Name], keys[l.Key] = true, true
	}
	var added []string
	for _, l := range theirs {
		if have[l.Name] {
			continue
		}
		if len(ours)+len(added) >= MaxLabels {
			return nil, fmt.Errorf("label %s does not fit: the label set is full (%d labels)", l.Name, MaxLabels)
		}
		if keys[l.Key] {
			for k := '1'; k <= '9'; k++ {
				if !keys[string(k)] {
					l.Key = string(k)
					break
				}
			}
		}
		if err := insertLabel(ctx, tx, l, len(ours)+len(added)); err != nil {
			return nil, err
		}
		keys[l.Key] = true
		added = append(added, l.Name)
	}
	return added, nil
}
