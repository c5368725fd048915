package importer

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipped are elements whose content is never page text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Iframe: true,
	atom.Svg: true, atom.Template: true, atom.Head: true, atom.Button: true,
	atom.Select: true, atom.Object: true, atom.Textarea: true,
}

// blocks are elements that start and end a line of text.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Figure: true, atom.Figcaption: true,
	atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Caption: true,
	atom.Hr: true, atom.Address: true, atom.Details: true, atom.Summary: true, atom.Br: true,
	atom.Header: true, atom.Footer: true, atom.Nav: true, atom.Aside: true, atom.Form: true,
}

// wholePage is the visible text of the page's <body>, one line per block.
func wholePage(doc *html.Node) string {
	if body := find(doc, atom.Body); body != nil {
		return textLines(body)
	}
	return textLines(doc)
}

// find returns the first element a under n.
func find(n *html.Node, a atom.Atom) *html.Node {
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == a {
			return d
		}
	}
	return nil
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
			if skipped[n.DataAtom] || hasAttr(n, "hidden") {
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

// hasAttr reports whether n has the attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}
