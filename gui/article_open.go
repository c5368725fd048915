package gui

import (
	"context"

	"fyne.io/fyne/v2/lang"

	"github.com/veritag/veritag/data/model"
)

// firstUnlabelled asks open to select the first sentence the annotator has
// not labelled.
const firstUnlabelled = -1

// loadedDoc is one article as read from the Backend, ready to show.
type loadedDoc struct {
	doc    model.Document
	sents  []model.Sentence
	shapes []shape
	anns   []model.Annotation
	adj    map[int]string
	blind  bool // the project hides other annotators' labels
}

// open loads article id in the background and shows it with sentence at
// selected (or firstUnlabelled).
func (u *UI) open(id int64, at int) {
	u.openGen++
	gen := u.openGen
	fetch(&u.bridge, func(ctx context.Context, _ Backend) (loadedDoc, error) { return u.loadDoc(ctx, id) }, func(d loadedDoc, err error) {
		if gen != u.openGen {
			return
		}
		if err != nil {
			u.showError(lang.L("Could not open the article"), err)
			return
		}
		u.show(d, at)
	})
}

// loadDoc reads an article with its sentences and annotations in one
// read and works out its paragraphs and headings.
func (u *UI) loadDoc(ctx context.Context, id int64) (loadedDoc, error) {
	a, err := u.b.LoadArticle(ctx, id)
	if err != nil {
		return loadedDoc{}, err
	}
	d := loadedDoc{doc: a.Document, sents: a.Sentences, anns: a.Annotations, adj: a.Adjudications}
	d.blind = u.projectBlind(ctx)
	d.shapes = shapes(d.doc.Text, d.sents)
	d.doc.Text = ""
	return d, nil
}

// show makes d the open article and selects sentence at.
func (u *UI) show(d loadedDoc, at int) {
	u.doc, u.sents, u.shapes = d.doc, d.sents, d.shapes
	u.setAnnotations(d.anns, d.blind)
	u.adjudged = d.adj
	if at < 0 && d.doc.ID == int64(u.app.Preferences().Int(prefLastDoc)) {
		at = u.app.Preferences().IntWithFallback(prefLastSentence, -1) // where the user left off
	}
	if at < 0 {
		at = u.nextUnlabelled(0) // an article opened for the first time
	}
	u.selected = -1
	u.win.SetTitle("Veritag — " + d.doc.Title)
	u.app.Preferences().SetInt(prefLastDoc, int(d.doc.ID))
	u.article.setDocument()
	u.library.markOpen(d.doc.ID)
	u.search.hide()
	u.selectSentence(max(0, min(at, len(u.sents)-1)))
	u.status.update()
}

// showEmpty clears the article view when there is nothing to open.
func (u *UI) showEmpty() {
	gen := u.openGen
	u.articleState = newArticleState()
	u.openGen = gen
	u.win.SetTitle("Veritag")
	u.article.setDocument()
	u.panel.update()
	u.status.update()
}

// goTo shows sentence index of article docID, opening it if needed.
func (u *UI) goTo(docID int64, index int) {
	if docID == u.doc.ID && index < len(u.sents) {
		u.search.hide()
		u.selectSentence(index)
		return
	}
	u.open(docID, index)
}
