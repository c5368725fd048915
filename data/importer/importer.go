// Package importer turns input files (.txt .md .html .jsonl .json .csv, or
// stdin recognised by content) into documents for the store: text cleaned
// (UTF-8, LF, NFC), split into sentences, and, for annotated formats such as
// Veritag's own exports, the annotations they carry. Every failure is one
// *Error naming the file and, where there is one, the line.
package importer

import (
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
	if path == "-" {
		return Read(os.Stdin, path, Auto, opt)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, &Error{File: path, Msg: osMessage(err)}
	}
	defer f.Close()
	fi, err := f.Stat()
	switch {
	case err != nil:
		return nil, &Error{File: path, Msg: osMessage(err)}
	case fi.IsDir():
		return nil, &Error{File: path, Msg: "is a directory"}
	case fi.Mode().IsRegular() && fi.Size() > maxFileSize:
		return nil, &Error{File: path, Msg: tooLarge}
	}
	return Read(f, path, Auto, opt)
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
	raw, err := io.ReadAll(io.LimitReader(r, maxFileSize+1))
	if err != nil {
		return nil, &Error{File: display(name), Msg: "read: " + osMessage(err)}
	}
	if int64(len(raw)) > maxFileSize {
		return nil, &Error{File: display(name), Msg: tooLarge}
	}
	docs, e := parse(raw, name, format, opt)
	if e != nil {
		e.File = display(name)
		return nil, e
	}
	return docs, nil
}

// parse decodes raw and reads it in format (Auto: detected).
func parse(raw []byte, name string, format Format, opt Options) ([]model.ImportDoc, *Error) {
	text, err := decode(raw)
	if err != nil {
		return nil, err
	}
	if format == Auto {
		format = Detect(name, []byte(head(text)))
	}
	src := &source{name: name, opt: opt}
	return src.read(text, format)
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

// read parses text in format and finishes the documents' titles and sources.
func (s *source) read(text string, format Format) ([]model.ImportDoc, *Error) {
	var docs []model.ImportDoc
	var err *Error
	switch format {
	case Text:
		docs, err = s.single(text, "")
	case Markdown:
		body, title := stripMarkdown(text)
		docs, err = s.single(body, title)
	case HTML:
		docs, err = s.readHTML(text)
	case JSONL:
		docs, err = s.readJSONL(text)
	case LabelStudio:
		docs, err = s.readLabelStudio(text)
	case CSV:
		docs, err = s.readCSV(text)
	default:
		err = errorf(0, "unknown format %q", string(format))
	}
	if err != nil {
		return nil, err
	}
	if len(docs) == 0 {
		return nil, errorf(0, "no documents found")
	}
	s.finishTitles(docs, format == Text || format == Markdown || format == HTML)
	return docs, nil
}

// single makes a whole text one document, segmented; title is the one the
// format itself gives ("" if none).
func (s *source) single(text, title string) ([]model.ImportDoc, *Error) {
	b := &builder{lang: s.lang("", text)}
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
