package search

// builderBatch is how many sentences a Builder folds at a time.
const builderBatch = 2048

// Builder builds an Index from sentences given one at a time, straight
// into the index: the collection is never held outside it, so an index
// over a million sentences streamed from the database costs little more
// than the index itself. While the caller reads the next batch and the
// index takes in the last one, another goroutine folds the one between.
type Builder struct {
	ix      *Index
	batch   []Entry
	pending chan *prepared // the batch being folded, if any
	spare   *prepared      // the last batch committed, to reuse
}

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder { return &Builder{ix: &Index{}} }

// Add appends one sentence; sentences that rank equal come in the order
// added. It never fails: its signature is that of the callback of the
// store's EachSentenceText, so st.EachSentenceText(ctx, b.Add) builds the
// index.
func (b *Builder) Add(docID int64, index int, text string) error {
	return b.add(Entry{DocID: docID, Index: index, Text: text})
}

// AddNote appends the note annotator wrote on sentence index of document
// docID. Like Add, it never fails.
func (b *Builder) AddNote(docID int64, index int, annotator, note string) error {
	return b.add(Entry{DocID: docID, Index: index, Text: note, Note: true, Annotator: annotator})
}

// add appends e to the batch, folding a full batch in the background
// into the buffers of the batch committed before it.
func (b *Builder) add(e Entry) error {
	b.batch = append(b.batch, e)
	if len(b.batch) == builderBatch {
		b.flush()
		p, batch := b.spare, b.batch
		b.spare = nil
		if p == nil {
			p, b.batch = &prepared{}, make([]Entry, 0, builderBatch)
		} else {
			b.batch = p.entries[:0]
			clear(b.batch[:cap(b.batch)]) // let the texts committed go
		}
		b.pending = make(chan *prepared, 1)
		go func(done chan<- *prepared) {
			p.fill(batch)
			done <- p
		}(b.pending)
	}
	return nil
}

// flush adds the batch being folded, if any, to the index.
func (b *Builder) flush() {
	if b.pending != nil {
		b.spare = <-b.pending
		b.ix.commit(b.spare)
		b.pending = nil
	}
}

// Index returns the index built. The Builder must not be used after.
func (b *Builder) Index() *Index {
	b.flush()
	b.ix.commit(prepare(b.batch))
	b.ix.vocab.settle()
	return b.ix
}
