package importer

import (
	"strings"
	"unicode"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/veritag/veritag/data/model"
)

// article is what extraction found in a page: its title, what the page says
// about it, and its body as blocks.
type article struct {
	title  string
	meta   model.Meta
	blocks []block
}

// extractOptions are go-trafilatura's settings, built once for every page:
// its own extraction compared with its readability and DOM-distiller
// fallbacks (the combination that scores best on news benchmarks),
// comments left out, and only the quick date search (the extensive one
// costs more than the rest of the extraction together).
var extractOptions = trafilatura.Options{
	EnableFallback:  true,
	ExcludeComments: true,
	HtmlDateMode:    trafilatura.Fast,
	Config:          trafilatura.DefaultConfig(),
}

// extractArticle finds the article in a parsed page with go-trafilatura and
// turns its result into blocks: headings marked, the title and the
// standfirst moved to metadata, related-link, share and tag lines dropped.
// ok is false when the page holds no article text at all.
func extractArticle(doc *html.Node) (a article, ok bool) {
	dropChrome(doc)
	defer func() {
		if recover() != nil { // a library bug on a strange page: no article found
			a, ok = article{}, false
		}
	}()
	res, err := trafilatura.ExtractDocument(doc, extractOptions)
	if err != nil || res == nil || res.ContentNode == nil {
		return a, false
	}
	md := res.Metadata
	a.title = oneLine(md.Title)
	a.meta = model.Meta{Byline: oneLine(md.Author), Summary: oneLine(md.Description)}
	if !md.Date.IsZero() {
		a.meta.Published = md.Date.Format("2006-01-02")
	}
	a.blocks = cleanBlocks(blocksOf(res.ContentNode), &a)
	return a, len(a.blocks) > 0
}

// cleanBlocks drops from an extracted body what is not the story: the
// title repeated as a heading, the standfirst and the byline (kept as
// metadata), and lines that only point elsewhere (related links, share
// prompts, tag lists).
func cleanBlocks(blocks []block, a *article) []block {
	out := blocks[:0]
	for i, bl := range blocks {
		switch {
		case isNavLine(bl.text):
			continue
		case i < 4 && a.title != "" && sameText(bl.text, a.title):
			continue
		case i < 4 && a.meta.Summary != "" && sameText(bl.text, a.meta.Summary):
			continue
		case i < 4 && isByline(bl.text, a.meta.Byline):
			continue
		}
		out = append(out, bl)
	}
	if a.title == "" && len(out) > 0 && out[0].kind == model.KindHeading {
		a.title = out[0].text
		out = out[1:]
	}
	return out
}

// sameText reports whether two lines say the same, ignoring case, spacing
// and punctuation; a page title that adds the site's name ("Title | Site")
// is the same as the headline.
func sameText(line, title string) bool {
	l, t := letters(line), letters(title)
	if l == "" {
		return false
	}
	return l == t || len(l) >= 20 && strings.HasPrefix(t, l)
}

// letters is s lowercased with only its letters and digits.
func letters(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

// isByline reports whether a short line near the top names the author
// ("By Tom Hartley", "di Giulia Ferraris · 14 luglio 2026").
func isByline(line, author string) bool {
	if len(strings.Fields(line)) > 15 {
		return false
	}
	l := strings.ToLower(line)
	if author != "" && strings.Contains(letters(line), letters(author)) {
		return true
	}
	for _, p := range []string{"by ", "di ", "da ", "a cura di "} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// dropChrome removes what is never the article, even when go-trafilatura
// falls back to the page's whole text: elements a browser does not show
// (hidden, aria-hidden="true") and navigation menus. A line break becomes
// a space, which go-trafilatura's fallback would otherwise drop, gluing
// the words on either side.
func dropChrome(doc *html.Node) {
	var gone []*html.Node
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		if n.DataAtom == atom.Br && n.FirstChild == nil {
			n.AppendChild(&html.Node{Type: html.TextNode, Data: " "})
		}
		if n.DataAtom == atom.Nav {
			gone = append(gone, n)
			continue
		}
		for _, at := range n.Attr {
			if at.Key == "hidden" || at.Key == "aria-hidden" && at.Val == "true" || at.Key == "role" && at.Val == "navigation" {
				gone = append(gone, n)
				break
			}
		}
	}
	for _, n := range gone {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

// headings are the elements whose text is a heading.
var headings = map[atom.Atom]bool{
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
}

// blocksOf turns extracted HTML into blocks: one per heading, paragraph,
// list item, quote, table cell and line of preformatted text, whitespace
// collapsed.
func blocksOf(root *html.Node) []block {
	var out []block
	var cur strings.Builder
	flush := func(kind model.Kind) {
		if t := oneLine(cur.String()); t != "" {
			out = append(out, block{kind: kind, text: t})
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			cur.WriteString(n.Data)
			return
		case n.Type != html.ElementNode && n.Type != html.DocumentNode:
			return
		case headings[tagOf(n)]:
			flush("")
			cur.WriteString(textOf(n))
			flush(model.KindHeading)
			return
		case tagOf(n) == atom.Br || n.Data == "lb": // go-trafilatura's line break
			flush("")
			return
		case tagOf(n) == atom.Pre:
			flush("")
			for line := range strings.Lines(textOf(n)) {
				cur.WriteString(line)
				flush("")
			}
			return
		}
		block := n.Type == html.ElementNode && blocks[tagOf(n)]
		if block {
			flush("")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush("")
		}
	}
	walk(root)
	flush("")
	return out
}

// tagOf is n's element type: go-trafilatura makes elements with only
// their name set.
func tagOf(n *html.Node) atom.Atom {
	if n.DataAtom == 0 {
		return atom.Lookup([]byte(n.Data))
	}
	return n.DataAtom
}

// textOf is all the text under n.
func textOf(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}
