package search_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/veritag/veritag/data/search"
	"github.com/veritag/veritag/internal/typocorpus"
)

// savedCorpus builds an index of generated sentences and a note, with
// the Key of what it was built from, and the queries to compare by.
func savedCorpus(t *testing.T, sentences int) (*search.Index, search.Key, []string) {
	t.Helper()
	c := typocorpus.New(5)
	b, d := search.NewBuilder(), search.NewDigest()
	for i := range sentences {
		doc, index, text := int64(i/50), i%50, c.Sentence(i)
		b.Add(doc, index, text)
		d.Add(doc, index, text)
	}
	b.AddNote(1, 3, "anna", "Nota sul trattato di pace")
	d.AddNote(1, 3, "anna", "Nota sul trattato di pace")
	queries := []string{"trattato", "anna", "zzzz"}
	for _, q := range c.Queries(6, 60, sentences) {
		queries = append(queries, q.Text)
	}
	return b.Index(), d.Sum(), queries
}

// sameResults fails unless a and b answer every query alike.
func sameResults(t *testing.T, a, b *search.Index, queries []string) {
	t.Helper()
	if a.Len() != b.Len() {
		t.Fatalf("Len %d, want %d", b.Len(), a.Len())
	}
	for _, q := range queries {
		want, err1 := a.Search(context.Background(), q, 10)
		got, err2 := b.Search(context.Background(), q, 10)
		if err1 != nil || err2 != nil || !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: loaded index gives %+v (%v), built one %+v (%v)", q, got, err2, want, err1)
		}
	}
}

// TestSaveLoad: an index loaded under the key it was saved under answers
// every query as the one saved, and takes updates as it does.
func TestSaveLoad(t *testing.T) {
	ix, key, queries := savedCorpus(t, 3000)
	path := filepath.Join(t.TempDir(), "index")
	if err := ix.Save(path, key); err != nil {
		t.Fatal(err)
	}
	loaded, err := search.Load(path, key)
	if err != nil {
		t.Fatal(err)
	}
	sameResults(t, ix, loaded, queries)
	for _, x := range []*search.Index{ix, loaded} {
		x.Replace(2, []search.Entry{{Index: 0, Text: "Un trattato nuovissimo sulla pace"}})
		x.ReplaceNotes(1, nil)
		x.Remove(4)
	}
	sameResults(t, ix, loaded, append(queries, "nuovissimo", "trattato pace"))
}

// TestLoadStale: a file saved under another key, as after the database
// changed, is not loaded; nor is a file of nothing.
func TestLoadStale(t *testing.T) {
	ix, key, _ := savedCorpus(t, 200)
	path := filepath.Join(t.TempDir(), "index")
	if _, err := search.Load(path, key); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("Load of no file: %v", err)
	}
	if err := ix.Save(path, key); err != nil {
		t.Fatal(err)
	}
	other := key
	other[0]++
	if _, err := search.Load(path, other); !errors.Is(err, search.ErrStale) {
		t.Fatalf("Load under another key: %v, want ErrStale", err)
	}
}

// TestLoadDamaged: a file cut short anywhere or with any byte changed,
// as a crash or a bad disk would leave it, is refused, never loaded wrong
// and never a panic; a crash while saving leaves the file saved before.
func TestLoadDamaged(t *testing.T) {
	ix, key, queries := savedCorpus(t, 200)
	dir := t.TempDir()
	path := filepath.Join(dir, "index")
	if err := ix.Save(path, key); err != nil {
		t.Fatal(err)
	}
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	damaged := filepath.Join(dir, "damaged")
	step := max(1, len(good)/400)
	for cut := 0; cut < len(good); cut += step {
		if err := os.WriteFile(damaged, good[:cut], 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := search.Load(damaged, key); err == nil {
			t.Fatalf("a file cut at %d of %d bytes loaded", cut, len(good))
		}
	}
	for at := 0; at < len(good); at += step {
		bad := append([]byte(nil), good...)
		bad[at] ^= 0x5a
		if err := os.WriteFile(damaged, bad, 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := search.Load(damaged, key); err == nil {
			t.Fatalf("a file with byte %d of %d changed loaded", at, len(good))
		}
	}
	// A save that died before its rename leaves a temporary file beside
	// the one saved before, which still loads as it was.
	if err := os.WriteFile(path+".123.tmp", good[:len(good)/2], 0o600); err != nil {
		t.Fatal(err)
	}
	loaded, err := search.Load(path, key)
	if err != nil {
		t.Fatal(err)
	}
	sameResults(t, ix, loaded, queries)
	// The next save removes that file once it is old, as no save in
	// progress leaves its file untouched that long, and keeps a recent one.
	crashed, inProgress := path+".123.tmp", path+".456.tmp"
	os.WriteFile(inProgress, nil, 0o600)
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(crashed, old, old); err != nil {
		t.Fatal(err)
	}
	if err := ix.Save(path, key); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(crashed); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the file of a save that crashed an hour ago is still there: %v", err)
	}
	if _, err := os.Stat(inProgress); err != nil {
		t.Errorf("the file of a save in progress was removed: %v", err)
	}
}

// TestDigest: the key changes with any sentence or note, including where
// one field ends and the next begins, and only with them.
func TestDigest(t *testing.T) {
	sum := func(add func(d *search.Digest)) search.Key {
		d := search.NewDigest()
		add(d)
		return d.Sum()
	}
	base := func(d *search.Digest) {
		d.Add(1, 0, "Il trattato")
		d.AddNote(1, 0, "anna", "pace")
	}
	keys := map[search.Key]string{sum(base): "base"}
	for name, add := range map[string]func(d *search.Digest){
		"text":      func(d *search.Digest) { d.Add(1, 0, "Il trattatO"); d.AddNote(1, 0, "anna", "pace") },
		"document":  func(d *search.Digest) { d.Add(2, 0, "Il trattato"); d.AddNote(1, 0, "anna", "pace") },
		"index":     func(d *search.Digest) { d.Add(1, 1, "Il trattato"); d.AddNote(1, 0, "anna", "pace") },
		"note text": func(d *search.Digest) { d.Add(1, 0, "Il trattato"); d.AddNote(1, 0, "anna", "pacE") },
		"boundary":  func(d *search.Digest) { d.Add(1, 0, "Il trattato"); d.AddNote(1, 0, "annap", "ace") },
		"note":      func(d *search.Digest) { d.Add(1, 0, "Il trattato") },
		"sentence":  func(d *search.Digest) { d.Add(1, 0, "Il trattato"); d.Add(1, 0, "pace") },
		"extra":     func(d *search.Digest) { base(d); d.Add(1, 1, "") },
	} {
		k := sum(add)
		if prev, ok := keys[k]; ok {
			t.Errorf("%s has the key of %s", name, prev)
		}
		keys[k] = name
	}
	if sum(base) != sum(base) {
		t.Error("the same stream gives different keys")
	}
}
