package importer

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkImportTxt imports about 4 MB of Italian news text (the sample
// article repeated) as one .txt document and reports sentences per second.
func BenchmarkImportTxt(b *testing.B) {
	raw, err := os.ReadFile(seed)
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(raw)+"\n", (4<<20)/(len(raw)+1))
	b.SetBytes(int64(len(text)))
	sentences := 0
	for b.Loop() {
		docs, err := readString("bench.txt", text, Options{Lang: "it"})
		if err != nil {
			b.Fatal(err)
		}
		sentences += len(docs[0].Sentences)
	}
	b.ReportMetric(float64(sentences)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkImportHTMLPages imports the saved news pages of testdata/news
// as a batch does, one file after another in one process, and reports
// pages per second (the issue asks for at least 50). Saved pages are
// heavier than ours, so each is weighed down to about 300 KB as real ones
// are: inline scripts and styles, a mega-menu and a hundred teaser cards.
func BenchmarkImportHTMLPages(b *testing.B) {
	paths, _ := filepath.Glob("testdata/news/*.html")
	if len(paths) == 0 {
		b.Fatal("no pages in testdata/news")
	}
	dir := b.TempDir()
	var files []string
	size := 0
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		heavy := bytes.Replace(raw, []byte("</body>"), []byte(pageWeight()+"</body>"), 1)
		heavy = bytes.Replace(heavy, []byte("<body"), []byte(menuWeight()+"<body"), 1)
		f := filepath.Join(dir, filepath.Base(p))
		if err := os.WriteFile(f, heavy, 0o644); err != nil {
			b.Fatal(err)
		}
		files = append(files, f)
		size += len(heavy)
	}
	b.ReportMetric(float64(size/len(files)>>10), "KB/page")
	pages := 0
	for b.Loop() {
		for _, f := range files {
			if _, err := ReadFile(f, Options{}); err != nil {
				b.Fatal(err)
			}
			pages++
		}
	}
	b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
}

// menuWeight is a head full of inline scripts and styles.
func menuWeight() string {
	var w strings.Builder
	w.WriteString("<head><script>")
	for i := range 1500 {
		fmt.Fprintf(&w, "window.__cfg%d={a:%d,b:'tracking-%d',c:[1,2,3]};\n", i, i, i)
	}
	w.WriteString("</script><style>")
	for i := range 800 {
		fmt.Fprintf(&w, ".c%d{margin:%dpx;padding:0 4px;color:#333}\n", i, i%40)
	}
	return w.String() + "</style></head>"
}

// pageWeight is a mega-menu and a hundred teaser cards with images.
func pageWeight() string {
	var w strings.Builder
	w.WriteString(`<div class="mega-menu"><ul>`)
	for i := range 300 {
		fmt.Fprintf(&w, `<li><a href="/section/%d">Section number %d</a></li>`, i, i)
	}
	w.WriteString(`</ul></div><section class="teasers">`)
	for i := range 100 {
		fmt.Fprintf(&w, `<div class="card"><a href="/story/%d"><img src="/img/%d.jpg" alt=""><h3>Teaser headline number %d about the news of the day</h3><p>A short standfirst for teaser %d that invites a click.</p></a></div>`, i, i, i, i)
	}
	return w.String() + "</section>"
}
