package gui

import (
	"context"
	"time"

	"fyne.io/fyne/v2"

	"github.com/veritag/veritag/data/model"
)

// watchEvery is how often the UI looks for changes made by other programs
// (veritag-cli, a merge) to the database it shows.
const watchEvery = 2 * time.Second

// watch polls the database for outside changes until the app quits.
func (u *UI) watch() {
	t := time.NewTicker(watchEvery)
	u.app.Lifecycle().SetOnStopped(t.Stop)
	go func() {
		for range t.C {
			u.db.do(u.checkOutside)
		}
	}()
}

// wrote records, from a Backend job that just committed, the data version
// that includes the UI's own change, so that only other programs' changes
// cause a reload.
func (u *UI) wrote(ctx context.Context) {
	if v, err := u.b.DataVersion(ctx); err == nil {
		u.dataVersion = v
	}
}

// checkOutside reloads the library, the open article's annotations and the
// search labels when another program has changed the database, and the
// search index too when the articles changed. It runs on the Backend
// queue.
func (u *UI) checkOutside() {
	ctx := context.Background()
	v, err := u.b.DataVersion(ctx)
	if err != nil || v == u.dataVersion {
		return
	}
	u.dataVersion = v
	var docID int64
	fyne.DoAndWait(func() { docID = u.doc.ID })
	anns, err := u.b.Annotations(ctx, docID)
	var adj map[int]string
	if err == nil {
		adj, err = u.b.Adjudications(ctx, docID)
	}
	docs, derr := u.b.Documents(ctx)
	fyne.Do(func() {
		u.reloadLibrary()
		if derr == nil && !sameDocs(docs, u.docs) {
			u.rebuildIndex()
		} else {
			u.reloadLabels(u.annotator)
		}
		if err == nil && docID == u.doc.ID {
			u.setAnnotations(anns)
			u.adjudged = adj
			u.article.Refresh()
			u.panel.update()
			u.status.update()
		}
	})
}

// sameDocs reports whether two lists hold the same articles.
func sameDocs(a, b []model.Document) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].ID != b[i].ID || a[i].SentenceCount != b[i].SentenceCount {
			return false
		}
	}
	return true
}

// setAnnotations splits an article's annotations into the annotator's and
// everyone else's.
func (u *UI) setAnnotations(anns []model.Annotation) {
	u.mine = map[int]model.Annotation{}
	u.others = map[int][]model.Annotation{}
	for _, a := range anns {
		if a.Annotator == u.annotator {
			u.mine[a.SentenceIndex] = a
		} else {
			u.others[a.SentenceIndex] = append(u.others[a.SentenceIndex], a)
		}
	}
}
