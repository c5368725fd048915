package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportNewsPageShowsKinds imports a saved news page: show --json gives
// the article's title, byline and standfirst as fields and marks its
// subheadings with kind "heading".
func TestImportNewsPageShowsKinds(t *testing.T) {
	db := filepath.Join(t.TempDir(), "v.db")
	out, errs, code := cli(t, "", "import", "--db", db, "../../data/importer/testdata/news/it-quotidiano.html")
	if code != 0 {
		t.Fatalf("import: %d %s", code, errs)
	}
	doc := strings.Split(out, "\t")[0]
	out, errs, code = cli(t, "", "show", "--db", db, "--json", doc)
	if code != 0 {
		t.Fatalf("show: %s", errs)
	}
	var shown struct {
		Title, Byline, Published, Summary string
		Sentences                         []struct {
			Text, Kind string
		}
	}
	if err := json.Unmarshal([]byte(out), &shown); err != nil {
		t.Fatal(err)
	}
	if shown.Title != "Siccità, il Po ai minimi storici: razionamenti in tre regioni" ||
		shown.Byline != "Giulia Ferraris" || shown.Published != "2026-07-14" ||
		!strings.HasPrefix(shown.Summary, "Le autorità di bacino") {
		t.Errorf("metadata %q %q %q %q", shown.Title, shown.Byline, shown.Published, shown.Summary)
	}
	kinds := map[string]string{}
	for _, s := range shown.Sentences {
		kinds[s.Text] = s.Kind
	}
	for text, kind := range map[string]string{
		"Le misure decise dalle regioni":             "heading",
		"La preoccupazione degli agricoltori":        "heading",
		"controlli più frequenti sui pozzi privati.": "sentence",
	} {
		if kinds[text] != kind {
			t.Errorf("%q: kind %q, want %q", text, kinds[text], kind)
		}
	}
}

// TestImportPageWithoutArticle refuses a page of links alone, naming the
// file and the way out, and imports it whole with --whole-page and a
// warning.
func TestImportPageWithoutArticle(t *testing.T) {
	dir := t.TempDir()
	db, page := filepath.Join(dir, "v.db"), filepath.Join(dir, "menu.html")
	os.WriteFile(page, []byte(`<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>`), 0o644)
	_, errs, code := cli(t, "", "import", "--db", db, page)
	if code != 1 || !strings.Contains(errs, "menu.html") || !strings.Contains(errs, "--whole-page") || strings.Count(errs, "\n") != 1 {
		t.Fatalf("exit %d, stderr %q: want one line naming the file and --whole-page", code, errs)
	}
	out, errs, code := cli(t, "", "import", "--db", db, "--whole-page", page)
	if code != 0 || !strings.Contains(errs, "warning") || !strings.Contains(errs, "whole page") {
		t.Fatalf("--whole-page: exit %d, stderr %q", code, errs)
	}
	if !strings.HasPrefix(out, "1\t1\t") {
		t.Errorf("imported %q", out)
	}
}
