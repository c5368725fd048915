package gui

import (
	"context"
	"errors"

	"fyne.io/fyne/v2"
)

// browseBatch is how many sentences browse reads between looks at the
// filter.
const browseBatch = 2048

// errPageFull stops browse's read once it has a page of sentences.
var errPageFull = errors.New("page full")

// browse lists the first sentences, in article order, that the filter
// keeps. It streams them from the database in the background and filters
// them in batches on the UI thread, where the labels are, until a page is
// full: no copy of every sentence is kept for it.
func (s *searchView) browse() {
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	gen := s.gen
	s.u.spawn(func() {
		var hits, batch []searchHit
		filter := func() {
			fyne.DoAndWait(func() {
				for _, h := range batch {
					if len(hits) < searchShown && gen == s.gen && s.keep(h.docID, h.index) {
						hits = append(hits, h)
					}
				}
			})
			batch = batch[:0]
		}
		err := s.u.b.EachSentenceText(ctx, func(docID int64, index int, text string) error {
			batch = append(batch, searchHit{docID: docID, index: index, text: text})
			if len(batch) == browseBatch {
				filter()
			}
			if len(hits) == searchShown {
				return errPageFull
			}
			return ctx.Err()
		})
		if len(batch) > 0 {
			filter()
		}
		fyne.Do(func() {
			switch {
			case gen != s.gen || ctx.Err() != nil:
			case err != nil && !errors.Is(err, errPageFull):
				s.state.SetText(err.Error())
			default:
				s.setHits(hits)
			}
		})
	})
}
