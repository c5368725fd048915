package search

import "encoding/binary"

// prepared is a batch of sentences folded and split into words, ready to
// be added to an index: the costly half of adding, done apart so that a
// Builder can fold one batch while the index takes in the one before.
type prepared struct {
	entries []Entry
	spans   []int  // per word: its start and end in its text
	letters []byte // the letters of every word, one word after another
	wordEnd []int  // per word: the end of its letters in letters
	words   []int  // per sentence: the end of its words in wordEnd
}

// prepare folds entries and splits them into words.
func prepare(entries []Entry) *prepared {
	p := &prepared{entries: entries, words: make([]int, 0, len(entries))}
	var sc wordScratch
	var fold []byte
	for _, e := range entries {
		fold = appendFolded(fold[:0], e.Text)
		eachWord(fold, &sc, func(letters []byte, offs []int, end int) {
			p.spans = append(p.spans, offs[0], end)
			p.letters = append(p.letters, letters...)
			p.wordEnd = append(p.wordEnd, len(p.letters))
		})
		p.words = append(p.words, len(p.wordEnd))
	}
	return p
}

// commit adds the prepared sentences to the index, as its next slots.
func (ix *Index) commit(p *prepared) {
	word, letter := 0, 0
	var rec []byte
	for i, e := range p.entries {
		slot := uint32(len(ix.sent))
		rec, prev := rec[:0], 0
		for ; word < p.words[i]; word++ {
			start, end := p.spans[2*word], p.spans[2*word+1]
			sep, _ := ix.seps.id([]byte(e.Text[prev:start]))
			form, added := ix.forms.id([]byte(e.Text[start:end]))
			if added {
				ix.formWord = append(ix.formWord, ix.vocab.id(p.letters[letter:p.wordEnd[word]]))
			}
			letter = p.wordEnd[word]
			rec = binary.AppendUvarint(binary.AppendUvarint(rec, uint64(sep)), uint64(form))
			ix.post.add(ix.formWord[form], slot)
			prev = end
		}
		sep, _ := ix.seps.id([]byte(e.Text[prev:]))
		rec = binary.AppendUvarint(rec, uint64(sep))
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
