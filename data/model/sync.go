package model

import "time"

// EventSync is the kind of a local event written by applying a team hub's
// change: it is the hub's already, so it is never pushed back.
const EventSync EventKind = "sync"

// Kinds of change in the team hub's change log.
const (
	ChangeDocument        = "document"         // a document (and its sentences) was added
	ChangeDocumentDeleted = "document_deleted" // an owner deleted a document
	ChangeAnnotation      = "annotation"       // an annotation was set or cleared
	ChangeAdjudication    = "adjudication"     // an adjudication was set or cleared
)

// SyncDocument is a document as it travels between a local file and the
// hub, identified by its content hash.
type SyncDocument struct {
	Hash      string
	Title     string
	Source    string
	Lang      string
	Text      string
	Sentences []Span
}

// SyncAnnotation is one (sentence, annotator) annotation as it travels
// between a local file and the hub. An empty Label clears it (a tombstone,
// so that the clearing wins over older labels elsewhere).
type SyncAnnotation struct {
	SentenceHash string
	Annotator    string
	Label        string
	Confidence   int
	Note         string
	UpdatedAt    time.Time
}

// SyncAdjudication is one sentence's final label as it travels; an empty
// Label removes it.
type SyncAdjudication struct {
	SentenceHash string
	Label        string
	Adjudicator  string
	UpdatedAt    time.Time
}

// HubChange is one entry of the hub's change log: Kind says which of the
// other fields it carries.
type HubChange struct {
	Seq          int64
	Kind         string
	DocumentHash string            // ChangeDocument, ChangeDocumentDeleted
	Document     *SyncDocument     // ChangeDocument: the document itself
	Annotation   *SyncAnnotation   // ChangeAnnotation
	Adjudication *SyncAdjudication // ChangeAdjudication
}
