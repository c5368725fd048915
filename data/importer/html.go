package importer

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/veritag/veritag/data/model"
)

// skipped are elements whose content is never article text. header is
// skipped only outside an <article>, where it is site chrome.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Nav: true, atom.Footer: true,
	atom.Aside: true, atom.Form: true, atom.Noscript: true, atom.Iframe: true,
	atom.Svg: true, atom.Template: true, atom.Head: true, atom.Button: true,
	atom.Select: true, atom.Object: true, atom.Header: true,
}

// blocks are elements that start and end a line of text.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Figure: true, atom.Figcaption: true,
	atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Caption: true,
	atom.Hr: true, atom.Address: true, atom.Details: true, atom.Summary: true, atom.Br: true,
}

// readHTML reads an HTML page as one document: the text of its <article>
// (the longest, when there are several), else <main>, else <body>, one line
// per heading, paragraph, list item or other block. The title is the first
// <h1> of that text, else <title>.
func (s *source) readHTML(text string) ([]model.ImportDoc, *Error) {
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return nil, errorf(0, "invalid HTML: %v", err)
	}
	root := pickRoot(doc)
	body := textLines(root)
	if strings.TrimSpace(body) == "" {
		return nil, errorf(0, "no article text found (only scripts, styles, navigation or markup)")
	}
	title := ""
	if h1 := find(root, atom.H1); h1 != nil {
		title = textLines(h1)
	} else if t := find(doc, atom.Title); t != nil {
		title = textLines(t)
	}
	return s.single(body, title)
}

// pickRoot returns the element holding the article text. Nested articles
// (comments, related items) are never preferred to the one around them.
func pickRoot(doc *html.Node) *html.Node {
	var best *html.Node
	bestLen := -1
	for n := range doc.Descendants() {
		if n.DataAtom == atom.Article && n.Type == html.ElementNode && !inSkipped(n) && !inArticle(n) {
			if l := len(textLines(n)); l > bestLen {
				best, bestLen = n, l
			}
		}
	}
	if best != nil {
		return best
	}
	for _, a := range []atom.Atom{atom.Main, atom.Body} {
		if n := find(doc, a); n != nil {
			return n
		}
	}
	return doc
}

// find returns the first element a under n outside skipped elements.
func find(n *html.Node, a atom.Atom) *html.Node {
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == a && (a == atom.Title || !inSkipped(d)) {
			return d
		}
	}
	return nil
}

// inSkipped reports whether n is inside an element that is never text.
func inSkipped(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && skip(p) {
			return true
		}
	}
	return false
}

// skip reports whether element n holds no article text.
func skip(n *html.Node) bool {
	if n.DataAtom == atom.Header && inArticle(n) {
		return false
	}
	return skipped[n.DataAtom] || hasAttr(n, "hidden")
}

// inArticle reports whether n is inside an <article> (the parser bounds the
// depth to 512).
func inArticle(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Article {
			return true
		}
	}
	return false
}

// hasAttr reports whether n has the attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// textLines returns the text under n, whitespace collapsed, one line per
// block element (line breaks kept inside <pre>).
func textLines(n *html.Node) string {
	var lines []string
	var cur strings.Builder
	flush := func() {
		if l := oneLine(cur.String()); l != "" {
			lines = append(lines, l)
		}
		cur.Reset()
	}
	var walk func(n *html.Node, pre bool)
	walk = func(n *html.Node, pre bool) {
		switch n.Type {
		case html.TextNode:
			if !pre {
				cur.WriteString(n.Data)
				return
			}
			for i, part := range strings.Split(n.Data, "\n") {
				if i > 0 {
					flush()
				}
				cur.WriteString(part)
			}
			return
		case html.ElementNode:
			if skip(n) {
				return
			}
			pre = pre || n.DataAtom == atom.Pre
		}
		block := n.Type == html.ElementNode && blocks[n.DataAtom]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, pre)
		}
		if block {
			flush()
		}
	}
	walk(n, false)
	flush()
	return strings.Join(lines, "\n")
}
