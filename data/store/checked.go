package store

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// A database larger than quickCheckLimit is checked with PRAGMA quick_check
// on open unless Veritag has seen it as it is now: a record per database
// in the user's cache folder (veritag/checked) holds the file's stamp as
// Veritag last saw it, after a check that passed or after closing the file
// it wrote. Any write by another program changes the file's change time,
// which no program can set back, so such a file is checked again.

// fileStamp identifies a database file's state.
type fileStamp struct {
	Dev, Ino     uint64
	Size         int64
	Mtime, Ctime int64  // nanoseconds
	Counter      uint32 // SQLite's file change counter (header offset 24)
}

// stampOf is the stamp of the database at path; false when there is none
// to trust (no such file, no change time on this system).
func stampOf(path string) (fileStamp, bool) {
	st, ok := statStamp(path)
	if !ok {
		return fileStamp{}, false
	}
	f, err := os.Open(path)
	if err != nil {
		return fileStamp{}, false
	}
	defer f.Close()
	var counter [4]byte
	if _, err := f.ReadAt(counter[:], 24); err != nil {
		return fileStamp{}, false
	}
	st.Counter = binary.BigEndian.Uint32(counter[:])
	return st, true
}

// String is the stamp as its record holds it.
func (s fileStamp) String() string {
	return fmt.Sprintf("%d %d %d %d %d %d\n", s.Dev, s.Ino, s.Size, s.Mtime, s.Ctime, s.Counter)
}

// recordFile is where the stamp of the database at path is kept.
func recordFile(path string) (string, bool) {
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", false
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", false
	}
	sum := sha256.Sum256([]byte(abs))
	return filepath.Join(cache, "veritag", "checked", hex.EncodeToString(sum[:16])), true
}

// seenAsIs reports whether the database at path is as Veritag last saw it
// whole: its stamp equals the recorded one and it has no WAL or rollback
// journal that could hold pages written since.
func seenAsIs(path string) bool {
	if pendingJournal(path) {
		return false
	}
	now, ok := stampOf(path)
	rec, okRec := recordFile(path)
	if !ok || !okRec {
		return false
	}
	was, err := os.ReadFile(rec)
	return err == nil && string(was) == now.String()
}

// recordSeen records was, the stamp of the database at path taken before
// a check that passed or after closing it, if the file still has it.
// Failing to record only costs a check at the next open.
func recordSeen(path string, was fileStamp) {
	now, ok := stampOf(path)
	rec, okRec := recordFile(path)
	if !ok || !okRec || now != was || os.MkdirAll(filepath.Dir(rec), 0o700) != nil {
		return
	}
	tmp, err := os.CreateTemp(filepath.Dir(rec), ".stamp-*")
	if err != nil {
		return
	}
	_, err = io.WriteString(tmp, now.String())
	if cerr := tmp.Close(); err == nil && cerr == nil && os.Rename(tmp.Name(), rec) == nil {
		return
	}
	os.Remove(tmp.Name())
}

// pendingJournal reports whether path has a non-empty WAL or rollback
// journal beside it: pages the file alone does not show.
func pendingJournal(path string) bool {
	for _, side := range []string{"-wal", "-journal"} {
		if st, err := os.Stat(path + side); err == nil && st.Size() > 0 {
			return true
		}
	}
	return false
}

// checkHeader compares the size the header of an SQLite file gives (page
// count × page size) with the file's size, which are equal whenever no
// WAL or journal holds pending pages: a truncated file or one with bytes
// appended is caught at once, whatever its size.
func checkHeader(path string, head []byte, size int64) error {
	if len(head) < 100 || pendingJournal(path) {
		return nil
	}
	pageSize := int64(binary.BigEndian.Uint16(head[16:18]))
	if pageSize == 1 {
		pageSize = 65536
	}
	pages := int64(binary.BigEndian.Uint32(head[28:32]))
	valid := pages != 0 && binary.BigEndian.Uint32(head[24:28]) == binary.BigEndian.Uint32(head[92:96])
	if pageSize < 512 || pageSize&(pageSize-1) != 0 {
		return fmt.Errorf("its header gives a page size of %d bytes", pageSize)
	}
	if valid && pages*pageSize != size {
		return fmt.Errorf("the file is %d bytes but its header says %d pages of %d bytes: it was cut short or added to", size, pages, pageSize)
	}
	return nil
}
