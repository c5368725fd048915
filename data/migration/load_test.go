package migration

import (
	"testing"
	"testing/fstest"
)

// TestLoadOrdersByName: migrations come back in file-name order, and only
// the .sql files of the migrations folder count.
func TestLoadOrdersByName(t *testing.T) {
	fsys := fstest.MapFS{
		"migrations/010_late.sql": {Data: []byte("late")},
		"migrations/002_kind.sql": {Data: []byte("kind")},
		"migrations/001_init.sql": {Data: []byte("init")},
		"migrations/README.md":    {Data: []byte("not a migration")},
		"elsewhere/000_other.sql": {Data: []byte("other folder")},
	}
	got := Load(fsys)
	want := []string{"init", "kind", "late"}
	if len(got) != len(want) {
		t.Fatalf("Load = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("migration %d = %q, want %q", i, got[i], want[i])
		}
	}
}
