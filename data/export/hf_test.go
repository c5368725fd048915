package export

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/veritag/veritag/data/agree"
	"github.com/veritag/veritag/data/model"
	"gopkg.in/yaml.v3"
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
	var meta cardMeta
	if err := yaml.Unmarshal([]byte(header), &meta); err != nil {
		t.Fatalf("YAML header: %v\n%s", err, header)
	}
	if !reflect.DeepEqual(meta.Language, []string{"en", "it"}) || meta.License != "other" ||
		!reflect.DeepEqual(meta.TaskCategories, []string{"text-classification"}) || meta.PrettyName != "Kursk: “test”" ||
		!reflect.DeepEqual(meta.SizeCategories, []string{"n<1K"}) {
		t.Errorf("card metadata %+v", meta)
	}
	if len(meta.Configs) != 1 || len(meta.Configs[0].DataFiles) != 1 || meta.Configs[0].DataFiles[0].Path != "data.jsonl" {
		t.Errorf("configs %+v", meta.Configs)
	}
	if !strings.Contains(body, "**License: not chosen yet.**") {
		t.Error("card does not ask for a license")
	}
	features := map[string]cardFeature{}
	for _, f := range meta.DatasetInfo.Features {
		features[f.Name] = f
	}
	label := features["label"].Sequence.ClassLabel.Names
	if want := map[string]string{"0": "CLAIM", "1": "FACT", "2": "SPECULATION"}; !reflect.DeepEqual(label, want) {
		t.Errorf("label class_label names %v, want %v", label, want)
	}
	if n := meta.DatasetInfo.Splits; len(n) != 1 || n[0].NumExamples != 5 {
		t.Errorf("splits %+v", n)
	}

	// Every field of data.jsonl is a feature and is in the card's table.
	line, _, _ := strings.Cut(readFile(t, plain), "\n")
	var fields map[string]any
	if err := json.Unmarshal([]byte(line), &fields); err != nil {
		t.Fatal(err)
	}
	for name := range fields {
		if _, ok := features[name]; !ok {
			t.Errorf("data.jsonl field %q is not in dataset_info.features", name)
		}
		if !regexp.MustCompile("(?m)^\\| [^|]*`" + name + "`").MatchString(body) {
			t.Errorf("data.jsonl field %q is not described in the card's field table", name)
		}
	}
	if len(features) != len(fields) {
		t.Errorf("%d features for %d fields", len(features), len(fields))
	}
	var inner []string
	for _, f := range features["annotations"].List {
		inner = append(inner, f.Name)
		if !strings.Contains(body, "`"+f.Name+"`") {
			t.Errorf("annotations field %q is not described in the card", f.Name)
		}
	}
	if want := []string{"annotator", "label", "confidence", "note", "updated_at", "from_suggestion"}; !reflect.DeepEqual(inner, want) {
		t.Errorf("annotations features %q, want %q", inner, want)
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

// A chosen license is written as it is and nothing asks for one.
func TestHFLicense(t *testing.T) {
	dir := tempOut(t, "hf")
	export(t, "hf", dir, Options{License: "cc-by-4.0"}, sampleDocs(t))
	card := readFile(t, filepath.Join(dir, "README.md"))
	header, body, _ := strings.Cut(strings.TrimPrefix(card, "---\n"), "\n---\n")
	var meta cardMeta
	if err := yaml.Unmarshal([]byte(header), &meta); err != nil {
		t.Fatal(err)
	}
	if meta.License != "cc-by-4.0" || strings.Contains(body, "not chosen") {
		t.Errorf("license %q; body asks: %v", meta.License, strings.Contains(body, "not chosen"))
	}
}

// cardMeta is the dataset card metadata the Hub reads.
type cardMeta struct {
	Language       []string `yaml:"language"`
	License        string   `yaml:"license"`
	TaskCategories []string `yaml:"task_categories"`
	PrettyName     string   `yaml:"pretty_name"`
	SizeCategories []string `yaml:"size_categories"`
	Configs        []struct {
		ConfigName string `yaml:"config_name"`
		DataFiles  []struct {
			Split string `yaml:"split"`
			Path  string `yaml:"path"`
		} `yaml:"data_files"`
	} `yaml:"configs"`
	DatasetInfo struct {
		Features []cardFeature `yaml:"features"`
		Splits   []struct {
			Name        string `yaml:"name"`
			NumExamples int    `yaml:"num_examples"`
		} `yaml:"splits"`
	} `yaml:"dataset_info"`
}

// cardFeature is one feature of dataset_info.
type cardFeature struct {
	Name     string `yaml:"name"`
	Dtype    string `yaml:"dtype"`
	Sequence struct {
		ClassLabel struct {
			Names map[string]string `yaml:"names"`
		} `yaml:"class_label"`
	} `yaml:"sequence"`
	List []cardFeature `yaml:"list"`
}
