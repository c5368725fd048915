package main

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/veritag/veritag/assets"
)

// annotationsOf returns "doc:idx:annotator" -> "label|confidence|note" for
// every annotation in a database, keyed by sentence text so that document
// ids may differ between databases.
func annotationsOf(t *testing.T, db string) map[string]string {
	t.Helper()
	out := map[string]string{}
	list, _, _ := cli(t, "", "list", "--db", db)
	for _, line := range strings.Split(strings.TrimSpace(list), "\n") {
		doc := strings.Split(line, "\t")[0]
		js, errs, code := cli(t, "", "show", "--db", db, "--json", doc)
		if code != 0 {
			t.Fatalf("show %s: %s", doc, errs)
		}
		var shown struct {
			Sentences []struct {
				Text        string
				Annotations []struct {
					Annotator, Label, Note string
					Confidence             *int
				}
			}
		}
		json.Unmarshal([]byte(js), &shown)
		for _, s := range shown.Sentences {
			for _, a := range s.Annotations {
				c := 0
				if a.Confidence != nil {
					c = *a.Confidence
				}
				out[s.Text+"\x00"+a.Annotator] = fmt.Sprintf("%s|%d|%s", a.Label, c, a.Note)
			}
		}
	}
	return out
}

func TestExportImportRoundTrip(t *testing.T) {
	db, doc := sampleDB(t)
	notes := []string{"plain", "with \"quotes\", commas, and\na newline", "accenti: perché, città — «sì»"}
	for i, ann := range []string{"ann1", "ann2", "ann3"} {
		for s := 0; s < 6; s++ {
			args := []string{"tag", "--db", db, "--annotator", ann, "--note", notes[(i+s)%3], "--confidence", fmt.Sprint(1 + (i+s)%3), doc, fmt.Sprint(s + i), []string{"CLAIM", "FACT", "SPECULATION"}[(s+i)%3]}
			if _, errs, code := cli(t, "", args...); code != 0 {
				t.Fatalf("%v: %s", args, errs)
			}
		}
	}
	want := annotationsOf(t, db)
	for _, format := range []string{"jsonl", "labelstudio"} {
		t.Run(format, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "export."+map[string]string{"jsonl": "jsonl", "labelstudio": "json"}[format])
			if _, errs, code := cli(t, "", "export", "--db", db, "--format", format, "--out", out); code != 0 {
				t.Fatalf("export: %s", errs)
			}
			fresh := filepath.Join(t.TempDir(), "fresh.db")
			if _, errs, code := cli(t, "", "import", "--db", fresh, out); code != 0 {
				t.Fatalf("import: %s", errs)
			}
			if got := annotationsOf(t, fresh); !reflect.DeepEqual(got, want) {
				t.Errorf("round trip lost annotations:\n got %d %v\nwant %d %v", len(got), got, len(want), want)
			}
			before, _, _ := cli(t, "", "list", "--db", db)
			if _, errs, code := cli(t, "", "import", "--db", db, out); code != 0 {
				t.Fatalf("import into the source database: %s", errs)
			}
			if after, _, _ := cli(t, "", "list", "--db", db); after != before {
				t.Errorf("importing an export into its own database added documents: %q -> %q", before, after)
			}
			if got := annotationsOf(t, db); !reflect.DeepEqual(got, want) {
				t.Errorf("importing an export into its own database changed annotations")
			}
		})
	}
}

// alpha computes nominal Krippendorff's alpha from its definition (the
// coincidence matrix), independently of data/agree.
func alpha(items []map[string]string) float64 {
	o := map[[2]string]float64{}
	n := 0.0
	for _, it := range items {
		m := float64(len(it))
		if m < 2 {
			continue
		}
		var vals []string
		for _, v := range it {
			vals = append(vals, v)
		}
		for i := range vals {
			for j := range vals {
				if i != j {
					o[[2]string{vals[i], vals[j]}] += 1 / (m - 1)
				}
			}
		}
		n += m
	}
	nc := map[string]float64{}
	for k, v := range o {
		nc[k[0]] += v
	}
	do, de := 0.0, 0.0
	for k, v := range o {
		if k[0] != k[1] {
			do += v
		}
	}
	for c, x := range nc {
		for d, y := range nc {
			if c != d {
				de += x * y
			}
		}
	}
	return 1 - (n-1)*do/de
}

func TestThreeAnnotatorsMergeAndAgreement(t *testing.T) {
	dir := t.TempDir()
	seed := filepath.Join(dir, "kursk.txt")
	os.WriteFile(seed, []byte(assets.SampleArticle), 0o644)
	labels := []string{"CLAIM", "FACT", "SPECULATION"}
	rng := rand.New(rand.NewSource(7))
	items := map[int]map[string]string{}
	var dbs []string
	for _, ann := range []string{"anna", "bruno", "carla"} {
		db := filepath.Join(dir, ann+".db")
		out, _, _ := cli(t, "", "import", "--db", db, seed)
		doc := strings.Split(out, "\t")[0]
		var lines strings.Builder
		for s := 0; s < 20; s++ {
			if rng.Intn(5) == 0 {
				continue // missing values
			}
			l := labels[(s+rng.Intn(2))%3]
			if items[s] == nil {
				items[s] = map[string]string{}
			}
			items[s][ann] = l
			fmt.Fprintf(&lines, "%s %d %s\n", doc, s, l)
		}
		if _, errs, code := cli(t, lines.String(), "tag", "--db", db, "--annotator", ann, "--stdin"); code != 0 {
			t.Fatalf("tag: %s", errs)
		}
		dbs = append(dbs, db)
	}
	team := filepath.Join(dir, "team.db")
	cli(t, "", "import", "--db", team, seed)
	for round := 0; round < 2; round++ {
		if _, errs, code := cli(t, "", append([]string{"merge", "--db", team}, dbs...)...); code != 0 {
			t.Fatalf("merge: %s", errs)
		}
	}
	if list, _, _ := cli(t, "", "list", "--db", team); strings.Count(list, "\n") != 1 {
		t.Fatalf("merge duplicated documents: %q", list)
	}
	out, errs, code := cli(t, "", "agreement", "--db", team, "--json")
	if code != 0 {
		t.Fatalf("agreement: %s", errs)
	}
	var rep struct {
		Items             int
		Annotators        []string
		PercentAgreement  *float64 `json:"percent_agreement"`
		KrippendorffAlpha *float64 `json:"krippendorff_alpha"`
		CohenKappa        []struct {
			A, B  string
			Items int
		} `json:"cohen_kappa"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	var list []map[string]string
	keys := make([]int, 0, len(items))
	for k := range items {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	counted := 0
	itemPct := 0.0
	for _, k := range keys {
		it := items[k]
		list = append(list, it)
		if len(it) < 2 {
			continue
		}
		counted++
		var vals []string
		for _, v := range it {
			vals = append(vals, v)
		}
		a, p := 0, 0
		for i := range vals {
			for j := i + 1; j < len(vals); j++ {
				p++
				if vals[i] == vals[j] {
					a++
				}
			}
		}
		itemPct += float64(a) / float64(p)
	}
	if rep.Items != counted || len(rep.Annotators) != 3 || len(rep.CohenKappa) != 3 {
		t.Fatalf("report = %s", out)
	}
	if want := alpha(list); rep.KrippendorffAlpha == nil || math.Abs(*rep.KrippendorffAlpha-want) > 1e-9 {
		t.Errorf("alpha = %v, independent computation %v", rep.KrippendorffAlpha, want)
	}
	if want := itemPct / float64(counted); rep.PercentAgreement == nil || math.Abs(*rep.PercentAgreement-want) > 1e-9 {
		t.Errorf("percent agreement = %v, independent computation %v", rep.PercentAgreement, want)
	}
}
