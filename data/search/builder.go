package search

// Builder pipeline bounds: sentences per batch, and batches in flight
// (being folded, committed or posted, or done) before Add waits. Two keep
// both cores busy; four raised veritag-cli's peak RSS at a million
// sentences from about 285 to 295-307 MB (the collector falls behind
// three goroutines allocating) without building faster.
const (
	builderBatch = 2048
	inFlight     = 2
)

// Builder builds an Index from sentences given one at a time, straight
// into the index: the collection is never held outside it, so an index
// over a million sentences streamed from the database costs little more
// than the index itself. While the caller reads the next batch, the
// batches before it are folded, committed and posted at once, each step
// in the order of the batches (see prepare.go).
type Builder struct {
	ix      *Index
	batch   []Entry
	flights []*flight // the batches in flight, oldest first
	spare   *prepared // the buffers of the last batch landed, to reuse
}

// flight is a batch on its way into the index: committed is closed once
// commit is done with it, posted once post is.
type flight struct {
	p                 *prepared
	committed, posted chan struct{}
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

// add appends e to the batch and sends a full batch on its way.
func (b *Builder) add(e Entry) error {
	if b.batch == nil {
		b.batch = make([]Entry, 0, builderBatch)
	}
	b.batch = append(b.batch, e)
	if len(b.batch) == builderBatch {
		b.launch()
	}
	return nil
}

// launch sends the batch on its way, in a goroutine that folds it, commits
// it once the batch before is committed and posts it once that one is
// posted. With
// inFlight batches on their way, it first waits for the oldest to land
// and reuses its buffers.
func (b *Builder) launch() {
	if len(b.flights) == inFlight {
		b.land()
	}
	p := b.spare
	b.spare = nil
	if p == nil {
		p = &prepared{}
	}
	next := p.entries[:0]
	if next == nil {
		next = make([]Entry, 0, builderBatch)
	}
	f := &flight{p: p, committed: make(chan struct{}), posted: make(chan struct{})}
	var prev *flight
	if len(b.flights) > 0 {
		prev = b.flights[len(b.flights)-1]
	}
	b.flights = append(b.flights, f)
	go func(batch []Entry) {
		p.fold(batch)
		if prev != nil {
			<-prev.committed
		}
		p.commit(b.ix)
		close(f.committed)
		if prev != nil {
			<-prev.posted
		}
		p.post(b.ix)
		close(f.posted)
	}(b.batch)
	b.batch = next
}

// land waits for the oldest batch in flight to be posted and keeps its
// buffers, letting go of its texts.
func (b *Builder) land() {
	f := b.flights[0]
	<-f.posted
	b.flights = b.flights[1:]
	clear(f.p.entries)
	b.spare = f.p
}

// Index returns the index built. The Builder must not be used after.
func (b *Builder) Index() *Index {
	if len(b.batch) > 0 {
		b.launch()
	}
	for len(b.flights) > 0 {
		b.land()
	}
	b.ix.vocab.settle()
	return b.ix
}
