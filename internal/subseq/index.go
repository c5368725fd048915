// Package subseq is Veritag's previous search, kept as the baseline that
// the scale report and benchmarks measure data/search against: an
// in-memory fuzzy search over every sentence of the collection, ranked as github.com/sahilm/fuzzy ranks (query letters in
// order, its bonuses and penalties) and forgiving of accents, typographic
// quotes and one wrong letter per word.
//
// It is built for a million sentences on two cores: texts live folded in a
// byte arena, each with a small patch back to the original; a
// per-sentence letter mask drops sentences missing a query letter; bounds
// on sahilm's score, from the sentence's length and a filter of its
// adjacent letter pairs, skip sentences that cannot reach the current page
// without reading them; scoring jumps between occurrences of the query
// letters and gives up once the page is out of reach; chunks are scanned
// in parallel; and while typing, a search starts from the previous one's
// candidates and results.
package subseq

import (
	"bytes"
	"sync"
)

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
	mu   sync.RWMutex
	text arena    // slot i's text is text i
	mask []uint64 // letters of slot i; 0 once removed
	pair []pairs  // rune pairs of slot i
	doc  []int64
	sent []int
	dead int    // removed slots not yet compacted away
	gen  uint64 // changes with every Replace and Remove

	cacheMu sync.Mutex
	cache   *cached // candidates of the latest complete search
}

// New returns an index over entries; sentences of equal score rank in the
// order given.
func New(entries []Entry) *Index {
	ix := &Index{
		text: arena{loc: make([]uint64, 0, len(entries)), len: make([]uint32, 0, len(entries))},
		mask: make([]uint64, 0, len(entries)),
		pair: make([]pairs, 0, len(entries)),
		doc:  make([]int64, 0, len(entries)),
		sent: make([]int, 0, len(entries)),
	}
	for _, e := range entries {
		ix.add(e)
	}
	return ix
}

// Len returns the number of sentences in the index.
func (ix *Index) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.mask) - ix.dead
}

// Replace makes entries the sentences of document docID (their DocID is
// ignored), dropping the ones it had. They rank after older sentences on
// equal score.
func (ix *Index) Replace(docID int64, entries []Entry) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.remove(docID)
	for _, e := range entries {
		e.DocID = docID
		ix.add(e)
	}
	ix.gen++
	ix.compactIfSparse()
}

// Remove drops every sentence of document docID.
func (ix *Index) Remove(docID int64) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.remove(docID)
	ix.gen++
	ix.compactIfSparse()
}

// add appends one sentence.
func (ix *Index) add(e Entry) {
	m, pf := ix.text.add(e.Text)
	ix.mask = append(ix.mask, m)
	ix.pair = append(ix.pair, pf)
	ix.doc = append(ix.doc, e.DocID)
	ix.sent = append(ix.sent, e.Index)
}

// remove marks the sentences of docID as removed.
func (ix *Index) remove(docID int64) {
	for i, d := range ix.doc {
		if d == docID && ix.mask[i] != 0 {
			ix.mask[i] = 0
			ix.dead++
		}
	}
}

// compactIfSparse drops removed slots once they are a quarter of all.
func (ix *Index) compactIfSparse() {
	if ix.dead*4 < len(ix.mask) {
		return
	}
	ix.text.compact(func(i int) bool { return ix.mask[i] != 0 })
	n := 0
	for i, m := range ix.mask {
		if m != 0 {
			ix.mask[n], ix.pair[n], ix.doc[n], ix.sent[n] = m, ix.pair[i], ix.doc[i], ix.sent[i]
			n++
		}
	}
	ix.mask, ix.pair, ix.doc, ix.sent = ix.mask[:n], ix.pair[:n], ix.doc[:n], ix.sent[:n]
	ix.dead = 0
}

// sentence is one sentence as matching sees it: cut at its first NUL. Its
// original bytes are restored only if matching needs them: for a case
// change, or a rune whose equality sahilm decides by more than its key.
type sentence struct {
	fold  []byte
	camel bool   // a case change occurs: adjacent matches may get its bonus
	pairs uint32 // which pairs of adjacent pattern runes it may have
	ix    *Index
	slot  int
	buf   *[]byte // where to restore the original
	orig  []byte  // nil until restored
}

// sentence returns slot s as matching q sees it; its original bytes, if
// needed, go to *buf.
func (ix *Index) sentence(q *query, s int, buf *[]byte) sentence {
	m := ix.mask[s]
	return sentence{fold: ix.folded(s), camel: m&camelBit != 0, pairs: ix.pair[s].present(q.pairBits), ix: ix, slot: s, buf: buf}
}

// original returns the original bytes of t, restoring them the first time.
func (t *sentence) original() []byte {
	if t.orig == nil {
		orig, _ := t.ix.text.original((*t.buf)[:0], t.slot)
		*t.buf = orig
		t.orig = orig[:len(t.fold)]
	}
	return t.orig
}

// folded returns the folded bytes of slot s as matching sees them.
func (ix *Index) folded(s int) []byte {
	fold, _ := ix.text.folded(s)
	if ix.mask[s]&nulBit != 0 {
		fold = fold[:bytes.IndexByte(fold, 0)]
	}
	return fold
}
