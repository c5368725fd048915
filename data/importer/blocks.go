package importer

import (
	"github.com/veritag/veritag/data/model"
)

// block is one line of a structured document: a heading, a navigation line
// or a paragraph (a list item, a quote) of running text.
type block struct {
	kind model.Kind // KindHeading, KindNav, or "" for running text
	text string     // one line, whitespace collapsed
}

// fromBlocks makes blocks one document, one line each. Running text is
// split into sentences; a heading or a navigation line is one span of its
// kind.
func (s *source) fromBlocks(blocks []block, title string, meta model.Meta) ([]model.ImportDoc, *Error) {
	all := make([]byte, 0, 4096)
	for _, bl := range blocks {
		all = append(all, bl.text...)
		all = append(all, ' ')
	}
	b := &builder{lang: s.lang("", string(all))}
	for i, bl := range blocks {
		if i > 0 {
			b.write("\n")
		}
		if bl.kind == "" {
			b.gap(bl.text)
		} else {
			b.sentence(bl.text, bl.kind)
		}
	}
	d := model.ImportDoc{Title: title, Meta: meta}
	if err := b.finish(&d, 0); err != nil {
		return nil, err
	}
	return []model.ImportDoc{d}, nil
}
