package model

// Marks is what annotators have put on one article: every annotator's
// annotations, by sentence index and then annotator, and the adjudicated
// final labels by sentence index.
type Marks struct {
	Annotations   []Annotation
	Adjudications map[int]string
}

// Article is one document as the article view opens it, read from one
// snapshot: the document with its text, its sentences in order and the
// marks on them.
type Article struct {
	Document  Document
	Sentences []Sentence
	Marks
}
