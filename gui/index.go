package gui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/veritag/veritag/data/model"
)

// rebuildIndex builds the search index over every sentence in the
// background; search says "Indexing…" until it is ready. The annotator's
// labels, which the filters use, are read in order with the other Backend
// calls so that no tag made meanwhile is lost.
func (u *UI) rebuildIndex() {
	s := u.search
	s.indexGen++
	gen, annotator := s.indexGen, u.annotator
	s.state.SetText(lang.L("Indexing…"))
	s.busy.Show()
	u.spawn(func() {
		entries, err := u.b.SearchEntries(context.Background())
		var idx searcher
		if err == nil && u.svc.newIndex != nil {
			idx = u.svc.newIndex(entries)
		}
		fyne.Do(func() {
			if gen != s.indexGen {
				return
			}
			s.busy.Hide()
			if err != nil || idx == nil {
				s.state.SetText(lang.L("Search unavailable"))
				fyne.LogError("building the search index", err)
				return
			}
			s.index, s.entries = idx, entries
			s.state.SetText("")
			if s.results.Visible() {
				s.run()
			}
		})
	})
	u.reloadLabels(annotator)
}

// reloadLabels reads the annotator's labels for the search filters.
func (u *UI) reloadLabels(annotator string) {
	s := u.search
	gen := s.indexGen
	u.db.do(func() {
		labels, err := u.annotatorLabels(context.Background(), annotator)
		fyne.Do(func() {
			if err == nil && gen == s.indexGen {
				s.labels = labels
				if s.results.Visible() {
					s.run()
				}
			}
		})
	})
}

// annotatorLabels reads the annotator's label on every sentence.
func (u *UI) annotatorLabels(ctx context.Context, annotator string) (map[sentenceKey]string, error) {
	docs, err := u.b.Documents(ctx)
	if err != nil {
		return nil, err
	}
	out := map[sentenceKey]string{}
	for _, d := range docs {
		var anns []model.Annotation
		if anns, err = u.b.Annotations(ctx, d.ID); err != nil {
			return nil, err
		}
		for _, a := range anns {
			if a.Annotator == annotator {
				out[sentenceKey{d.ID, a.SentenceIndex}] = a.Label
			}
		}
	}
	return out, nil
}
