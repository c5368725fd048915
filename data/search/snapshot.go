package search

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"time"
)

// A saved index is a file: a header (snapshotMagic, the format version,
// the Key), then the index's parts one after another, each a count and
// its values, then the CRC-32C of everything before it. Loading reads
// the parts straight into the index's own slices, with the strings of
// each lexicon in one allocation, so that a million sentences load in
// about a second instead of being split into words again.
const (
	snapshotMagic   = "veritag search index\n"
	snapshotVersion = 1
)

// ErrStale is returned by Load when the file holds an index saved under
// another Key: the database changed since.
var ErrStale = errors.New("search: saved index is of other sentences")

// crcTable is the Castagnoli polynomial, computed in hardware.
var crcTable = crc32.MakeTable(crc32.Castagnoli)

// Save writes ix to the file path under key, the Key of the sentences and
// notes it was built from. It writes a new file and renames it over path
// once synced, so a crash or a full disk leaves the old file or the new
// one, never part of one; and Load checks the file's checksum anyway.
func (ix *Index) Save(path string, key Key) error {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	removeStale(path)
	f, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name()) // after the rename, there is nothing to remove
	crc := crc32.New(crcTable)
	w := bufio.NewWriterSize(io.MultiWriter(f, crc), 1<<16)
	e := &encoder{w: w}
	e.raw([]byte(snapshotMagic))
	e.uint(snapshotVersion)
	e.raw(key[:])
	ix.encode(e)
	if e.err == nil {
		e.err = w.Flush()
	}
	if e.err == nil {
		_, e.err = f.Write(binary.LittleEndian.AppendUint32(nil, crc.Sum32()))
	}
	if e.err == nil {
		e.err = f.Sync()
	}
	if err := f.Close(); e.err == nil {
		e.err = err
	}
	if e.err != nil {
		return e.err
	}
	return os.Rename(f.Name(), path)
}

// staleTemp is how old a temporary file of Save must be to be taken for
// one a crash left behind: a save in progress writes to its file all
// along.
const staleTemp = 10 * time.Minute

// removeStale removes the temporary files of saves to path that crashed.
func removeStale(path string) {
	temps, _ := filepath.Glob(path + ".*.tmp")
	for _, t := range temps {
		if st, err := os.Stat(t); err == nil && time.Since(st.ModTime()) > staleTemp {
			os.Remove(t)
		}
	}
}

// Load reads the index saved in the file path under key. It returns
// ErrStale if the file was saved under another key, and an error if it is
// missing, of another format version, or damaged in any way.
func Load(path string, key Key) (*Index, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	crc := crc32.New(crcTable)
	body := io.LimitReader(f, max(st.Size()-4, 0))
	d := &decoder{r: bufio.NewReaderSize(io.TeeReader(body, crc), 1<<16), left: st.Size() - 4}
	magic := d.raw(len(snapshotMagic))
	version := d.uint()
	saved := d.raw(len(key))
	switch {
	case d.err != nil:
		return nil, fmt.Errorf("search: %s: %w", path, d.err)
	case string(magic) != snapshotMagic || version != snapshotVersion:
		return nil, fmt.Errorf("search: %s is not a saved index of this version", path)
	case !bytes.Equal(saved, key[:]):
		return nil, ErrStale
	}
	ix := &Index{}
	ix.decode(d)
	if d.err == nil && d.left != 0 {
		d.err = errors.New("data after the index")
	}
	if d.err != nil {
		return nil, fmt.Errorf("search: %s is damaged: %w", path, d.err)
	}
	sum := crc.Sum32()
	var tail [4]byte
	if _, err := io.ReadFull(f, tail[:]); err != nil || binary.LittleEndian.Uint32(tail[:]) != sum {
		return nil, fmt.Errorf("search: %s is damaged: checksum", path)
	}
	return ix, nil
}

// encode writes the parts of ix. The vocabulary must be settled.
func (ix *Index) encode(e *encoder) {
	// The arena's segments hold the records one after another.
	size := 0
	for _, seg := range ix.texts.seg {
		size += len(seg)
	}
	if uint64(size) > 1<<32-1 {
		e.fail(errors.New("search: index too large to save"))
	}
	e.uint(uint64(size))
	for _, seg := range ix.texts.seg {
		e.raw(seg)
	}
	e.uint(uint64(len(ix.texts.loc)))
	start := 0
	for i := range ix.texts.loc {
		e.buf = binary.LittleEndian.AppendUint32(e.buf[:0], uint32(start))
		e.raw(e.buf)
		start += len(ix.texts.record(i))
	}
	e.uint32s(ix.texts.len)
	e.strings(ix.forms.strs)
	e.strings(ix.seps.strs)
	e.uint32s(ix.formWord)
	e.uint(uint64(len(ix.doc)))
	for _, d := range ix.doc {
		e.uint(uint64(d))
	}
	e.uint(uint64(len(ix.sent)))
	for _, s := range ix.sent {
		e.uint(uint64(uint32(s)))
	}
	e.uint(uint64(ix.dead))
	e.uint(uint64(len(ix.noteBy)))
	for s := range ix.sent {
		if by, ok := ix.noteBy[uint32(s)]; ok {
			e.uint(uint64(s))
			e.bytes([]byte(by))
		}
	}
	e.strings(ix.vocab.words)
	e.uint32s(ix.vocab.sorted)
	e.bytes(ix.vocab.shared)
	e.uint(uint64(len(ix.post.lists)))
	for _, l := range ix.post.lists {
		e.bytes(l)
	}
	e.uint32s(ix.post.next)
	e.uint32s(ix.post.count)
}

// decode reads the parts encode wrote into the empty ix, checking that
// they fit together.
func (ix *Index) decode(d *decoder) {
	recs := d.bytes()
	starts := d.uint32s()
	ix.texts.len = d.uint32s()
	ix.texts.seg = [][]byte{recs[:len(recs):len(recs)]}
	ix.texts.loc = make([]uint64, len(starts))
	for i, s := range starts {
		if s > uint32(len(recs)) || i > 0 && s < starts[i-1] {
			d.fail(errors.New("records out of order"))
			return
		}
		ix.texts.loc[i] = uint64(s)
	}
	ix.forms.strs = d.strings()
	ix.seps.strs = d.strings()
	ix.formWord = d.uint32s()
	ix.doc = make([]int64, d.count(1))
	for i := range ix.doc {
		ix.doc[i] = int64(d.uint())
	}
	ix.sent = make([]int32, d.count(1))
	for i := range ix.sent {
		ix.sent[i] = int32(uint32(d.uint()))
	}
	ix.dead = int(d.uint())
	if notes := d.count(2); notes > 0 {
		ix.noteBy = make(map[uint32]string, notes)
		for range notes {
			s := d.uint()
			by := string(d.bytes())
			if s >= uint64(len(ix.sent)) {
				d.fail(errors.New("note out of range"))
				return
			}
			ix.noteBy[uint32(s)] = by
		}
	}
	ix.vocab.words = d.strings()
	ix.vocab.sorted = d.uint32s()
	ix.vocab.shared = d.bytes()
	ix.post.lists = make([][]byte, d.count(1))
	for i := range ix.post.lists {
		ix.post.lists[i] = d.bytes()
	}
	ix.post.next = d.uint32s()
	ix.post.count = d.uint32s()
	if d.err != nil {
		return
	}
	slots, words := len(ix.sent), uint32(len(ix.vocab.words))
	if len(ix.texts.loc) != slots || len(ix.texts.len) != slots || len(ix.doc) != slots ||
		len(ix.formWord) != len(ix.forms.strs) || len(ix.vocab.sorted) != int(words) ||
		len(ix.vocab.shared) != int(words) || len(ix.post.lists) > int(words) ||
		len(ix.post.next) != len(ix.post.lists) || len(ix.post.count) != len(ix.post.lists) ||
		ix.dead > slots {
		d.fail(errors.New("parts of different sizes"))
		return
	}
	for _, ids := range [][]uint32{ix.formWord, ix.vocab.sorted} {
		for _, id := range ids {
			if id >= words {
				d.fail(errors.New("word out of range"))
				return
			}
		}
	}
	ix.forms.reindex()
	ix.seps.reindex()
	ix.vocab.ids = make(map[string]uint32, len(ix.vocab.words))
	for id, w := range ix.vocab.words {
		ix.vocab.ids[w] = uint32(id)
	}
}

// reindex makes l's lookups from its strings.
func (l *lexicon) reindex() {
	l.ids = make(map[string]uint32, len(l.strs))
	for id, s := range l.strs {
		l.ids[s] = uint32(id)
	}
}

// encoder writes the parts of a saved index; the first error sticks.
type encoder struct {
	w   *bufio.Writer
	buf []byte
	err error
}

// fail records err unless an error came before.
func (e *encoder) fail(err error) {
	if e.err == nil {
		e.err = err
	}
}

// raw writes b as it is.
func (e *encoder) raw(b []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
}

// uint writes v as a uvarint.
func (e *encoder) uint(v uint64) {
	e.buf = binary.AppendUvarint(e.buf[:0], v)
	e.raw(e.buf)
}

// bytes writes b with its length.
func (e *encoder) bytes(b []byte) {
	e.uint(uint64(len(b)))
	e.raw(b)
}

// uint32s writes vs with their count, each as 4 bytes.
func (e *encoder) uint32s(vs []uint32) {
	e.uint(uint64(len(vs)))
	for _, v := range vs {
		e.buf = binary.LittleEndian.AppendUint32(e.buf[:0], v)
		e.raw(e.buf)
	}
}

// strings writes ss: their count, their lengths, then their bytes.
func (e *encoder) strings(ss []string) {
	e.uint(uint64(len(ss)))
	for _, s := range ss {
		e.uint(uint64(len(s)))
	}
	for _, s := range ss {
		if e.err == nil {
			_, e.err = e.w.WriteString(s)
		}
	}
}

// decoder reads the parts of a saved index, never more than left bytes;
// after the first error it reads nothing and returns zero values.
type decoder struct {
	r    *bufio.Reader
	left int64
	err  error
}

// fail records err unless an error came before.
func (d *decoder) fail(err error) {
	if d.err == nil {
		d.err = err
	}
}

// raw reads n bytes.
func (d *decoder) raw(n int) []byte {
	if d.err != nil {
		return nil
	}
	if int64(n) > d.left {
		d.fail(io.ErrUnexpectedEOF)
		return nil
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.fail(io.ErrUnexpectedEOF)
		return nil
	}
	d.left -= int64(n)
	return b
}

// uint reads a uvarint.
func (d *decoder) uint() uint64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(d.r)
	if err != nil {
		d.fail(io.ErrUnexpectedEOF)
		return 0
	}
	d.left -= int64(uvarintLen(v))
	if d.left < 0 {
		d.fail(io.ErrUnexpectedEOF)
	}
	return v
}

// uvarintLen is the length of v as a uvarint.
func uvarintLen(v uint64) int {
	n := 1
	for ; v >= 0x80; v >>= 7 {
		n++
	}
	return n
}

// count reads a count of values at least size bytes each, refusing one
// the rest of the file cannot hold.
func (d *decoder) count(size int) int {
	n := d.uint()
	if n > uint64(d.left)/uint64(size) {
		d.fail(errors.New("count past the end"))
		return 0
	}
	return int(n)
}

// bytes reads bytes written with their length.
func (d *decoder) bytes() []byte {
	return d.raw(d.count(1))
}

// uint32s reads uint32s written with their count.
func (d *decoder) uint32s() []uint32 {
	n := d.count(4)
	vs := make([]uint32, 0, n)
	var chunk [4096]byte
	for len(vs) < n && d.err == nil {
		k := min(n-len(vs), len(chunk)/4)
		if _, err := io.ReadFull(d.r, chunk[:4*k]); err != nil {
			d.fail(io.ErrUnexpectedEOF)
			return nil
		}
		for i := range k {
			vs = append(vs, binary.LittleEndian.Uint32(chunk[4*i:]))
		}
	}
	d.left -= int64(4 * n)
	return vs
}

// strings reads strings written by the encoder's strings, as slices of
// one string.
func (d *decoder) strings() []string {
	ends := make([]int, d.count(1))
	total := 0
	for i := range ends {
		total += int(min(d.uint(), uint64(d.left)))
		ends[i] = total
	}
	all := string(d.raw(total))
	if d.err != nil {
		return nil
	}
	ss := make([]string, len(ends))
	start := 0
	for i, end := range ends {
		ss[i] = all[start:end]
		start = end
	}
	return ss
}
