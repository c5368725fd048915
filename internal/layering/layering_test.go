package layering

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestRepositoryKeepsItsLayers checks this repository against Rules: a
// wrong import anywhere in gui/, data/ or the CLI fails `make lint` and
// `make test` here.
func TestRepositoryKeepsItsLayers(t *testing.T) {
	got, err := Check(context.Background(), "../..", Rules)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range got {
		t.Error(v)
	}
}

// TestCheckCatchesWrongImports builds a small module whose gui package
// reaches database/sql through a helper package and whose data package
// imports a fyne stand-in, and expects Check to name both, while the clean
// packages pass.
func TestCheckCatchesWrongImports(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "go.mod", "module example.org/app\n\ngo 1.26\n\nrequire fyne.io/fyne/v2 v2.0.0\n\nreplace fyne.io/fyne/v2 => ./fynestub\n")
	write(t, dir, "fynestub/go.mod", "module fyne.io/fyne/v2\n\ngo 1.26\n")
	write(t, dir, "fynestub/widget/widget.go", "package widget\n\n// Label stands in for fyne's.\ntype Label struct{}\n")
	write(t, dir, "gui/screen.go", "package gui\n\nimport (\n\t_ \"example.org/app/data/store\"\n\t_ \"fyne.io/fyne/v2/widget\"\n)\n")
	write(t, dir, "gui/widget/card.go", "package widget\n\nimport _ \"fyne.io/fyne/v2/widget\"\n")
	write(t, dir, "data/store/store.go", "package store\n\nimport _ \"database/sql\"\n")
	write(t, dir, "data/export/export.go", "package export\n\nimport _ \"fyne.io/fyne/v2/widget\"\n")
	write(t, dir, "data/model/model.go", "package model\n")
	write(t, dir, "cmd/veritag-cli/main.go", "package main\n\nimport _ \"example.org/app/data/model\"\n\nfunc main() {}\n")

	got, err := Check(context.Background(), dir, Rules[:3])
	if err != nil {
		t.Fatal(err)
	}
	want := map[Violation]bool{
		{Package: "example.org/app/gui", Reaches: "database/sql", Forbidden: "database/sql"}:                   true,
		{Package: "example.org/app/gui", Reaches: "database/sql/driver", Forbidden: "database/sql"}:            true,
		{Package: "example.org/app/data/export", Reaches: "fyne.io/fyne/v2/widget", Forbidden: "fyne.io/fyne"}: true,
	}
	for _, v := range got {
		if !want[v] {
			t.Errorf("unexpected violation: %s", v)
		}
		delete(want, v)
	}
	for v := range want {
		t.Errorf("missed violation: %s", v)
	}
}

func write(t *testing.T, dir, name, text string) {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
