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
package search

import "sync"

// Entry is one sentence: its document, 0-based position in it, and text.
type Entry struct {
	DocID int64
	Index int
	Text  string
}

// Index holds every sentence for searching. It is safe for concurrent use:
// searches run in parallel with each other and wait for Replace and Remove.
// The zero Index is empty and ready to use.
type Index struct {
	mu       sync.RWMutex
	texts    arena    // slot i's sentence is record i (see texts.go)
	forms    lexicon  // the spellings of words as they occur
	seps     lexicon  // the text between words
	formWord []uint32 // per spelling: its folded word's id
	doc      []int64  // per slot
	sent     []int32  // per slot: index in its document; -1 once removed
	dead     int      // removed slots not yet compacted away
	vocab    vocab    // folded words
	post     postings
}

// New returns an index over entries; sentences that rank equal come in
// the order given.
func New(entries []Entry) *Index {
	ix := &Index{}
	ix.commit(prepare(entries))
	ix.vocab.settle()
	return ix
}

// Len returns the number of sentences in the index.
func (ix *Index) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.sent) - ix.dead
}

// Replace makes entries the sentences of document docID (their DocID is
// ignored), dropping the ones it had. Only the document's sentences are
// indexed anew; they rank after older sentences on equal terms.
func (ix *Index) Replace(docID int64, entries []Entry) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.remove(docID)
	own := make([]Entry, len(entries))
	for i, e := range entries {
		own[i] = Entry{DocID: docID, Index: e.Index, Text: e.Text}
	}
	ix.commit(prepare(own))
	ix.vocab.settle()
	ix.compactIfSparse()
}

// Remove drops every sentence of document docID.
func (ix *Index) Remove(docID int64) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.remove(docID)
	ix.compactIfSparse()
}

// remove marks the sentences of docID as removed; searches skip them.
func (ix *Index) remove(docID int64) {
	for i, d := range ix.doc {
		if d == docID && ix.sent[i] >= 0 {
			ix.sent[i] = -1
			ix.dead++
		}
	}
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
			live = append(live, Entry{DocID: ix.doc[s], Index: int(index), Text: ix.text(uint32(s))})
		}
	}
	fresh := New(live)
	ix.texts, ix.forms, ix.seps, ix.formWord = fresh.texts, fresh.forms, fresh.seps, fresh.formWord
	ix.doc, ix.sent, ix.dead, ix.vocab, ix.post = fresh.doc, fresh.sent, 0, fresh.vocab, fresh.post
}
