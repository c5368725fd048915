package store

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/veritag/veritag/data/model"
)

// ImportDocs stores documents all or nothing, in one transaction. A document
// whose text is already stored is not duplicated: the existing one is
// returned and the annotations carried by the import are merged into it
// (the newer change wins for the same sentence and annotator). Labels not in
// the label set are refused, naming them. progress, if not nil, is called
// after each document.
func (s *Store) ImportDocs(ctx context.Context, docs []model.ImportDoc, progress func(done, total int)) ([]model.Document, error) {
	for i, d := range docs {
		if err := checkImportDoc(d); err != nil {
			return nil, fmt.Errorf("%s: %w", docName(d, i), err)
		}
	}
	var out []model.Document
	err := s.withBulkTx(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = s.importDocsTx(ctx, tx, docs, progress)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// importDocsTx stores documents inside the caller's transaction.
func (s *Store) importDocsTx(ctx context.Context, tx *sql.Tx, docs []model.ImportDoc, progress func(done, total int)) ([]model.Document, error) {
	if err := checkLabelsKnown(ctx, tx, docs); err != nil {
		return nil, err
	}
	rows, err := s.newSentenceRows(ctx, tx)
	if err != nil {
		return nil, err
	}
	defer rows.close()
	if err := rows.deferHashIndexes(); err != nil {
		return nil, err
	}
	out := make([]model.Document, 0, len(docs))
	for i, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		doc, err := s.importDoc(ctx, tx, rows, withHash(d, DocumentHash(d.Text)))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", docName(d, i), err)
		}
		out = append(out, doc)
		if progress != nil {
			progress(i+1, len(docs))
		}
	}
	return out, rows.finish()
}

// importDoc stores one document (or finds it) and merges its annotations.
func (s *Store) importDoc(ctx context.Context, tx *sql.Tx, rows *sentenceRows, h hashedDoc) (model.Document, error) {
	d, hash := h.ImportDoc, h.hash
	if d.OriginalHash != "" && d.OriginalHash != hash {
		// an export of a document this database holds: attach to it
		id, found, err := rows.lookup(d.OriginalHash)
		if err != nil {
			return model.Document{}, err
		}
		if found {
			if err := s.importAnnotations(ctx, tx, id, d.OriginalHash, d); err != nil {
				return model.Document{}, err
			}
			return documentInfo(ctx, tx, id)
		}
	}
	doc, err := s.insertDoc(ctx, tx, rows, h)
	if err != nil {
		return model.Document{}, err
	}
	return doc, s.importAnnotations(ctx, tx, doc.ID, hash, d)
}

// insertDoc writes a new document and its sentences, or finds the stored
// document with the same text. The insert itself finds it (its hash is
// unique), so a new document costs no lookup.
func (s *Store) insertDoc(ctx context.Context, tx *sql.Tx, rows *sentenceRows, h hashedDoc) (model.Document, error) {
	d, hash := h.ImportDoc, h.hash
	doc := model.Document{Title: strings.TrimSpace(d.Title), Source: d.Source, Lang: d.Lang, Hash: hash,
		SentenceCount: len(d.Sentences), CreatedAt: s.Now(), Meta: d.Meta}
	for _, sp := range d.Sentences {
		if sp.Kind.Counted() {
			doc.Counted++
		}
	}
	if doc.Title == "" {
		doc.Title = "Untitled"
	}
	id, added, err := rows.addDocument(doc, d.Text, stamp(doc.CreatedAt))
	if err != nil {
		return model.Document{}, err
	}
	if !added {
		return storedDoc(ctx, tx, rows, hash)
	}
	doc.ID = id
	for i, sp := range d.Sentences {
		if err := rows.add(doc.ID, i, sp.Start, sp.End, sp.Text, h.sentences[i], sp.Kind); err != nil {
			return model.Document{}, err
		}
	}
	return doc, nil
}

// storedDoc is the stored document whose content hash is hash.
func storedDoc(ctx context.Context, tx *sql.Tx, rows *sentenceRows, hash string) (model.Document, error) {
	id, found, err := rows.lookup(hash)
	if err == nil && !found {
		err = fmt.Errorf("document %s is neither new nor stored", hash)
	}
	if err != nil {
		return model.Document{}, err
	}
	return documentInfo(ctx, tx, id)
}

// importAnnotations merges the annotations and adjudications an import
// carries into the stored document, matching sentences by content hash.
func (s *Store) importAnnotations(ctx context.Context, tx *sql.Tx, docID int64, docHash string, d model.ImportDoc) error {
	if len(d.Annotations) == 0 && len(d.Adjudicated) == 0 {
		return nil
	}
	refs := map[int]sentenceRef{}
	lookup := func(i int) (sentenceRef, error) {
		if ref, ok := refs[i]; ok {
			return ref, nil
		}
		if i < 0 || i >= len(d.Sentences) {
			return sentenceRef{}, fmt.Errorf("annotation on sentence %d, which the document does not have", i)
		}
		sp := d.Sentences[i]
		ref := sentenceRef{hash: SentenceHash(docHash, sp.Start, sp.Text)}
		err := tx.QueryRowContext(ctx, "SELECT id, doc_id, idx FROM sentences WHERE doc_id = ? AND hash = ?", docID, ref.hash).
			Scan(&ref.id, &ref.docID, &ref.index)
		if err == sql.ErrNoRows {
			return ref, fmt.Errorf("sentence %d (%q) is segmented differently in the stored copy of this document", i, clip(sp.Text))
		}
		refs[i] = ref
		return ref, err
	}
	for _, a := range d.Annotations {
		ref, err := lookup(a.SentenceIndex)
		if err != nil {
			return err
		}
		in := incoming{annotator: a.Annotator, updated: a.UpdatedAt, state: model.AnnotationState{
			Label: model.LabelName(a.Label), Confidence: a.Confidence, Note: a.Note}}
		if in.updated.IsZero() {
			in.updated = s.Now()
		}
		if _, err := s.mergeAnnotation(ctx, tx, ref, in, model.EventImport); err != nil {
			return err
		}
	}
	for i, label := range d.Adjudicated {
		ref, err := lookup(i)
		if err != nil {
			return err
		}
		if err := s.setAdjudication(ctx, tx, ref, model.LabelName(label), "import"); err != nil {
			return err
		}
	}
	return nil
}

// checkImportDoc verifies that the spans are in order, inside the text and
// equal to the code-point slices they claim to be.
func checkImportDoc(d model.ImportDoc) error {
	if strings.TrimSpace(d.Text) == "" {
		return fmt.Errorf("the document has no text")
	}
	if len(d.Sentences) == 0 {
		return fmt.Errorf("the document has no sentences")
	}
	pos, byteAt, prevEnd := 0, 0, 0
	for i, sp := range d.Sentences {
		if !sp.Kind.Valid() {
			return fmt.Errorf("sentence %d: unknown kind %q (known: sentence, heading, nav)", i, sp.Kind)
		}
		if sp.Start < prevEnd || sp.End <= sp.Start {
			return fmt.Errorf("sentence %d: offsets %d–%d overlap, are empty or out of order", i, sp.Start, sp.End)
		}
		for pos < sp.Start && byteAt < len(d.Text) {
			_, n := utf8.DecodeRuneInString(d.Text[byteAt:])
			byteAt += n
			pos++
		}
		from := byteAt
		for pos < sp.End && byteAt < len(d.Text) {
			_, n := utf8.DecodeRuneInString(d.Text[byteAt:])
			byteAt += n
			pos++
		}
		if pos != sp.End || d.Text[from:byteAt] != sp.Text {
			return fmt.Errorf("sentence %d: text does not match offsets %d–%d", i, sp.Start, sp.End)
		}
		prevEnd = sp.End
	}
	return nil
}

// checkLabelsKnown refuses an import that uses labels missing from the
// label set, naming all of them.
func checkLabelsKnown(ctx context.Context, tx *sql.Tx, docs []model.ImportDoc) error {
	labels, err := listLabels(ctx, tx)
	if err != nil {
		return err
	}
	known := map[string]bool{}
	for _, l := range labels {
		known[l.Name] = true
	}
	unknown := map[string]bool{}
	first := ""
	for i, d := range docs {
		for _, l := range unknownLabels(d, known) {
			unknown[l] = true
		}
		if first == "" && len(unknown) > 0 {
			first = docName(d, i)
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	names := make([]string, 0, len(unknown))
	for l := range unknown {
		names = append(names, l)
	}
	sort.Strings(names)
	return fmt.Errorf("%s: unknown label(s) %s: add them to the label set first (veritag-cli labels add NAME)", first, strings.Join(names, ", "))
}

// docName names a document in an error message.
func docName(d model.ImportDoc, i int) string {
	if d.Source != "" {
		return d.Source
	}
	if d.Title != "" {
		return fmt.Sprintf("%q", clip(d.Title))
	}
	return fmt.Sprintf("document %d", i+1)
}

// clip shortens text for an error message.
func clip(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}
