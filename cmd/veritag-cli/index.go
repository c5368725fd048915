package main

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"runtime/debug"

	"github.com/veritag/veritag/data/search"
	"github.com/veritag/veritag/data/store"
)

// paceEvery is how many sentences are indexed between calls to
// search.PaceGC.
const paceEvery = 1 << 16

// openIndex returns the search index of every sentence and note of st:
// the one saved in file (see indexFile) if it was built from exactly
// what st holds now, else one built anew, which it then saves there in
// the background; wait returns once that save is done. A saved index that
// is stale or damaged is never used, and failing to save is not an error:
// the next search builds the index again.
func openIndex(e *env, st *store.Store, file string) (ix *search.Index, wait func(), err error) {
	wait = func() {}
	if ix, err = loadIndex(e, st, file); ix != nil || err != nil {
		if ix != nil && os.Getenv("GOGC") == "" {
			debug.SetGCPercent(10) // as after a build, see buildIndex
		}
		return ix, wait, err
	}
	ix, key, err := buildIndex(e, st)
	if err != nil || file == "" {
		return ix, wait, err
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		if os.MkdirAll(filepath.Dir(file), 0o700) == nil {
			ix.Save(file, key)
		}
	}()
	return ix, func() { <-done }, nil
}

// indexFile is where the search index of the database at db is saved: in
// the user cache dir, named by the database's absolute path; "" when
// there is no cache dir.
func indexFile(db string) string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	abs, err := filepath.Abs(db)
	if err != nil {
		return ""
	}
	sum := sha256.Sum256([]byte(abs))
	return filepath.Join(dir, "veritag", "search", hex.EncodeToString(sum[:16])+".index")
}

// loadIndex returns the index saved in file if its key is that of every
// sentence and note st holds now, or nil.
func loadIndex(e *env, st *store.Store, file string) (*search.Index, error) {
	if file == "" {
		return nil, nil
	}
	if _, err := os.Stat(file); err != nil {
		return nil, nil
	}
	d := search.NewDigest()
	if err := st.EachSentenceText(e.ctx, d.Add); err != nil {
		return nil, err
	}
	if err := st.EachNote(e.ctx, d.AddNote); err != nil {
		return nil, err
	}
	ix, err := search.Load(file, d.Sum())
	if err != nil {
		return nil, nil
	}
	return ix, nil
}

// buildIndex streams every sentence and note into a search index, once,
// and returns it with the key of what it read. The index is one large,
// long-lived heap with few pointers, so unless GOGC says otherwise the
// garbage collector runs once the heap has grown by a tenth rather than
// doubled (by at least 48 MB while the index is built, see
// search.PaceGC): cheap, and it keeps the resident memory of a search
// over a million sentences near the index's own size.
func buildIndex(e *env, st *store.Store) (*search.Index, search.Key, error) {
	pace := os.Getenv("GOGC") == ""
	b, d := search.NewBuilder(), search.NewDigest()
	n := 0
	add := func(docID int64, index int, text string) error {
		if n++; pace && n%paceEvery == 1 {
			search.PaceGC()
		}
		d.Add(docID, index, text)
		return b.Add(docID, index, text)
	}
	if err := st.EachSentenceText(e.ctx, add); err != nil {
		return nil, search.Key{}, err
	}
	note := func(docID int64, index int, annotator, note string) error {
		d.AddNote(docID, index, annotator, note)
		return b.AddNote(docID, index, annotator, note)
	}
	if err := st.EachNote(e.ctx, note); err != nil {
		return nil, search.Key{}, err
	}
	ix := b.Index()
	if pace {
		debug.SetGCPercent(10)
	}
	return ix, d.Sum(), nil
}
