package search

// prepared is a batch of sentences folded and split into words, ready to
// be added to an index: the costly half of adding, done apart so that a
// Builder can fold one batch while the index takes in the one before.
type prepared struct {
	entries []Entry
	recs    []byte // the arena record of every sentence, one after another
	recEnd  []int  // per sentence: the end of its record in recs
	letters []byte // the letters of every word, one word after another
	wordEnd []int  // per word: the end of its letters in letters
	words   []int  // per sentence: the end of its words in wordEnd
}

// prepare folds entries and splits them into words.
func prepare(entries []Entry) *prepared {
	p := &prepared{entries: entries, recEnd: make([]int, 0, len(entries)), words: make([]int, 0, len(entries))}
	var sc wordScratch
	for _, e := range entries {
		start := len(p.recs)
		p.recs = appendRecord(p.recs, e.Text)
		p.recEnd = append(p.recEnd, len(p.recs))
		eachWord(p.recs[start:start+len(e.Text)], &sc, func(letters []byte, _ []int) {
			p.letters = append(p.letters, letters...)
			p.wordEnd = append(p.wordEnd, len(p.letters))
		})
		p.words = append(p.words, len(p.wordEnd))
	}
	return p
}

// commit adds the prepared sentences to the index, as its next slots.
func (ix *Index) commit(p *prepared) {
	rec, word, letter := 0, 0, 0
	for i, e := range p.entries {
		slot := uint32(len(ix.sent))
		ix.text.add(p.recs[rec:p.recEnd[i]], len(e.Text))
		rec = p.recEnd[i]
		ix.doc = append(ix.doc, e.DocID)
		ix.sent = append(ix.sent, int32(e.Index))
		for ; word < p.words[i]; word++ {
			ix.post.add(ix.vocab.id(p.letters[letter:p.wordEnd[word]]), slot)
			letter = p.wordEnd[word]
		}
	}
}
