package model

import "time"

// EventKind says what kind of change an event records.
type EventKind string

// The kinds of change written to the event log.
const (
	EventAnnotate   EventKind = "annotate"   // an annotator set or cleared a label
	EventUndo       EventKind = "undo"       // an annotator undid their last change
	EventRedo       EventKind = "redo"       // an annotator redid an undone change
	EventImport     EventKind = "import"     // an imported file brought the annotation in
	EventMerge      EventKind = "merge"      // a merged database brought the annotation in
	EventAdjudicate EventKind = "adjudicate" // an adjudicator set the final label
)

// Event is one entry of the append-only change log.
type Event struct {
	ID            int64
	At            time.Time
	Actor         string // who made the change
	Annotator     string // whose annotation changed (the actor, except for merges and adjudication)
	DocID         int64
	SentenceIndex int
	Kind          EventKind
	Old, New      AnnotationState
	Source        string // SourceSuggestion when the annotator accepted a suggestion, else ""
}

// SourceSuggestion is the Source of an event whose new label the annotator
// accepted from the model's suggestion.
const SourceSuggestion = "suggestion"
