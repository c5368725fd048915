// Package importer turns input files (.txt .md .html .jsonl .json .csv, or
// stdin recognised by content) into documents for the store: text cleaned
// (UTF-8, LF, NFC), split into sentences, and, for annotated formats such as
// Veritag's own exports, the annotations they carry. Every failure is one
// *Error naming the file and, where there is one, the line.
package importer

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/data/segment"
)

// Format is an input format.
type Format string

// The input formats. Auto means: from the file name, else from the content.
const (
	Auto        Format = ""
	Text        Format = "txt"
	Markdown    Format = "md"
	HTML        Format = "html"
	JSONL       Format = "jsonl"
	LabelStudio Format = "json"
	CSV         Format = "csv"
)

// Options are the import settings chosen by the user.
type Options struct {
	// Lang is "it", "en", "auto" or "". Auto and "" use each document's own
	// lang field where the format has one, else detect the language.
	Lang string
	// Title overrides the title of a single-document input (.txt .md .html)
	// and names a single untitled document of the other formats.
	Title string
	// WholePage imports a web page in which no article is found as all of
	// its text (with a warning) instead of refusing it.
	WholePage bool
}

// MaxFileSize is the largest input accepted, in bytes.
const MaxFileSize = 256 << 20

// maxFileSize is MaxFileSize, lowered by tests.
var maxFileSize int64 = MaxFileSize

// ReadFiles reads every file in order: all documents, or the first error and
// none.
func ReadFiles(paths []string, opt Options) ([]model.ImportDoc, error) {
	var all []model.ImportDoc
	for _, p := range paths {
		docs, err := ReadFile(p, opt)
		if err != nil {
			return nil, err
		}
		all = append(all, docs...)
	}
	return all, nil
}

// ReadFile reads one file, its format taken from the extension; "-" reads
// stdin, its format recognised by content.
func ReadFile(path string, opt Options) ([]model.ImportDoc, error) {
	var docs []model.ImportDoc
	err := StreamFile(path, opt, func(d model.ImportDoc) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return docs, nil
}

// StreamFile is ReadFile handing each document to put as Stream does.
func StreamFile(path string, opt Options, put func(model.ImportDoc) error) error {
	if path == "-" {
		return Stream(os.Stdin, path, Auto, opt, put)
	}
	f, err := os.Open(path)
	if err != nil {
		return &Error{File: path, Msg: osMessage(err)}
	}
	defer f.Close()
	fi, err := f.Stat()
	switch {
	case err != nil:
		return &Error{File: path, Msg: osMessage(err)}
	case fi.IsDir():
		return &Error{File: path, Msg: "is a directory"}
	case fi.Mode().IsRegular() && fi.Size() > maxFileSize:
		return &Error{File: path, Msg: tooLarge}
	}
	return Stream(f, path, Auto, opt, put)
}

const tooLarge = "file too large (the limit is 256 MB)"

// osMessage is err without the operation and path that *Error repeats.
func osMessage(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// Read reads one input from r; name is its file name (for the format, the
// titles and errors). With format Auto the format comes from the name's
// extension, else from the content.
func Read(r io.Reader, name string, format Format, opt Options) ([]model.ImportDoc, error) {
	var docs []model.ImportDoc
	err := Stream(r, name, format, opt, func(d model.ImportDoc) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return docs, nil
}

// Stream is Read handing each document to put as soon as it is complete
// instead of collecting them: JSONL documents are never all in memory at
// once. An error from put stops the reading and is returned as it is;
// documents already handed over stay handed over, so a caller that needs
// all or nothing puts them into one transaction (store.ImportStream).
func Stream(r io.Reader, name string, format Format, opt Options, put func(model.ImportDoc) error) error {
	raw, err := readAll(r)
	if err != nil {
		return &Error{File: display(name), Msg: "read: " + osMessage(err)}
	}
	if int64(len(raw)) > maxFileSize {
		return &Error{File: display(name), Msg: tooLarge}
	}
	text, e := decode(raw)
	raw = nil // text may be a copy: let the collector have the bytes
	if e != nil {
		e.File = display(name)
		return e
	}
	if format == Auto {
		format = Detect(name, []byte(head(text)))
	}
	src := &source{name: name, opt: opt}
	t := &titler{s: src, single: format == Text || format == Markdown || format == HTML, put: put}
	err = src.read(text, format, t.hold)
	if err == nil {
		err = t.flush()
	}
	var ie *Error
	if errors.As(err, &ie) && ie.File == "" {
		ie.File = display(name)
	}
	return err
}

// readAll reads r up to one byte past the size limit. A regular file is
// read into a buffer of its size at once, instead of one that doubles as
// it fills (copying a 256 MB file eight times over).
func readAll(r io.Reader) ([]byte, error) {
	limited := io.LimitReader(r, maxFileSize+1)
	f, ok := r.(*os.File)
	if !ok {
		return io.ReadAll(limited)
	}
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() || st.Size() > maxFileSize {
		return io.ReadAll(limited)
	}
	buf := bytes.NewBuffer(make([]byte, 0, st.Size()+bytes.MinRead))
	_, err = buf.ReadFrom(limited)
	return buf.Bytes(), err
}

// head is the start of text that Detect needs.
func head(text string) string {
	const n = 4096
	if len(text) > n {
		return text[:n]
	}
	return text
}

// source is one input being read.
type source struct {
	name   string
	opt    Options
	padded int // spaces added to rebuild exported documents, < maxPadding
}

// read parses text in format, handing each document to put.
func (s *source) read(text string, format Format, put func(model.ImportDoc) error) error {
	var docs []model.ImportDoc
	var err *Error
	switch format {
	case Text:
		docs, err = s.single(text, "", textLineKind)
	case Markdown:
		body, title, headings := stripMarkdown(text)
		docs, err = s.single(body, title, markdownLineKind(headings))
	case HTML:
		docs, err = s.readHTML(text)
	case JSONL:
		return s.readJSONL(text, put)
	case LabelStudio:
		if jsonLinesInJSON(text) {
			return s.readJSONL(text, put)
		}
		docs, err = s.readLabelStudio(text)
	case CSV:
		docs, err = s.readCSV(text)
	default:
		err = errorf(0, "unknown format %q", string(format))
	}
	if err != nil {
		return err
	}
	for _, d := range docs {
		if err := put(d); err != nil {
			return err
		}
	}
	return nil
}

// single makes a whole text one document, segmented; title is the one the
// format itself gives ("" if none).
func (s *source) single(text, title string, lineKind func(string, int, bool) model.Kind) ([]model.ImportDoc, *Error) {
	b := &builder{lang: s.lang("", text), lineKind: lineKind}
	b.gap(text)
	d := model.ImportDoc{Title: title}
	if err := b.finish(&d, 0); err != nil {
		return nil, err
	}
	return []model.ImportDoc{d}, nil
}

// lang picks a document's language: the user's choice, else the document's
// own, else the detected one.
func (s *source) lang(own, text string) string {
	for _, l := range []string{s.opt.Lang, own} {
		if l = strings.ToLower(strings.TrimSpace(l)); l != "" && l != "auto" {
			return l
		}
	}
	return segment.DetectLang(text)
}

// display is how errors and sources name an input: "stdin" for "-".
func display(name string) string {
	if name == "-" {
		return "stdin"
	}
	return name
}

// base is the input's file name without directory and extension.
func (s *source) base() string {
	b := filepath.Base(display(s.name))
	return strings.TrimSuffix(b, filepath.Ext(b))
}
