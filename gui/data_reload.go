package gui

import (
	"context"

	"fyne.io/fyne/v2/lang"

	"github.com/veritag/veritag/data/model"
)

// reloadAll reads the label set, the library and the open article's
// annotations again after a change that touched many of them (a label
// edit, a merge), redraws everything that shows them, recomputes the
// team windows that are open and then runs then. With texts, the articles
// themselves changed and the search index is rebuilt.
func (u *UI) reloadAll(texts bool, then func()) {
	u.reloadLibrary() // first, so the team windows see the new articles
	docID := u.doc.ID
	type reloaded struct {
		labels []model.Label
		marks  model.Marks
		blind  bool
	}
	fetch(&u.bridge, func(ctx context.Context, b Backend) (r reloaded, err error) {
		if r.labels, err = b.Labels(ctx); err == nil {
			r.marks, err = b.Marks(ctx, docID)
		}
		r.blind = u.projectBlind(ctx)
		return r, err
	}, func(r reloaded, err error) {
		if err != nil {
			u.showError(lang.L("Could not read the database"), err)
			return
		}
		if docID == u.doc.ID {
			u.setAnnotations(r.marks.Annotations, r.blind)
			u.adjudged = r.marks.Adjudications
			u.status.update()
		}
		u.setLabels(r.labels) // redraws the article and the panel
		u.team.Refresh()
		if then != nil {
			then()
		}
	})
	if texts {
		u.rebuildIndex()
	} else {
		u.reloadLabels(u.annotator)
	}
}
