package subseq

// ShardSize is how many sentences a Builder puts in one shard unless told
// otherwise: small enough that a shard compacts quickly, large enough that
// each shard's own parallel scan is worth starting.
const ShardSize = 1 << 18

// Builder builds Shards from sentences given one at a time, straight into
// the shard being filled: the collection is never held outside the index,
// so an index over a million sentences streamed from the database costs
// little more than the index itself.
type Builder struct {
	size int
	ix   []*Index
}

// NewBuilder returns a Builder of shards of size sentences (ShardSize when
// size <= 0).
func NewBuilder(size int) *Builder {
	if size <= 0 {
		size = ShardSize
	}
	return &Builder{size: size}
}

// Add appends one sentence; equal scores rank in the order added. It never
// fails: its signature is that of the callback of the store's
// EachSentenceText, so st.EachSentenceText(ctx, b.Add) builds the index.
func (b *Builder) Add(docID int64, index int, text string) error {
	last := len(b.ix) - 1
	if last < 0 || len(b.ix[last].mask) == b.size {
		b.ix = append(b.ix, &Index{})
		last++
	}
	b.ix[last].add(Entry{DocID: docID, Index: index, Text: text})
	return nil
}

// Shards returns the index built. The Builder must not be used after.
func (b *Builder) Shards() *Shards {
	return &Shards{size: b.size, ix: b.ix}
}
