package importer

import (
	"strconv"
	"strings"
	"time"

	"github.com/veritag/veritag/data/model"
)

// normLabel is a label as stored: trimmed and upper case. Labels are not
// checked against the label set here; the store does that.
func normLabel(s string) string {
	return model.LabelName(s)
}

// newAnnotation checks and builds one annotation read at line; updated is
// an RFC 3339 time or "". The note is cleaned like document text (LF line
// ends, NFC).
func newAnnotation(line int, annotator, label string, confidence int, note, updated string) (model.Annotation, *Error) {
	a := model.Annotation{Annotator: strings.TrimSpace(annotator), Label: normLabel(label), Confidence: confidence, Note: clean(note)}
	switch {
	case a.Label == "":
		return a, errorf(line, "an annotation has no label")
	case a.Annotator == "":
		return a, errorf(line, "an annotation (label %s) has no annotator", a.Label)
	case confidence < 0 || confidence > 3:
		return a, errorf(line, "confidence %d out of range (0 = none, 1..3)", confidence)
	}
	if updated != "" {
		t, err := time.Parse(time.RFC3339Nano, updated)
		if err != nil {
			return a, errorf(line, "updated_at %s is not an RFC 3339 time", quote(updated))
		}
		a.UpdatedAt = t
	}
	return a, nil
}

// parseConfidence reads a confidence written as text ("" = not given).
func parseConfidence(line int, s string) (int, *Error) {
	if s = strings.TrimSpace(s); s == "" {
		return 0, nil
	}
	c, err := strconv.Atoi(s)
	if err != nil {
		return 0, errorf(line, "confidence %s is not a whole number", quote(s))
	}
	return c, nil
}

// mergeAnnotations adds add to anns; a later annotation by the same
// annotator replaces the earlier one, as re-tagging would.
func mergeAnnotations(anns, add []model.Annotation) []model.Annotation {
	for _, a := range add {
		replaced := false
		for i := range anns {
			if anns[i].Annotator == a.Annotator {
				anns[i], replaced = a, true
			}
		}
		if !replaced {
			anns = append(anns, a)
		}
	}
	return anns
}
