package gui

import (
	"bufio"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/veritag/veritag/data/model"
)

func TestImportFiles(t *testing.T) {
	f := newFakeBackend()
	kursk(f)
	u := newTestUI(t, f)
	u.svc.readFile = func(path string) ([]model.ImportDoc, error) {
		name := filepath.Base(path)
		text := name + ". Two."
		n := len(name) + 1
		return []model.ImportDoc{{Title: name, Text: text, Sentences: []model.Span{{Start: 0, End: n, Text: name + "."}, {Start: n + 1, End: n + 5, Text: "Two."}}}}, nil
	}
	u.importFiles([]string{"/data/a.txt", "/data/b.txt"})
	if len(u.docs) != 3 || u.docs[2].Title != "b.txt" {
		t.Fatalf("library %+v", u.docs)
	}
	if u.doc.Title != "a.txt" {
		t.Errorf("opened %q after import, want the first imported", u.doc.Title)
	}
	if u.win.Canvas().Overlays().Top() != nil {
		t.Error("progress dialog left open")
	}
	shortcut(u, scFind)
	press(u, "Two")
	if len(u.search.hits) != 2 {
		t.Errorf("imported sentences not searchable: %+v", u.search.hits)
	}
}

func TestImportErrorNamesTheFileAndImportsNothing(t *testing.T) {
	f := newFakeBackend()
	kursk(f)
	u := newTestUI(t, f)
	u.svc.readFile = func(path string) ([]model.ImportDoc, error) {
		if strings.HasSuffix(path, "bad.csv") {
			return nil, errors.New("line 3: bad quote")
		}
		return []model.ImportDoc{{Title: "ok", Text: "One.", Sentences: []model.Span{{Start: 0, End: 4, Text: "One."}}}}, nil
	}
	u.importFiles([]string{"/data/ok.txt", "/data/bad.csv"})
	if docs, _ := f.Documents(context.Background()); len(docs) != 1 {
		t.Errorf("a failed batch stored %d documents", len(docs)-1)
	}
	if u.win.Canvas().Overlays().Top() == nil {
		t.Fatal("no error dialog")
	}
	if err := namingFile("/data/bad.csv", errors.New("line 3: bad quote")); !strings.Contains(err.Error(), "bad.csv") {
		t.Errorf("error %q does not name the file", err)
	}
}

func TestImportableFilesOfAFolder(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"b.md", "a.txt", "c.pdf", ".hidden.txt", "d.JSONL"} {
		os.WriteFile(filepath.Join(dir, n), []byte("x"), 0o644)
	}
	got, err := importable(dir)
	if err != nil || strings.Join(got, " ") != "a.txt b.md d.JSONL" {
		t.Errorf("importable = %v, %v", got, err)
	}
}

func TestExportJSONL(t *testing.T) {
	f := newFakeBackend()
	doc := kursk(f)
	f.addDoc("Other", []string{"One."})
	u := newTestUI(t, f)
	press(u, "12")
	out := filepath.Join(t.TempDir(), "out.jsonl")
	shortcut(u, scExport)
	e := u.exporter
	if e == nil || e.choice().format != "jsonl" {
		t.Fatal("Ctrl+E did not show the export dialog")
	}
	e.dest.SetText(out)
	e.scope.SetSelected("This article")
	e.annotators.SetSelected(e.annotators.Options[1])
	e.d.Confirm()
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	lines := 0
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	for sc.Scan() {
		lines++
		if !strings.Contains(sc.Text(), `"alice"`) {
			t.Errorf("line without the annotator: %s", sc.Text())
		}
	}
	if lines != 2 {
		t.Errorf("%d lines exported, want the 2 tagged sentences of doc %d", lines, doc)
	}
	if !strings.Contains(u.status.saveState.Text, out) {
		t.Errorf("status %q", u.status.saveState.Text)
	}
}

func TestDeleteOpenArticle(t *testing.T) {
	f := newFakeBackend()
	kursk(f)
	other := f.addDoc("Other", []string{"One."})
	u := newTestUI(t, f)
	u.deleteDocument(u.doc.ID)
	if len(u.docs) != 1 || u.doc.ID != other {
		t.Errorf("after deleting the open article: library %d, open %d", len(u.docs), u.doc.ID)
	}
	u.deleteDocument(other)
	if len(u.sents) != 0 || u.win.Title() != "Veritag" {
		t.Errorf("empty library still shows %d sentences, title %q", len(u.sents), u.win.Title())
	}
	press(u, "1j")
}
