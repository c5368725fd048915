package export

import (
	"fmt"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/veritag/veritag/data/agree"
	"github.com/veritag/veritag/data/model"
)

func TestHF(t *testing.T) {
	dir := tempOut(t, "hf")
	docs := sampleDocs(t)
	guidelines := "# Linee guida\n\n**FACT** — un fatto verificabile."
	export(t, "hf", dir, Options{Name: "Kursk: “test”", Guidelines: guidelines}, docs)
	names := listDir(t, dir)
	sort.Strings(names)
	if !reflect.DeepEqual(names, []string{"README.md", "data.jsonl"}) {
		t.Fatalf("files = %v", names)
	}
	plain := tempOut(t, "e.jsonl")
	export(t, "jsonl", plain, Options{}, docs)
	if readFile(t, filepath.Join(dir, "data.jsonl")) != readFile(t, plain) {
		t.Error("data.jsonl differs from the jsonl export")
	}

	card := readFile(t, filepath.Join(dir, "README.md"))
	header, body, ok := strings.Cut(strings.TrimPrefix(card, "---\n"), "\n---\n")
	if !strings.HasPrefix(card, "---\n") || !ok {
		t.Fatalf("no YAML header:\n%s", card)
	}
	keys := map[string][]string{} // top-level key -> its list items
	var key string
	for _, line := range strings.Split(header, "\n") {
		switch {
		case strings.HasPrefix(line, "- "):
			keys[key] = append(keys[key], strings.TrimPrefix(line, "- "))
		case !strings.HasPrefix(line, " "):
			k, v, _ := strings.Cut(line, ":")
			key = k
			keys[k] = nil
			if v = strings.TrimSpace(v); v != "" {
				keys[k] = []string{v}
			}
		}
	}
	for k, want := range map[string][]string{
		"language":        {`"en"`, `"it"`},
		"task_categories": {"text-classification"},
		"pretty_name":     {`"Kursk: “test”"`},
		"size_categories": {"n<1K"},
		"label_names":     {`"CLAIM"`, `"FACT"`, `"SPECULATION"`},
	} {
		if !reflect.DeepEqual(keys[k], want) {
			t.Errorf("YAML %s = %q, want %q", k, keys[k], want)
		}
	}
	if _, ok := keys["configs"]; !ok || !strings.Contains(header, "path: data.jsonl") {
		t.Errorf("YAML lacks configs for data.jsonl:\n%s", header)
	}

	var all []model.AnnotatedSentence
	for _, d := range docs {
		all = append(all, d.Sentences...)
	}
	r := agree.Compute(all)
	for _, want := range []string{
		"5 sentences from 2 news articles",
		"| FACT | " + model.DefaultLabels[1].Description + " | 2 | 3 |",
		"| CLAIM | " + model.DefaultLabels[0].Description + " | 2 | 4 |",
		"end in a tie (1)",
		"| alice | 5 |", "| bob | 4 |", "| carol | 1 |",
		fmt.Sprintf("| percent agreement | %.3f |", *r.PercentAgreement),
		fmt.Sprintf("| Krippendorff's alpha | %.3f |", *r.KrippendorffAlpha),
		"| Fleiss' kappa (on the 1 sentences labelled by all 3 annotators) |",
		fmt.Sprintf("| alice, bob | 4 | %.3f |", *r.CohenKappa[0].Kappa),
		guidelines,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("card lacks %q:\n%s", want, body)
		}
	}
}
