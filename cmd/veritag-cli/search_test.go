package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSearchWords: search finds the words meant, typos included, keeps
// its JSON shape, and prints partial matches only when nothing holds
// every word (saying so outside JSON).
func TestSearchWords(t *testing.T) {
	db, _ := sampleDB(t)
	for q, want := range map[string]string{"Lavrov": "Lavrov", "Lavrof": "Lavrov", "frtellanza cmbattiva": "fratellanza combattiva"} {
		out, errs, code := cli(t, "", "search", "--db", db, "--json", "--limit", "5", q)
		var hits []map[string]any
		if code != 0 || json.Unmarshal([]byte(out), &hits) != nil || len(hits) == 0 {
			t.Fatalf("%q: %d %q %q", q, code, out, errs)
		}
		if len(hits[0]) != 5 || !strings.Contains(hits[0]["text"].(string), want) {
			t.Errorf("%q: first hit %v, want the keys doc_id, sentence_index, text, score, label and %q", q, hits[0], want)
		}
	}
	out, errs, code := cli(t, "", "search", "--db", db, "Lavrov", "zzqqyx")
	if code != 0 || out == "" || !strings.Contains(errs, "no sentence holds every word") {
		t.Errorf("partial: %d %q %q", code, out, errs)
	}
}

// TestSearchBadInput: odd queries answer, bad limits are usage errors,
// an overlong --stdin line is named and the others still answered.
func TestSearchBadInput(t *testing.T) {
	db, _ := sampleDB(t)
	for _, q := range []string{strings.Repeat("x", 10_000), ".,;!?", "\u0301\u0301", "مرحبا", "😀🎉", strings.Repeat("lavrov ", 3000)} {
		out, errs, code := cli(t, "", "search", "--db", db, "--json", q)
		if code != 0 || !json.Valid([]byte(out)) {
			t.Errorf("%.20q: %d %q %q", q, code, out, errs)
		}
	}
	for _, limit := range []string{"0", "-1", "1000000000", "x"} {
		if _, errs, code := cli(t, "", "search", "--db", db, "--limit", limit, "Lavrov"); code != 2 || errs == "" {
			t.Errorf("--limit %s: exit %d %q, want a usage error", limit, code, errs)
		}
	}
	out, errs, code := cli(t, strings.Repeat("y", 2<<20)+"\nLavrov\n", "search", "--db", db, "--stdin")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 1 || len(lines) != 2 || lines[0] != "[]" || !strings.Contains(lines[1], "Lavrov") || !strings.Contains(errs, "line 1") {
		t.Errorf("long line: %d %q %q", code, out, errs)
	}
}

// TestSearchNotes: a sentence is found by the words of a note on it,
// typos included; --json keeps its keys and adds the note and its
// annotator, the plain form adds them as a last column.
func TestSearchNotes(t *testing.T) {
	db, doc := sampleDB(t)
	if _, errs, code := cli(t, "", "tag", "--db", db, "--annotator", "anna", "--note", "fonte da ricontrollare", doc, "3", "claim"); code != 0 {
		t.Fatalf("tag: %d %s", code, errs)
	}
	shown, _, _ := cli(t, "", "show", "--db", db, "--json", doc)
	var d struct {
		Sentences []struct{ Text string } `json:"sentences"`
	}
	if err := json.Unmarshal([]byte(shown), &d); err != nil || len(d.Sentences) < 4 {
		t.Fatalf("show: %v %q", err, shown)
	}
	out, errs, code := cli(t, "", "search", "--db", db, "--json", "ricontrolare")
	var hits []map[string]any
	if code != 0 || json.Unmarshal([]byte(out), &hits) != nil || len(hits) != 1 {
		t.Fatalf("ricontrolare: %d %q %q", code, out, errs)
	}
	h := hits[0]
	if h["sentence_index"] != 3.0 || h["text"] != d.Sentences[3].Text || h["note"] != "fonte da ricontrollare" || h["annotator"] != "anna" || h["label"] == nil {
		t.Errorf("ricontrolare: %v, want sentence 3 with its text, label, the note and anna", h)
	}
	out, _, _ = cli(t, "", "search", "--db", db, "ricontrollare")
	if want := "\tnote by anna: fonte da ricontrollare\n"; !strings.HasSuffix(out, want) || !strings.HasPrefix(out, doc+"\t3\t") {
		t.Errorf("plain: %q, want doc, 3 and the note last", out)
	}
}

// TestSearchSavedIndex: search saves its index in the user cache dir and
// loads it while the database holds the same sentences and notes; after
// an import, a note, or with the file damaged, it answers from what the
// database holds now.
func TestSearchSavedIndex(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	db, doc := sampleDB(t)
	file := indexFile(db)
	search := func(q string) string {
		t.Helper()
		out, errs, code := cli(t, "", "search", "--db", db, "--limit", "50", q)
		if code != 0 {
			t.Fatalf("%q: %d %q", q, code, errs)
		}
		return out
	}
	first := search("Lavrof")
	saved, err := os.ReadFile(file)
	if err != nil || len(first) == 0 {
		t.Fatalf("no index saved at %s (%v) or no result %q", file, err, first)
	}
	if again := search("Lavrof"); again != first {
		t.Fatalf("from the saved index: %q, built: %q", again, first)
	}
	dir := t.TempDir()
	other := filepath.Join(dir, "other.txt")
	os.WriteFile(other, []byte("Il trattato di Zanzibar fu firmato ieri."), 0o644)
	if _, errs, code := cli(t, "", "import", "--db", db, other); code != 0 {
		t.Fatalf("import: %d %s", code, errs)
	}
	if out := search("Zanzibr"); !strings.Contains(out, "Zanzibar") {
		t.Fatalf("after an import: %q, want the sentence imported", out)
	}
	if _, errs, code := cli(t, "", "tag", "--db", db, "--annotator", "anna", "--note", "quokka", doc, "2", "claim"); code != 0 {
		t.Fatalf("tag: %d %s", code, errs)
	}
	if out := search("quoka"); !strings.Contains(out, "quokka") {
		t.Fatalf("after a note: %q, want the note", out)
	}
	os.WriteFile(file, saved[:len(saved)/2], 0o600)
	if out := search("Lavrof"); out != first {
		t.Fatalf("with the saved index cut short: %q, want %q", out, first)
	}
}
