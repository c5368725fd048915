package search

// Builder builds an Index from sentences given one at a time, straight
// into the index: the collection is never held outside it, so an index
// over a million sentences streamed from the database costs little more
// than the index itself.
type Builder struct {
	ix *Index
}

// NewBuilder returns a Builder. Its argument is ignored; it remains from
// a sharded index.
func NewBuilder(int) *Builder { return &Builder{ix: &Index{}} }

// Add appends one sentence; sentences that rank equal come in the order
// added. It never fails: its signature is that of the callback of the
// store's EachSentenceText, so st.EachSentenceText(ctx, b.Add) builds the
// index.
func (b *Builder) Add(docID int64, index int, text string) error {
	b.ix.add(docID, index, text)
	return nil
}

// Shards returns the index built. The Builder must not be used after.
func (b *Builder) Shards() *Index {
	b.ix.vocab.settle()
	return b.ix
}
