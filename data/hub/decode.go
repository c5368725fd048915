package hub

import (
	"errors"
	"fmt"
	"regexp"
	"unicode"
	"unicode/utf8"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/data/store"
)

// Everything read from the hub is input like any file: another member, or
// whoever controls the server, wrote it. These decoders check each field
// and recompute every hash before anything reaches the local file.

// maxNoteBytes bounds a note arriving from the hub.
const maxNoteBytes = 1 << 20

var (
	labelName    = regexp.MustCompile(`^[A-Z][A-Z0-9_-]{0,31}$`)
	labelColor   = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)
	documentHash = regexp.MustCompile(`^[0-9a-f]{64}$`)
	sentenceHash = regexp.MustCompile(`^[0-9a-f]{32}$`)
)

// rawChange is one row of the hub's change log as it arrives.
type rawChange struct {
	Seq          int64
	Kind         string
	DocHash      string
	SentenceHash string
	Annotator    string
	Label        string
	Confidence   int
	Note         string
	UpdatedNs    int64
}

// rawDocument is one document row with its sentence rows, in index order.
type rawDocument struct {
	Hash, Title, Source, Lang, Text string
	Sentences                       []rawSentence
}

// rawSentence is one sentence row.
type rawSentence struct {
	Index, Start, End int
	Text, Hash        string
}

// decodeChange checks one change row and turns it into a model.HubChange.
func decodeChange(r rawChange) (model.HubChange, error) {
	c := model.HubChange{Seq: r.Seq, Kind: r.Kind}
	if r.Seq <= 0 {
		return c, fmt.Errorf("sequence number %d", r.Seq)
	}
	switch r.Kind {
	case model.ChangeDocument, model.ChangeDocumentDeleted:
		if !documentHash.MatchString(r.DocHash) {
			return c, fmt.Errorf("malformed document hash %q", clip(r.DocHash))
		}
		c.DocumentHash = r.DocHash
	case model.ChangeAnnotation, model.ChangeAdjudication:
		if !sentenceHash.MatchString(r.SentenceHash) {
			return c, fmt.Errorf("malformed sentence hash %q", clip(r.SentenceHash))
		}
		if err := checkMember(r.Annotator); err != nil {
			return c, err
		}
		if r.Label != "" && !labelName.MatchString(r.Label) {
			return c, fmt.Errorf("malformed label %q", clip(r.Label))
		}
		if r.UpdatedNs <= 0 {
			return c, fmt.Errorf("time %d", r.UpdatedNs)
		}
		at := nsTime(r.UpdatedNs)
		if r.Kind == model.ChangeAdjudication {
			c.Adjudication = &model.SyncAdjudication{SentenceHash: r.SentenceHash, Label: r.Label, Adjudicator: r.Annotator, UpdatedAt: at}
			return c, nil
		}
		if r.Confidence < 0 || r.Confidence > 3 {
			return c, fmt.Errorf("confidence %d (use 0–3)", r.Confidence)
		}
		if len(r.Note) > maxNoteBytes || !utf8.ValidString(r.Note) {
			return c, errors.New("the note is not valid UTF-8 or longer than 1 MiB")
		}
		c.Annotation = &model.SyncAnnotation{SentenceHash: r.SentenceHash, Annotator: r.Annotator, Label: r.Label,
			Confidence: r.Confidence, Note: r.Note, UpdatedAt: at}
	default:
		return c, fmt.Errorf("unknown kind %q", clip(r.Kind))
	}
	return c, nil
}

// decodeDocument checks a document's text, hash, sentence offsets and
// sentence hashes exactly as an import would.
func decodeDocument(r rawDocument) (model.SyncDocument, error) {
	d := model.SyncDocument{Hash: r.Hash, Title: r.Title, Source: r.Source, Lang: r.Lang, Text: r.Text}
	for _, f := range []string{r.Title, r.Source, r.Lang, r.Text} {
		if !utf8.ValidString(f) {
			return d, errors.New("text that is not valid UTF-8")
		}
	}
	if len(r.Lang) > 16 || len(r.Title) > 4096 || len(r.Source) > 4096 {
		return d, errors.New("an overlong title, source or language")
	}
	if store.DocumentHash(r.Text) != r.Hash {
		return d, errors.New("its text does not have its hash")
	}
	d.Sentences = make([]model.Span, len(r.Sentences))
	for i, s := range r.Sentences {
		if s.Index != i {
			return d, fmt.Errorf("sentence %d is numbered %d", i, s.Index)
		}
		d.Sentences[i] = model.Span{Start: s.Start, End: s.End, Text: s.Text}
	}
	if err := store.CheckSpans(r.Text, d.Sentences); err != nil {
		return d, err
	}
	for i, s := range r.Sentences {
		if store.SentenceHash(r.Hash, s.Start, s.Text) != s.Hash {
			return d, fmt.Errorf("sentence %d does not have its hash", i)
		}
	}
	return d, nil
}

// checkMember checks a member's name as it arrives from the hub.
func checkMember(name string) error {
	if name == "" || len(name) > 63 || !utf8.ValidString(name) {
		return fmt.Errorf("malformed member name %q", clip(name))
	}
	for _, r := range name {
		if unicode.IsControl(r) {
			return fmt.Errorf("malformed member name %q", clip(name))
		}
	}
	return nil
}

// checkLabel checks one label of the hub's label set.
func checkLabel(l model.Label) error {
	if !labelName.MatchString(l.Name) || len(l.Key) != 1 || l.Key[0] < '1' || l.Key[0] > '9' ||
		!labelColor.MatchString(l.Color) || !utf8.ValidString(l.Description) || len(l.Description) > 4096 {
		return fmt.Errorf("malformed label %q", clip(l.Name))
	}
	return nil
}

// sentenceHashOf is the hash of a span in the document with hash docHash.
func sentenceHashOf(docHash string, sp model.Span) string {
	return store.SentenceHash(docHash, sp.Start, sp.Text)
}

// clip shortens a value for a message.
func clip(s string) string {
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return s
}
