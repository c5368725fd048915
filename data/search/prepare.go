package search

import "encoding/binary"

// Adding sentences to an index takes three steps, so that a Builder can
// run them on both cores: fold splits a batch into words and numbers the
// batch's distinct spellings, on its own; commit gives the spellings the
// index's ids and stores the sentences; post lists each sentence under
// its words. Batches go through commit in order and through post in
// order; fold of one batch and commit or post of the one before run at
// once, as they touch different data.

// prepared is a batch of sentences on their way into an index. Its
// buffers are reused from batch to batch.
type prepared struct {
	entries []Entry
	forms   batchLexicon // the spellings of words
	seps    batchLexicon // the text between words
	letters []byte       // per form: its folded letters, one form after another
	formEnd []int32      // per form: the end of its letters in letters
	toks    []int32      // per sentence: its separator, then per word its form and separator
	sentEnd []int        // per sentence: the end of its toks
	global  []uint32     // per form, then per separator: its id in the index
	first   uint32       // the slot of the first sentence, once committed
	words   []uint32     // per sentence, its words' vocabulary ids, once committed
	wordEnd []int        // per sentence: the end of its words
	rec     []byte       // scratch: a sentence's record
}

// batchLexicon numbers the distinct strings of a batch.
type batchLexicon struct {
	ids map[string]int32
	one [256]int32 // per one-byte string: its id + 1 (0: not in the batch)
	buf []byte     // the strings, one after another
	end []int32    // per id: the end of its string in buf
}

// reset empties l, keeping its memory.
func (l *batchLexicon) reset() {
	if l.ids == nil {
		l.ids = map[string]int32{}
	}
	clear(l.ids)
	clear(l.one[:])
	l.buf, l.end = l.buf[:0], l.end[:0]
}

// id returns the id of s, adding it if new, and whether it was.
func (l *batchLexicon) id(s string) (int32, bool) {
	if len(s) == 1 && l.one[s[0]] > 0 {
		return l.one[s[0]] - 1, false
	}
	if id, ok := l.ids[s]; ok {
		return id, false
	}
	id := int32(len(l.end))
	if len(s) == 1 {
		l.one[s[0]] = id + 1
	} else {
		l.ids[s] = id
	}
	l.buf = append(l.buf, s...)
	l.end = append(l.end, int32(len(l.buf)))
	return id, true
}

// str returns the string of id.
func (l *batchLexicon) str(id int) []byte {
	start := int32(0)
	if id > 0 {
		start = l.end[id-1]
	}
	return l.buf[start:l.end[id]]
}

// fold splits the sentences of entries into words and numbers their
// spellings and separators within the batch.
func (p *prepared) fold(entries []Entry) {
	p.entries = entries
	p.forms.reset()
	p.seps.reset()
	p.letters, p.formEnd, p.toks, p.sentEnd = p.letters[:0], p.formEnd[:0], p.toks[:0], p.sentEnd[:0]
	for _, e := range entries {
		text, prev := e.Text, 0
		eachWordOf(text, func(start, end int) {
			sep, _ := p.seps.id(text[prev:start])
			form, added := p.forms.id(text[start:end])
			if added {
				p.letters = appendLetters(p.letters, text[start:end])
				p.formEnd = append(p.formEnd, int32(len(p.letters)))
			}
			p.toks = append(p.toks, sep, form)
			prev = end
		})
		sep, _ := p.seps.id(text[prev:])
		p.toks = append(p.toks, sep)
		p.sentEnd = append(p.sentEnd, len(p.toks))
	}
}

// commit adds the folded sentences to ix as its next slots, all but their
// postings, which post adds.
func (p *prepared) commit(ix *Index) {
	forms := len(p.forms.end)
	p.global = p.global[:0]
	for f := range forms {
		id, added := ix.forms.id(p.forms.str(f))
		if added {
			start := int32(0)
			if f > 0 {
				start = p.formEnd[f-1]
			}
			ix.formWord = append(ix.formWord, ix.vocab.id(p.letters[start:p.formEnd[f]]))
		}
		p.global = append(p.global, id)
	}
	for sp := range p.seps.end {
		id, _ := ix.seps.id(p.seps.str(sp))
		p.global = append(p.global, id)
	}
	form, sep := p.global[:forms], p.global[forms:]
	p.first = uint32(len(ix.sent))
	p.words, p.wordEnd = p.words[:0], p.wordEnd[:0]
	tok := 0
	for i, e := range p.entries {
		p.rec = binary.AppendUvarint(p.rec[:0], uint64(sep[p.toks[tok]]))
		for tok++; tok < p.sentEnd[i]; tok += 2 {
			f := form[p.toks[tok]]
			p.rec = binary.AppendUvarint(binary.AppendUvarint(p.rec, uint64(f)), uint64(sep[p.toks[tok+1]]))
			p.words = append(p.words, ix.formWord[f])
		}
		p.wordEnd = append(p.wordEnd, len(p.words))
		ix.texts.add(p.rec, len(e.Text))
		if e.Note {
			if ix.noteBy == nil {
				ix.noteBy = map[uint32]string{}
			}
			ix.noteBy[uint32(len(ix.sent))] = e.Annotator
		}
		ix.doc = append(ix.doc, e.DocID)
		ix.sent = append(ix.sent, int32(e.Index))
	}
}

// post lists the sentences commit added under their words.
func (p *prepared) post(ix *Index) {
	from := 0
	for i, end := range p.wordEnd {
		slot := p.first + uint32(i)
		for _, w := range p.words[from:end] {
			ix.post.add(w, slot)
		}
		from = end
	}
}

// add adds the sentences of entries to ix as its next slots.
func (ix *Index) add(entries []Entry) {
	var p prepared
	p.fold(entries)
	p.commit(ix)
	p.post(ix)
}
