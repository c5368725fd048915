package store

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/veritag/veritag/data/model"
)

// ValidateLabel checks a label as the label editor does: a name of 1–32
// capital letters, digits, _ or - starting with a letter, a key 1–9, a
// colour #rrggbb and a one-line description without control characters.
func ValidateLabel(l model.Label) error {
	if !labelName.MatchString(l.Name) {
		return fmt.Errorf("label name %q: use 1–32 letters, digits, _ or -, starting with a letter", l.Name)
	}
	if len(l.Key) != 1 || l.Key[0] < '1' || l.Key[0] > '9' {
		return fmt.Errorf("label %s: key %q: use one digit 1–9", l.Name, l.Key)
	}
	if !labelColor.MatchString(l.Color) {
		return fmt.Errorf("label %s: colour %q: use #rrggbb", l.Name, l.Color)
	}
	if err := oneLineText(l.Description, 1000); err != nil {
		return fmt.Errorf("label %s: description %w", l.Name, err)
	}
	return nil
}

// ValidateLabelSet checks a whole label set that arrives from outside:
// every label valid, at most MaxLabels, no name or key used twice.
func ValidateLabelSet(labels []model.Label) error {
	if len(labels) > MaxLabels {
		return fmt.Errorf("%d labels: a label set holds at most %d", len(labels), MaxLabels)
	}
	names, keys := map[string]bool{}, map[string]bool{}
	for _, l := range labels {
		if err := ValidateLabel(l); err != nil {
			return err
		}
		if names[l.Name] || keys[l.Key] {
			return fmt.Errorf("label %s: its name or key %s is used twice", l.Name, l.Key)
		}
		names[l.Name], keys[l.Key] = true, true
	}
	return nil
}

// ValidateRecord checks a document that arrives from outside Veritag's own
// writes (a merged file, the team hub) by the rules an import applies,
// trusting none of its stored values: its hash and every sentence hash are
// recomputed from the text; the text is valid NFC UTF-8 without NUL; the
// sentences are numbered 0..n-1 without gaps and are in-order code-point
// spans of the text equal to the text they claim; every annotation and
// adjudication uses a label of labels, a confidence 0–3 and a one-line
// annotator name. The first fault found is returned, naming the sentence.
func ValidateRecord(rec model.DocumentRecord, labels []model.Label) error {
	if !utf8.ValidString(rec.Text) || strings.IndexByte(rec.Text, 0) >= 0 || !norm.NFC.IsNormalString(rec.Text) {
		return fmt.Errorf("its text is not clean UTF-8 (NFC, no NUL bytes)")
	}
	hash := DocumentHash(rec.Text)
	if rec.Hash != hash {
		return fmt.Errorf("its content hash does not match its text")
	}
	if err := oneLineText(rec.Title, 1000); err != nil {
		return fmt.Errorf("title %w", err)
	}
	if rec.SentenceCount != len(rec.Sentences) {
		return fmt.Errorf("it claims %d sentences and holds %d", rec.SentenceCount, len(rec.Sentences))
	}
	spans := make([]model.Span, len(rec.Sentences))
	for i, x := range rec.Sentences {
		if x.Index != i {
			return fmt.Errorf("sentence %d is numbered %d: sentence numbers must run 0..%d without gaps", i, x.Index, len(rec.Sentences)-1)
		}
		spans[i] = model.Span{Start: x.Start, End: x.End, Text: x.Text, Kind: x.Kind}
	}
	if err := checkImportDoc(model.ImportDoc{Text: rec.Text, Sentences: spans}); err != nil {
		return err
	}
	known := map[string]bool{}
	for _, l := range labels {
		known[l.Name] = true
	}
	for i, x := range rec.Sentences {
		if x.Hash != SentenceHash(hash, x.Start, x.Text) {
			return fmt.Errorf("sentence %d: its content hash does not match its text", i)
		}
		if x.Adjudicated != "" && !known[x.Adjudicated] {
			return fmt.Errorf("sentence %d: adjudicated label %q is not in the file's label set", i, x.Adjudicated)
		}
		for _, a := range x.Annotations {
			if err := validateAnnotation(a, known); err != nil {
				return fmt.Errorf("sentence %d: %w", i, err)
			}
		}
	}
	return nil
}

// validateAnnotation checks one incoming annotation.
func validateAnnotation(a model.Annotation, known map[string]bool) error {
	if name := strings.TrimSpace(a.Annotator); name == "" || name != a.Annotator {
		return fmt.Errorf("annotator name %q is empty or padded", a.Annotator)
	}
	if err := oneLineText(a.Annotator, 200); err != nil {
		return fmt.Errorf("annotator name %w", err)
	}
	if a.Label != "" && !known[a.Label] {
		return fmt.Errorf("label %q of %s is not in the file's label set", a.Label, a.Annotator)
	}
	if a.Confidence < 0 || a.Confidence > 3 {
		return fmt.Errorf("confidence %d of %s: use 0–3", a.Confidence, a.Annotator)
	}
	if !utf8.ValidString(a.Note) || strings.IndexByte(a.Note, 0) >= 0 {
		return fmt.Errorf("the note of %s is not valid UTF-8", a.Annotator)
	}
	return nil
}

// oneLineText refuses text longer than max bytes, invalid UTF-8 or holding
// control characters (line breaks among them).
func oneLineText(s string, max int) error {
	if len(s) > max {
		return fmt.Errorf("is longer than %d bytes", max)
	}
	if !utf8.ValidString(s) {
		return fmt.Errorf("is not valid UTF-8")
	}
	if i := strings.IndexFunc(s, unicode.IsControl); i >= 0 {
		return fmt.Errorf("%q holds a control character (one line of text, please)", clip(s))
	}
	return nil
}
