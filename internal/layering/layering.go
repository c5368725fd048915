// Package layering checks Veritag's layering rules against the real import
// graph as `go list -deps` reports it: which packages a package reaches,
// directly or through any chain of imports, not which import lines a grep
// finds.
package layering

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"strings"
)

// Rule says that the packages matching Packages (a go list pattern such as
// "./gui/...") must reach no package whose import path is one of Forbidden
// or lies below it.
type Rule struct {
	Packages  string
	Forbidden []string
}

// Rules are the layering rules of DESIGN.md "Layout".
var Rules = []Rule{
	{Packages: "./gui/...", Forbidden: []string{"database/sql", "github.com/mattn/go-sqlite3", "github.com/jackc/pgx/v5", "fyne.io/fyne/v2/app"}},
	{Packages: "./data/...", Forbidden: []string{"fyne.io/fyne"}},
	{Packages: "./cmd/veritag-cli", Forbidden: []string{"fyne.io/fyne"}},
	{Packages: "./internal/...", Forbidden: []string{"fyne.io/fyne/v2/app"}},
}

// Violation is one package that reaches a package its rule forbids.
type Violation struct {
	Package   string // the package breaking the rule
	Reaches   string // the forbidden package it reaches
	Forbidden string // the rule's entry that Reaches falls under
}

func (v Violation) String() string {
	return fmt.Sprintf("%s reaches %s (forbidden: %s)", v.Package, v.Reaches, v.Forbidden)
}

// Check runs go list in the module at dir for every rule and returns the
// violations, in the order go list reports them. Test-only imports do not
// count: they are not part of what ships.
func Check(ctx context.Context, dir string, rules []Rule) ([]Violation, error) {
	var out []Violation
	for _, r := range rules {
		graph, err := reaches(ctx, dir, r.Packages)
		if err != nil {
			return nil, err
		}
		for _, pkg := range graph {
			for _, dep := range pkg.deps {
				for _, bad := range r.Forbidden {
					if dep == bad || strings.HasPrefix(dep, bad+"/") {
						out = append(out, Violation{Package: pkg.path, Reaches: dep, Forbidden: bad})
					}
				}
			}
		}
	}
	return out, nil
}

// reachable is one package and every package it reaches.
type reachable struct {
	path string
	deps []string
}

// reaches lists the packages matching pattern with their transitive
// dependencies (go list's Deps: the same set `go list -deps` prints).
func reaches(ctx context.Context, dir, pattern string) ([]reachable, error) {
	cmd := exec.CommandContext(ctx, "go", "list", "-f", "{{.ImportPath}}{{range .Deps}} {{.}}{{end}}", pattern)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	raw, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list %s: %v: %s", pattern, err, strings.TrimSpace(stderr.String()))
	}
	var out []reachable
	for line := range strings.Lines(string(raw)) {
		fields := strings.Fields(line)
		if len(fields) > 0 {
			out = append(out, reachable{path: fields[0], deps: fields[1:]})
		}
	}
	return out, nil
}
