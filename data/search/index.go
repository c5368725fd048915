// Package search finds sentences by their words as people type them in a
// hurry: in any case, with or without accents, with a letter dropped,
// doubled, swapped or wrong, or only the start of a word. A result holds
// every query word, each matching one word of the sentence exactly,
// within one edit (two for words of eight letters or more), or as its
// start; scattered letters across unrelated words never match. Only when
// no sentence holds every word are the sentences holding the most of them
// returned, marked Partial.
//
// Results rank by tiers, then by sahilm/fuzzy's scoring: every word found
// above some, exact words above prefixes above near ones, fewer edits
// above more, words close together and in the query's order above words
// far apart; within a tier sahilm's score of the matched words, shorter
// sentences and earlier matches first.
//
// The index is built for a million sentences on two cores: the folded
// vocabulary is kept sorted, so the words within reach of a query word
// come from one walk of it as an implicit trie with the edit distance
// table shared along common prefixes (see near); each word lists its
// sentences as compressed ascending slots; a query intersects the lists,
// and sentences are read, to rank them, shortest first with a bound that
// stops as soon as no unread one can enter the page.
//
// An index can be saved to a file and loaded from it (Save, Load) under
// the Key of the sentences and notes it was built from (Digest): a
// caller that hashes what the database holds now loads the file only if
// nothing changed since, and builds anew otherwise.
package search

import "sync"

// Entry is one sentence: its document, 0-based position in it, and text;
// or, with Note set, an annotator's note on that sentence.
type Entry struct {
	DocID int64
	Index int
	// Text is the sentence, or the note's text when Note is set.
	Text string
	// Note marks a note: Annotator wrote Text on sentence Index of DocID.
	Note      bool
	Annotator string
}

// Index holds every sentence for searching. It is safe for concurrent use:
// searches run in parallel with each other and wait for Replace and Remove.
// The zero Index is empty and ready to use.
type Index struct {
	mu       sync.RWMutex
	texts    arena             // slot i's sentence is record i (see texts.go)
	forms    lexicon           // the spellings of words as they occur
	seps     lexicon           // the text between words
	formWord []uint32          // per spelling: its folded word's id
	doc      []int64           // per slot
	sent     []int32           // per slot: index in its document; -1 once removed
	dead     int               // removed slots not yet compacted away
	noteBy   map[uint32]string // per live note slot: its annotator
	vocab    vocab             // folded words
	post     postings
}

// New returns an index over entries; sentences that rank equal come in
// the order given.
func New(entries []Entry) *Index {
	ix := &Index{}
	ix.add(entries)
	ix.vocab.settle()
	return ix
}

// Len returns the number of sentences in the index, notes not counted.
func (ix *Index) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.sent) - ix.dead - len(ix.noteBy)
}

// Replace makes entries the sentences of document docID (their DocID is
// ignored, as are Note and Annotator), dropping the ones it had; its
// notes stay. Only the document's sentences are indexed anew; they rank
// after older sentences on equal terms.
func (ix *Index) Replace(docID int64, entries []Entry) {
	ix.replace(docID, entries, false)
}

// ReplaceNotes makes notes (Entries with Note set; their DocID is
// ignored) the notes of document docID, dropping the ones it had.
func (ix *Index) ReplaceNotes(docID int64, notes []Entry) {
	ix.replace(docID, notes, true)
}

// replace is Replace (notes false) or ReplaceNotes (notes true).
func (ix *Index) replace(docID int64, entries []Entry, notes bool) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.remove(docID, func(s int) bool { return ix.isNote(uint32(s)) == notes })
	own := make([]Entry, len(entries))
	for i, e := range entries {
		own[i] = Entry{DocID: docID, Index: e.Index, Text: e.Text, Note: notes}
		if notes {
			own[i].Annotator = e.Annotator
		}
	}
	ix.add(own)
	ix.vocab.settle()
	ix.compactIfSparse()
}

// Remove drops every sentence and note of document docID.
func (ix *Index) Remove(docID int64) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.remove(docID, func(int) bool { return true })
	ix.compactIfSparse()
}

// remove marks the slots of docID that drop selects as removed; searches
// skip them.
func (ix *Index) remove(docID int64, drop func(slot int) bool) {
	for i, d := range ix.doc {
		if d == docID && ix.sent[i] >= 0 && drop(i) {
			ix.sent[i] = -1
			delete(ix.noteBy, uint32(i))
			ix.dead++
		}
	}
}

// isNote reports whether slot s holds a live note.
func (ix *Index) isNote(s uint32) bool {
	_, ok := ix.noteBy[s]
	return ok
}

// live reports whether slot s holds a sentence.
func (ix *Index) live(s uint32) bool { return ix.sent[s] >= 0 }

// compactIfSparse rebuilds the index from its live sentences once removed
// ones are a quarter of all, so that their memory and postings go.
func (ix *Index) compactIfSparse() {
	if ix.dead == 0 || ix.dead*4 < len(ix.sent) {
		return
	}
	var live []Entry
	for s, index := range ix.sent {
		if index >= 0 {
			by, note := ix.noteBy[uint32(s)]
			live = append(live, Entry{DocID: ix.doc[s], Index: int(index), Text: ix.text(uint32(s)), Note: note, Annotator: by})
		}
	}
	fresh := New(live)
	ix.texts, ix.forms, ix.seps, ix.formWord = fresh.texts, fresh.forms, fresh.seps, fresh.formWord
	ix.doc, ix.sent, ix.dead, ix.vocab, ix.post = fresh.doc, fresh.sent, 0, fresh.vocab, fresh.post
	ix.noteBy = fresh.noteBy
}
