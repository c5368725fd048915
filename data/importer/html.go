package importer

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/veritag/veritag/data/model"
)

// maxHTMLSize is the largest page whose article is looked for, in bytes:
// saved news pages are well under 5 MB, and extraction of a bigger one
// would take seconds and gigabytes.
const maxHTMLSize = 32 << 20

// readHTML reads a saved web page as one document: the article alone, as
// go-trafilatura finds it, its headings marked, its title, byline, date and
// standfirst as the document's metadata. A page with no article text is
// refused, or with Options.WholePage imported whole with a warning.
func (s *source) readHTML(text string) ([]model.ImportDoc, *Error) {
	if len(text) > maxHTMLSize {
		return nil, errorf(0, "HTML page too large to look for an article in (%d MB; the limit is %d MB)", len(text)>>20, maxHTMLSize>>20)
	}
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return nil, errorf(0, "invalid HTML: %v", err)
	}
	whole := wholePage(doc)
	if strings.TrimSpace(whole) == "" {
		return nil, errorf(0, "no article text found (only scripts, styles, navigation or markup)")
	}
	if a, ok := extractArticle(doc); ok {
		return s.fromBlocks(a.blocks, a.title, a.meta)
	}
	if !s.opt.WholePage {
		return nil, errorf(0, "no article text found in the page (only menus, links or boxes); import it with --whole-page to take all of its text")
	}
	docs, e := s.single(whole, pageTitle(doc), textLineKind)
	if e == nil {
		docs[0].Warning = "no article found: the whole page was imported, menus and boxes included"
	}
	return docs, e
}

// pageTitle is the page's first <h1>, else its <title>.
func pageTitle(doc *html.Node) string {
	if h1 := find(doc, atom.H1); h1 != nil {
		return textLines(h1)
	}
	if t := find(doc, atom.Title); t != nil {
		return textLines(t)
	}
	return ""
}
