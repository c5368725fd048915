package store

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/veritag/veritag/data/model"
)

// FuzzValidateMergeInput crafts one document and one label the way a
// hostile file to merge could hold them: whatever ValidateRecord and
// ValidateLabelSet accept must be something an import could have stored.
func FuzzValidateMergeInput(f *testing.F) {
	f.Add("La città è calma. Lavrov ha parlato.", 0, 17, "FACT", "2", "#009E73", "Checkable.", "anna", 2, true)
	f.Add("Uno.", -5, 1000000000, "=HYPERLINK(1)", "0", "red", "a\nb", "eve\n", 7, false)
	f.Add("a\u0301b.", 0, 3, "CLAIM", "1", "#0072B2", "", " anna", 0, true)
	f.Fuzz(func(t *testing.T, text string, start, end int, name, key, color, desc, annotator string, confidence int, honestHash bool) {
		label := model.Label{Name: name, Key: key, Color: color, Description: desc}
		if ValidateLabelSet([]model.Label{label}) == nil {
			if !labelName.MatchString(name) || len(key) != 1 || key < "1" || key > "9" || !labelColor.MatchString(color) ||
				strings.ContainsFunc(desc, unicode.IsControl) || !utf8.ValidString(desc) {
				t.Fatalf("accepted label %+v", label)
			}
		}
		runes := []rune(text)
		sentence := ""
		if start >= 0 && end <= len(runes) && start < end {
			sentence = string(runes[start:end])
		}
		hash := DocumentHash(text)
		if !honestHash {
			hash = DocumentHash(text + "x")
		}
		rec := model.DocumentRecord{Document: model.Document{Title: "T", Text: text, Hash: hash, SentenceCount: 1}}
		rec.Sentences = []model.AnnotatedSentence{{
			Sentence:    model.Sentence{Index: 0, Start: start, End: end, Text: sentence, Hash: SentenceHash(hash, start, sentence)},
			Annotations: []model.Annotation{{Annotator: annotator, Label: name, Confidence: confidence}},
		}}
		if ValidateRecord(rec, []model.Label{label}) != nil {
			return
		}
		switch {
		case !honestHash:
			t.Fatal("accepted a document whose hash is not its text's")
		case start < 0 || end > len(runes) || start >= end || sentence != string(runes[start:end]):
			t.Fatalf("accepted sentence %d..%d of a %d-letter text", start, end, len(runes))
		case confidence < 0 || confidence > 3:
			t.Fatalf("accepted confidence %d", confidence)
		case annotator == "" || strings.ContainsFunc(annotator, unicode.IsControl) || strings.TrimSpace(annotator) != annotator:
			t.Fatalf("accepted annotator %q", annotator)
		case !utf8.ValidString(text) || strings.ContainsRune(text, 0):
			t.Fatalf("accepted text %q", text)
		}
	})
}
