// Package model holds Veritag's domain types, shared by the store, the
// segmenter, importers, exporters, search, the CLI and the GUI. It has no
// behaviour beyond small helpers and imports nothing outside the standard
// library.
package model

import "time"

// Span is one sentence located in a text. Start and End are Unicode code
// point offsets into the text (end exclusive), the numbers Python's
// text[start:end] uses. Text is exactly that slice.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Kind is what the span is in the document; "" means KindSentence.
	Kind Kind `json:"kind,omitempty"`
}

// Document is one stored article.
type Document struct {
	ID            int64
	Title         string
	Source        string // file name or origin, informational
	Lang          string // "it", "en", ...
	Text          string // NFC-normalised text as stored; offsets index into it
	Hash          string // content hash of Text (hex SHA-256)
	Meta                 // byline, date and summary, when the source gives them
	SentenceCount int
	Counted       int // sentences that count toward progress: all but navigation lines
	CreatedAt     time.Time
}

// Sentence is one sentence of a stored document.
type Sentence struct {
	DocID int64
	Index int // 0-based position in the document
	Start int // code points, into Document.Text
	End   int // code points, end exclusive
	Text  string
	Hash  string // stable content hash, used to merge work across databases
	Kind  Kind   // sentence, heading or nav; never "" once stored
}

// Annotation is one annotator's label on one sentence.
type Annotation struct {
	DocID         int64
	SentenceIndex int
	Annotator     string
	Label         string
	Confidence    int // 0 = not given, else 1..3
	Note          string
	UpdatedAt     time.Time
	// FromSuggestion says the label was accepted from a suggestion (and
	// not changed by hand since).
	FromSuggestion bool
}

// Label is one entry of the label set. The label set is data: a project may
// rename labels or add up to nine.
type Label struct {
	Name        string // e.g. "CLAIM"
	Key         string // keyboard key, "1".."9"
	Color       string // "#rrggbb"
	Description string // one-line guideline
}

// AnnotationState is what an event changed: the state of one annotation
// before or after. An empty Label means "no annotation".
type AnnotationState struct {
	Label      string
	Confidence int
	Note       string
}

// ImportDoc is what an importer hands to the store: one document with its
// segmentation and, for round-trip formats, the annotations it carries.
type ImportDoc struct {
	Title       string
	Meta        Meta
	Source      string
	Lang        string
	Text        string
	Sentences   []Span         // code-point spans into Text, in order
	Annotations []Annotation   // DocID ignored; SentenceIndex indexes Sentences
	Adjudicated map[int]string // sentence index -> adjudicated label, if any
	// OriginalHash is the content hash of the stored document this one was
	// exported from, when the export says so (our jsonl's doc_hash): if the
	// database holds that document, the annotations attach to it instead of
	// a rebuilt copy.
	OriginalHash string
	// Warning is what the user should know about how the document was
	// read (a web page imported whole because no article was found).
	Warning string
}

// AnnotatedSentence is a sentence with every annotation on it, as exporters
// and the agreement computation see it.
type AnnotatedSentence struct {
	Sentence
	Annotations []Annotation
	Adjudicated string // final label set by an adjudicator, "" if none
}

// DocumentRecord is one document with all its sentences and annotations,
// the unit that exporters stream.
type DocumentRecord struct {
	Document
	Sentences []AnnotatedSentence
}

// DefaultLabels is the label set a new database starts with.
var DefaultLabels = []Label{
	{Name: "CLAIM", Key: "1", Color: "#0072B2", Description: "An assertion attributed to someone (said, stated, according to) or an argued position."},
	{Name: "FACT", Key: "2", Color: "#009E73", Description: "Presented as established and checkable: an event, a number, who did what, where, when."},
	{Name: "SPECULATION", Key: "3", Color: "#E69F00", Description: "Hedged, conditional or predictive: may, could, would, might; potrebbe, sarebbe."},
}
