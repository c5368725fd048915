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

// watch polls the database for outside changes, and counts the seconds
// since the team hub last synced, until the app quits.
func (u *UI) watch() {
	t := time.NewTicker(watchEvery)
	tick := time.NewTicker(time.Second)
	u.app.Lifecycle().SetOnStopped(func() { t.Stop(); tick.Stop() })
	go func() {
		for range t.C {
			u.db.do(u.checkOutside)
		}
	}()
	go func() {
		for range tick.C {
			fyne.Do(u.showHub)
		}
	}()
}

// checkOutside reloads what another program (veritag-cli, a merge, the
// team hub's sync) has changed in the database. It runs on the Backend
// queue.
func (u *UI) checkOutside() {
	v, err := u.b.DataVersion(context.Background())
	if err != nil || v == u.dataVersion {
		return
	}
	u.dataVersion = v
	u.reloadOutside()
}

// reloadOutside reloads the library, the open article's annotations and
// the search labels, and the search index too when the articles changed.
// It runs on the Backend queue.
func (u *UI) reloadOutside() {
	ctx := context.Background()
	var docID int64
	fyne.DoAndWait(func() { docID = u.doc.ID })
	marks, err := u.b.Marks(ctx, docID)
	blind := u.projectBlind(ctx)
	docs, derr := u.b.Documents(ctx)
	fyne.Do(func() {
		u.reloadLibrary()
		if derr == nil && !sameDocs(docs, u.docs) {
			u.rebuildIndex()
		} else {
			u.reloadLabels(u.annotator)
		}
		if err == nil && docID == u.doc.ID {
			u.setAnnotations(marks.Annotations, blind)
			u.adjudged = marks.Adjudications
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

// projectSettings is implemented by backends that keep project settings
// such as blind mode (the SQLite store).
type projectSettings interface {
	ProjectSettings(ctx context.Context) (model.ProjectSettings, error)
}

// projectBlind reads whether the project hides other annotators' labels
// (blind mode); settings that cannot be read hide them. A backend without
// project settings is never blind.
func (u *UI) projectBlind(ctx context.Context) bool {
	ps, ok := u.b.(projectSettings)
	if !ok {
		return false
	}
	p, err := ps.ProjectSettings(ctx)
	return err != nil || p.HidesOthers()
}

// setAnnotations splits an article's annotations into the annotator's and
// everyone else's; in blind mode everyone else's are left out. It shows
// the blind mode read with them.
func (u *UI) setAnnotations(anns []model.Annotation, blind bool) {
	u.setBlind(blind)
	defer u.article.roomForDots()
	u.mine = map[int]model.Annotation{}
	u.others = map[int][]model.Annotation{}
	for _, a := range anns {
		if a.Annotator == u.annotator {
			u.mine[a.SentenceIndex] = a
		} else if !blind {
			u.others[a.SentenceIndex] = append(u.others[a.SentenceIndex], a)
		}
	}
}
