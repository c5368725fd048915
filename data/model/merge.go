package model

// MergeReport says what merging another database brought in. The store
// fills it; the CLI prints it as JSON and the desktop app shows it.
type MergeReport struct {
	Source             string   `json:"source"`
	DocumentsAdded     int      `json:"documents_added"`
	DocumentsMatched   int      `json:"documents_matched"`
	AnnotationsAdded   int      `json:"annotations_added"`
	AnnotationsUpdated int      `json:"annotations_updated"`
	AnnotationsKept    int      `json:"annotations_kept"`
	SentencesUnmatched int      `json:"sentences_unmatched"`
	Adjudications      int      `json:"adjudications_added"`
	LabelsAdded        []string `json:"labels_added"`
	Annotators         []string `json:"annotators"`
}
