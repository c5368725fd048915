package hub

import (
	"testing"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/data/store"
)

// FuzzDecodeChange feeds arbitrary change rows to the decoder: it never
// panics, and what it accepts is well formed.
func FuzzDecodeChange(f *testing.F) {
	h := store.SentenceHash(store.DocumentHash("x"), 0, "x")
	f.Add(int64(1), "annotation", "", h, "anna", "FACT", 2, "nota", int64(1700000000000000000))
	f.Add(int64(2), "adjudication", "", h, "carla", "", 0, "", int64(1))
	f.Add(int64(3), "document", store.DocumentHash("x"), "", "", "", 0, "", int64(0))
	f.Add(int64(0), "annotation", "", "zz", "\x1b[2J", "fact", 9, "\xff", int64(-1))
	f.Fuzz(func(t *testing.T, seq int64, kind, docHash, sentHash, annotator, label string, confidence int, note string, ns int64) {
		c, err := decodeChange(rawChange{Seq: seq, Kind: kind, DocHash: docHash, SentenceHash: sentHash, Annotator: annotator,
			Label: label, Confidence: confidence, Note: note, UpdatedNs: ns})
		if err != nil {
			return
		}
		switch {
		case c.Annotation != nil:
			a := c.Annotation
			if checkMember(a.Annotator) != nil || a.Confidence < 0 || a.Confidence > 3 || (a.Label != "" && !labelName.MatchString(a.Label)) {
				t.Fatalf("accepted a malformed annotation %+v", a)
			}
		case c.Adjudication != nil:
			if !sentenceHash.MatchString(c.Adjudication.SentenceHash) {
				t.Fatalf("accepted %+v", c.Adjudication)
			}
		case c.Kind == model.ChangeDocument || c.Kind == model.ChangeDocumentDeleted:
			if !documentHash.MatchString(c.DocumentHash) {
				t.Fatalf("accepted document hash %q", c.DocumentHash)
			}
		default:
			t.Fatalf("accepted kind %q", c.Kind)
		}
	})
}

// FuzzDecodeDocument feeds arbitrary document rows (a text and one
// sentence row) to the decoder: what it accepts has the hash of its text
// and sentences that are exactly its code-point slices.
func FuzzDecodeDocument(f *testing.F) {
	f.Add("Uno. Due.", 0, 0, 4, "Uno.", true, true)
	f.Add("Perché sì. Però no.", 0, 0, 10, "Perché sì.", true, true)
	f.Add("abc", 0, 1, 5, "bc", true, false)
	f.Add("\xff\xfe", 1, 0, 2, "\xff\xfe", false, true)
	f.Fuzz(func(t *testing.T, text string, index, start, end int, sentence string, rightDocHash, rightSentHash bool) {
		r := rawDocument{Hash: "0", Title: "t", Text: text}
		if rightDocHash {
			r.Hash = store.DocumentHash(text)
		}
		s := rawSentence{Index: index, Start: start, End: end, Text: sentence, Hash: "0"}
		if rightSentHash {
			s.Hash = store.SentenceHash(r.Hash, start, sentence)
		}
		r.Sentences = []rawSentence{s}
		d, err := decodeDocument(r)
		if err != nil {
			return
		}
		runes := []rune(d.Text)
		sp := d.Sentences[0]
		if store.DocumentHash(d.Text) != d.Hash || sp.Start < 0 || sp.End > len(runes) || sp.Start >= sp.End || string(runes[sp.Start:sp.End]) != sp.Text {
			t.Fatalf("accepted %+v", r)
		}
	})
}
