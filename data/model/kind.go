package model

// Kind is what a sentence span is in its document: running text, a heading,
// or a navigation line kept from a pasted page ("Leggi anche:", a lone URL).
type Kind string

// The sentence kinds. Headings are taggable like sentences (headlines are
// often claims); navigation lines are kept in the text but are not counted.
const (
	KindSentence Kind = "sentence"
	KindHeading  Kind = "heading"
	KindNav      Kind = "nav"
)

// Kinds lists every kind, in the order documents use them most.
var Kinds = []Kind{KindSentence, KindHeading, KindNav}

// OrDefault returns k, or KindSentence when k is "".
func (k Kind) OrDefault() Kind {
	if k == "" {
		return KindSentence
	}
	return k
}

// Valid reports whether k ("" included, meaning sentence) is a known kind.
func (k Kind) Valid() bool {
	switch k {
	case "", KindSentence, KindHeading, KindNav:
		return true
	}
	return false
}

// Counted reports whether sentences of kind k count by default in progress
// and in "next untagged": sentences and headings do, navigation lines not.
func (k Kind) Counted() bool { return k.OrDefault() != KindNav }

// Meta is what a source says about a document besides its text: who wrote
// it, when, and its standfirst. None of it is a sentence to tag.
type Meta struct {
	Byline    string // author(s) as the page gives them
	Published string // publication date, YYYY-MM-DD, "" if unknown
	Summary   string // standfirst or description
}
