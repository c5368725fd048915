package search

import "encoding/binary"

// prepared is a batch of sentences folded, split into words and its
// spellings of words and separators numbered, ready to be added to an
// index: the costly half of adding, done apart so that a Builder can
// prepare one batch while the index takes in the one before, and looks up
// each distinct spelling of a batch once. Its buffers are reused from
// batch to batch.
type prepared struct {
	entries []Entry
	forms   batchLexicon // the spellings of words
	seps    batchLexicon // the text between words
	letters []byte       // per form: its folded letters, one form after another
	formEnd []int32      // per form: the end of its letters in letters
	toks    []int32      // per sentence: its separator, then per word its form and separator
	sentEnd []int        // per sentence: the end of its toks
	global  []uint32     // scratch of commit: the index's ids of forms, then seps
	fold    []byte       // scratch: the folded text
	sc      wordScratch
}

// batchLexicon numbers the distinct strings of a batch.
type batchLexicon struct {
	ids map[string]int32
	buf []byte  // the strings, one after another
	end []int32 // per id: the end of its string in buf
}

// reset empties l, keeping its memory.
func (l *batchLexicon) reset() {
	if l.ids == nil {
		l.ids = map[string]int32{}
	}
	clear(l.ids)
	l.buf, l.end = l.buf[:0], l.end[:0]
}

// id returns the id of s, adding it if new, and whether it was.
func (l *batchLexicon) id(s string) (int32, bool) {
	if id, ok := l.ids[s]; ok {
		return id, false
	}
	id := int32(len(l.end))
	l.ids[s] = id
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

// prepare folds entries and splits them into words.
func prepare(entries []Entry) *prepared {
	p := &prepared{}
	p.fill(entries)
	return p
}

// fill makes p the prepared batch of entries.
func (p *prepared) fill(entries []Entry) {
	p.entries = entries
	p.forms.reset()
	p.seps.reset()
	p.letters, p.formEnd, p.toks, p.sentEnd = p.letters[:0], p.formEnd[:0], p.toks[:0], p.sentEnd[:0]
	for _, e := range entries {
		p.fold = appendFolded(p.fold[:0], e.Text)
		prev := 0
		eachWord(p.fold, &p.sc, func(letters []byte, offs []int, end int) {
			sep, _ := p.seps.id(e.Text[prev:offs[0]])
			form, added := p.forms.id(e.Text[offs[0]:end])
			if added {
				p.letters = append(p.letters, letters...)
				p.formEnd = append(p.formEnd, int32(len(p.letters)))
			}
			p.toks = append(p.toks, sep, form)
			prev = end
		})
		sep, _ := p.seps.id(e.Text[prev:])
		p.toks = append(p.toks, sep)
		p.sentEnd = append(p.sentEnd, len(p.toks))
	}
}

// commit adds the prepared sentences to the index, as its next slots.
func (ix *Index) commit(p *prepared) {
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
	var rec []byte
	tok := 0
	for i, e := range p.entries {
		slot := uint32(len(ix.sent))
		rec = binary.AppendUvarint(rec[:0], uint64(sep[p.toks[tok]]))
		for tok++; tok < p.sentEnd[i]; tok += 2 {
			f := form[p.toks[tok]]
			rec = binary.AppendUvarint(binary.AppendUvarint(rec, uint64(f)), uint64(sep[p.toks[tok+1]]))
			ix.post.add(ix.formWord[f], slot)
		}
		ix.texts.add(rec, len(e.Text))
		if e.Note {
			if ix.noteBy == nil {
				ix.noteBy = map[uint32]string{}
			}
			ix.noteBy[slot] = e.Annotator
		}
		ix.doc = append(ix.doc, e.DocID)
		ix.sent = append(ix.sent, int32(e.Index))
	}
}
