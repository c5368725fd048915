package importer

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/veritag/veritag/data/model"
)

// checkDocs asserts the invariants every imported document must hold: valid
// NFC text, spans in order, non-empty, not overlapping, each Text exactly the
// code-point slice of the document text, annotations on existing sentences.
func checkDocs(t testing.TB, docs []model.ImportDoc) {
	t.Helper()
	for di, d := range docs {
		if !utf8.ValidString(d.Text) || !norm.NFC.IsNormalString(d.Text) {
			t.Fatalf("doc %d: text is not valid NFC UTF-8", di)
		}
		if strings.ContainsRune(d.Text, '\r') {
			t.Fatalf("doc %d: text holds a CR", di)
		}
		if d.Title == "" || d.Source == "" || strings.ContainsAny(d.Title, "\r\n") {
			t.Fatalf("doc %d: bad title %q or source %q", di, d.Title, d.Source)
		}
		if len(d.Sentences) == 0 {
			t.Fatalf("doc %d: no sentences", di)
		}
		runes := []rune(d.Text)
		prev := 0
		for i, s := range d.Sentences {
			if s.Start < prev || s.End <= s.Start || s.End > len(runes) {
				t.Fatalf("doc %d sentence %d: bad span %d..%d (previous end %d, text %d code points)", di, i, s.Start, s.End, prev, len(runes))
			}
			if got := string(runes[s.Start:s.End]); got != s.Text {
				t.Fatalf("doc %d sentence %d: Text %q != text[%d:%d] %q", di, i, s.Text, s.Start, s.End, got)
			}
			prev = s.End
		}
		for _, a := range d.Annotations {
			if a.SentenceIndex < 0 || a.SentenceIndex >= len(d.Sentences) || a.Label == "" || a.Annotator == "" {
				t.Fatalf("doc %d: bad annotation %+v", di, a)
			}
		}
		for i := range d.Adjudicated {
			if i < 0 || i >= len(d.Sentences) {
				t.Fatalf("doc %d: adjudicated sentence %d out of range", di, i)
			}
		}
	}
}

// checkError asserts err is one clear *Error line naming file.
func checkError(t testing.TB, err error, file string) *Error {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not an *importer.Error", err, err)
	}
	msg := err.Error()
	if e.File != file || !strings.HasPrefix(msg, "import "+file+": ") || strings.ContainsAny(msg, "\r\n") {
		t.Fatalf("error %q does not name %q on one line", msg, file)
	}
	return e
}

// readString imports content as a file called name.
func readString(name, content string, opt Options) ([]model.ImportDoc, error) {
	return Read(strings.NewReader(content), name, Auto, opt)
}

// texts lists the sentence texts of d.
func texts(d model.ImportDoc) []string {
	var out []string
	for _, s := range d.Sentences {
		out = append(out, s.Text)
	}
	return out
}
