package importer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/veritag/veritag/data/model"
)

// expectedPage is a hand-written expected result (testdata/news/*.txt):
// "title: " and "summary: " lines, then the body, headings as "## " lines.
type expectedPage struct {
	title, summary string
	body           []string
	headings       []string
}

func readExpected(t *testing.T, path string) expectedPage {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var e expectedPage
	for _, l := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
		switch {
		case strings.HasPrefix(l, "title: "):
			e.title = strings.TrimPrefix(l, "title: ")
		case strings.HasPrefix(l, "summary: "):
			e.summary = strings.TrimPrefix(l, "summary: ")
		case strings.HasPrefix(l, "## "):
			e.headings = append(e.headings, l[3:])
			e.body = append(e.body, l[3:])
		default:
			e.body = append(e.body, l)
		}
	}
	return e
}

// shingles counts the 4-token shingles of s (tokens: lowercased runs of
// letters and digits), as article-extraction benchmarks score bodies.
func shingles(s string) map[string]int {
	tokens := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	out := map[string]int{}
	for i := 0; i+4 <= len(tokens); i++ {
		out[strings.Join(tokens[i:i+4], " ")]++
	}
	return out
}

// shingleF1 scores an extracted body against the expected one.
func shingleF1(got, want string) (precision, recall, f1 float64) {
	g, w := shingles(got), shingles(want)
	ng, nw, common := 0, 0, 0
	for k, n := range g {
		ng += n
		common += min(n, w[k])
	}
	for _, n := range w {
		nw += n
	}
	if ng == 0 || nw == 0 || common == 0 {
		return 0, 0, 0
	}
	precision, recall = float64(common)/float64(ng), float64(common)/float64(nw)
	return precision, recall, 2 * precision * recall / (precision + recall)
}

// bodyOf is a document's text without its navigation lines.
func bodyOf(d model.ImportDoc) string {
	var parts []string
	for _, s := range d.Sentences {
		if s.Kind.Counted() {
			parts = append(parts, s.Text)
		}
	}
	return strings.Join(parts, "\n")
}

// TestNewsPagesImportAsArticle imports pages written to look like Italian
// and English news sites (cookie banners, menus, tickers, share bars,
// "Leggi anche" boxes inside the article, tags, newsletter boxes, related
// teasers, comments, footers) and scores the body against the expected
// one by token-shingle F1. Every heading must be marked, the title and the
// standfirst must be metadata, not text.
func TestNewsPagesImportAsArticle(t *testing.T) {
	pages, _ := filepath.Glob("testdata/news/*.html")
	if len(pages) < 10 {
		t.Fatalf("%d test pages, want at least 10", len(pages))
	}
	var sumF1 float64
	for _, page := range pages {
		name := filepath.Base(page)
		want := readExpected(t, strings.TrimSuffix(page, ".html")+".txt")
		d := readOne(t, page, Options{})
		p, r, f1 := shingleF1(bodyOf(d), strings.Join(want.body, "\n"))
		sumF1 += f1
		t.Logf("%-22s precision %.3f recall %.3f F1 %.3f", name, p, r, f1)
		if f1 < 0.9 {
			t.Errorf("%s: F1 %.3f below 0.9; body:\n%s", name, f1, bodyOf(d))
		}
		if d.Title != want.title {
			t.Errorf("%s: title %q, want %q", name, d.Title, want.title)
		}
		if want.summary != "" && d.Meta.Summary != want.summary {
			t.Errorf("%s: summary %q, want %q", name, d.Meta.Summary, want.summary)
		}
		var heads []string
		for _, s := range d.Sentences {
			if s.Kind == model.KindHeading {
				heads = append(heads, s.Text)
			}
			if s.Text == want.title || want.summary != "" && s.Text == want.summary {
				t.Errorf("%s: %q is metadata, not a sentence", name, s.Text)
			}
		}
		if strings.Join(heads, "|") != strings.Join(want.headings, "|") {
			t.Errorf("%s: headings %q, want %q", name, heads, want.headings)
		}
	}
	mean := sumF1 / float64(len(pages))
	t.Logf("mean token-shingle F1 over %d pages: %.3f", len(pages), mean)
	if mean < 0.97 {
		t.Errorf("mean F1 %.3f below the floor 0.97", mean)
	}
}
