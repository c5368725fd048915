package export

import (
	"fmt"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
)

func TestBrat(t *testing.T) {
	dir := tempOut(t, "brat")
	docs := sampleDocs(t)
	if w := export(t, "brat", dir, Options{}, docs); w.Ties() != 1 {
		t.Errorf("%d ties counted, want 1", w.Ties())
	}
	names := listDir(t, dir)
	sort.Strings(names)
	if !reflect.DeepEqual(names, []string{"1.ann", "1.txt", "2.ann", "2.txt", "annotation.conf"}) {
		t.Fatalf("files = %v", names)
	}
	conf := readFile(t, filepath.Join(dir, "annotation.conf"))
	if !strings.Contains(conf, "[entities]\nCLAIM\nFACT\nSPECULATION\n[relations]\n[events]\n[attributes]\n") {
		t.Errorf("annotation.conf:\n%s", conf)
	}
	// One T per sentence with its final label, none for the tie (1:2);
	// who chose what where annotators differ from it, and every note.
	want := map[string][]string{
		"1": {
			"T1 FACT Il ruolo delle truppe nordcoreane 🇰🇵 nella regione di Kursk",
			"#1 T1 alice's note: Titolo, \"non\" frase seconda riga, ‘ok’",
			"T2 CLAIM Secondo Lavrov, l’impegno “a costo di sangue” è stato decisivo 😀.",
			"#2 T2 alice: CLAIM; bob: CLAIM; carol: SPECULATION | alice's note: attribuita a «Lavrov» | carol's note: tab here | pipe",
		},
		"2": {
			"T1 CLAIM Emoji 👩‍👩‍👧 in famiglia.",
			"#1 T1 alice's note: 👩‍👩‍👧",
			"T2 FACT Seconda frase, più breve.",
			"#2 T2 alice: CLAIM; bob: SPECULATION",
		},
	}
	for _, d := range docs {
		id := strconv.FormatInt(d.ID, 10)
		name := filepath.Join(dir, id)
		txt := readFile(t, name+".txt")
		if txt != d.Text {
			t.Errorf("%s.txt differs from the document text", name)
		}
		got := parseAnn(t, readFile(t, name+".ann"), txt)
		if !reflect.DeepEqual(got, want[id]) {
			t.Errorf("%s.ann:\n got %q\nwant %q", name, got, want[id])
		}
	}
}

// brat never gets two T over one span: a sentence sits under one label.
func TestBratOneSpanPerSentence(t *testing.T) {
	dir := tempOut(t, "brat")
	docs := sampleDocs(t)
	export(t, "brat", dir, Options{}, docs)
	for _, d := range docs {
		spans := map[string]string{}
		for _, line := range strings.Split(readFile(t, filepath.Join(dir, strconv.FormatInt(d.ID, 10)+".ann")), "\n") {
			f := strings.Split(line, "\t")
			if !strings.HasPrefix(line, "T") || len(f) < 2 {
				continue
			}
			_, span, _ := strings.Cut(f[1], " ")
			if spans[span] != "" {
				t.Errorf("document %d: %s and %s over %s", d.ID, spans[span], f[0], span)
			}
			spans[span] = f[0]
		}
	}
}

// parseAnn reads brat standoff as brat does and returns, per T, its id,
// type and the .txt covered from its first to its last fragment (checking
// each fragment's text against the .txt), and per note its id, target and
// text.
func parseAnn(t *testing.T, ann, txt string) []string {
	t.Helper()
	var out []string
	ids := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSuffix(ann, "\n"), "\n") {
		f := strings.SplitN(line, "\t", 3)
		if len(f) != 3 {
			t.Fatalf("bad line %q", line)
		}
		switch f[0][0] {
		case 'T':
			typ, spans, _ := strings.Cut(f[1], " ")
			var texts []string
			first, last := -1, -1
			for _, frag := range strings.Split(spans, ";") {
				var start, end int
				if _, err := fmt.Sscan(frag, &start, &end); err != nil {
					t.Fatalf("bad offsets %q in %q", frag, line)
				}
				texts = append(texts, slice(t, txt, start, end))
				if first < 0 {
					first = start
				}
				last = end
			}
			if strings.Join(texts, " ") != f[2] {
				t.Errorf("%s: fragments %q, text field %q", f[0], texts, f[2])
			}
			ids[f[0]] = true
			out = append(out, f[0]+" "+typ+" "+slice(t, txt, first, last))
		case '#':
			kind, target, _ := strings.Cut(f[1], " ")
			if kind != "AnnotatorNotes" || !ids[target] {
				t.Errorf("note %q refers to %q", line, target)
			}
			out = append(out, f[0]+" "+target+" "+f[2])
		default:
			t.Errorf("unexpected line %q", line)
		}
	}
	return out
}
