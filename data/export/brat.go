package export

import (
	"errors"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/veritag/veritag/data/agree"
	"github.com/veritag/veritag/data/model"
)

// bratEncoder writes brat standoff files into a folder: per document
// <id>.txt (the text as stored) and <id>.ann, and at the end
// annotation.conf declaring the labels. Each annotated sentence gets one
// text-bound annotation with its final label (adjudicated, else
// majority), "T1\tCLAIM 0 57\t<text>", offsets in code points like the
// .txt; a tied sentence gets none and is counted. A sentence that spans
// line breaks is split into fragments there ("0 20;21 57", texts joined
// by a space), as brat requires. One "#1\tAnnotatorNotes T1\t" line per T
// says who chose what when the annotators differ ("anna: CLAIM; bruno:
// SPECULATION") and gives their notes ("anna's note: ..."), parts joined
// by " | ", line breaks and tabs made spaces. Label names become brat
// types with characters other than letters, digits, '-' and '_' replaced
// by '_'.
type bratEncoder struct {
	dir    *folder
	labels []model.Label
	seen   map[string]bool // brat types written
	buf    []byte
	frags  []fragment
	tied   int
}

// fragment is a line-break-free piece of a sentence.
type fragment struct {
	start, end int // code points into the document
	text       string
}

func newBrat(path string, labels []model.Label) (*bratEncoder, error) {
	dir, err := openFolder(path)
	if err != nil {
		return nil, err
	}
	return &bratEncoder{dir: dir, labels: labels, seen: map[string]bool{}}, nil
}

func (e *bratEncoder) document(d model.DocumentRecord) error {
	name := strconv.FormatInt(d.ID, 10)
	if err := writeString(e.dir.file(name+".txt"), d.Text); err != nil {
		return err
	}
	b := e.buf[:0]
	t := 0
	for _, s := range d.Sentences {
		labels, source := agree.FinalLabel(s)
		frags := splitLines(e.frags[:0], s.Sentence)
		e.frags = frags
		if source == agree.SourceTie {
			e.tied++
			continue
		}
		if len(labels) == 0 || len(frags) == 0 {
			continue
		}
		t++
		typ := bratType(labels[0])
		e.seen[typ] = true
		b = append(b, 'T')
		b = strconv.AppendInt(b, int64(t), 10)
		b = append(b, '\t')
		b = append(b, typ...)
		for i, f := range frags {
			if i == 0 {
				b = append(b, ' ')
			} else {
				b = append(b, ';')
			}
			b = strconv.AppendInt(b, int64(f.start), 10)
			b = append(b, ' ')
			b = strconv.AppendInt(b, int64(f.end), 10)
		}
		for i, f := range frags {
			if i == 0 {
				b = append(b, '\t')
			} else {
				b = append(b, ' ')
			}
			b = append(b, f.text...)
		}
		b = append(b, '\n')
		if note := bratNote(s, labels[0]); note != "" {
			b = append(b, '#')
			b = strconv.AppendInt(b, int64(t), 10)
			b = append(b, "\tAnnotatorNotes T"...)
			b = strconv.AppendInt(b, int64(t), 10)
			b = append(b, '\t')
			b = append(b, note...)
			b = append(b, '\n')
		}
	}
	e.buf = b
	return os.WriteFile(e.dir.file(name+".ann"), b, 0o644)
}

// bratNote is the AnnotatorNotes text of a sentence with final label
// final: who chose what when an annotator chose otherwise, then each
// annotator's note; "" if neither.
func bratNote(s model.AnnotatedSentence, final string) string {
	var parts []string
	differ := false
	for _, a := range s.Annotations {
		differ = differ || a.Label != final
	}
	if differ {
		chose := make([]string, len(s.Annotations))
		for i, a := range s.Annotations {
			chose[i] = oneLine(a.Annotator) + ": " + oneLine(a.Label)
		}
		parts = append(parts, strings.Join(chose, "; "))
	}
	for _, a := range s.Annotations {
		if a.Note != "" {
			parts = append(parts, oneLine(a.Annotator)+"'s note: "+oneLine(a.Note))
		}
	}
	return strings.Join(parts, " | ")
}

func (e *bratEncoder) ties() int { return e.tied }

// splitLines appends the fragments of s between line breaks to frags.
func splitLines(frags []fragment, s model.Sentence) []fragment {
	pos, from, fromByte := s.Start, s.Start, 0
	for i, r := range s.Text {
		if r == '\n' || r == '\r' {
			if pos > from {
				frags = append(frags, fragment{from, pos, s.Text[fromByte:i]})
			}
			from, fromByte = pos+1, i+1
		}
		pos++
	}
	if pos > from {
		frags = append(frags, fragment{from, pos, s.Text[fromByte:]})
	}
	return frags
}

// bratType makes a label name a valid brat type.
func bratType(label string) string {
	if label == "" {
		return "_"
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' {
			return r
		}
		return '_'
	}, label)
}

// oneLine replaces line breaks and tabs with spaces.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n\t") {
		return s
	}
	return strings.NewReplacer("\r\n", " ", "\r", " ", "\n", " ", "\t", " ").Replace(s)
}

func (e *bratEncoder) finish() error {
	var conf strings.Builder
	conf.WriteString("# Written by Veritag: the label set.\n[entities]\n")
	for _, l := range e.labels {
		typ := bratType(l.Name)
		conf.WriteString(typ + "\n")
		delete(e.seen, typ)
	}
	extra := make([]string, 0, len(e.seen))
	for typ := range e.seen {
		extra = append(extra, typ)
	}
	sort.Strings(extra)
	for _, typ := range extra {
		conf.WriteString(typ + "\n")
	}
	conf.WriteString("[relations]\n[events]\n[attributes]\n")
	return writeString(e.dir.file("annotation.conf"), conf.String())
}

func (e *bratEncoder) discard() { e.dir.discard() }

// writeString writes s to a new file at path.
func writeString(path, s string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	_, err = f.WriteString(s)
	return errors.Join(err, f.Close())
}
