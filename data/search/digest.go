package search

import (
	"crypto/sha256"
	"encoding/binary"
	"hash"
)

// Key names the sentences and notes an index was built from: the SHA-256
// of every one of them, in the order given (see Digest). An index saved
// under a key is loaded only by a caller that computed the same key from
// what the database holds now.
type Key [sha256.Size]byte

// Digest computes the Key of sentences and notes as they stream from the
// database. Its Add and AddNote have the signatures of the store's
// EachSentenceText and EachNote callbacks, as the Builder's do, and it
// never fails.
type Digest struct {
	h   hash.Hash
	buf []byte
}

// NewDigest returns a Digest of nothing yet.
func NewDigest() *Digest { return &Digest{h: sha256.New()} }

// Add takes in sentence index of document docID.
func (d *Digest) Add(docID int64, index int, text string) error {
	d.write('s', docID, index, "", text)
	return nil
}

// AddNote takes in the note annotator wrote on sentence index of
// document docID.
func (d *Digest) AddNote(docID int64, index int, annotator, note string) error {
	d.write('n', docID, index, annotator, note)
	return nil
}

// write hashes one sentence or note, each field with its length so that
// no two different streams hash alike.
func (d *Digest) write(kind byte, docID int64, index int, annotator, text string) {
	d.buf = append(d.buf[:0], kind)
	d.buf = binary.LittleEndian.AppendUint64(d.buf, uint64(docID))
	d.buf = binary.LittleEndian.AppendUint64(d.buf, uint64(index))
	d.buf = binary.LittleEndian.AppendUint64(d.buf, uint64(len(annotator)))
	d.buf = append(d.buf, annotator...)
	d.buf = binary.LittleEndian.AppendUint64(d.buf, uint64(len(text)))
	d.buf = append(d.buf, text...)
	d.h.Write(d.buf)
}

// Sum returns the Key of everything added so far.
func (d *Digest) Sum() Key {
	var k Key
	d.h.Sum(k[:0])
	return k
}
