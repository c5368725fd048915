package gui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/veritag/veritag/data/model"
)

// selectSentence selects sentence i of the open article, frames it and
// keeps it in view.
func (u *UI) selectSentence(i int) {
	if i < 0 || i >= len(u.sents) {
		u.panel.update()
		return
	}
	old := u.selected
	u.selected = i
	u.savePosition() // the next start reopens here, even after a crash
	u.article.refreshRow(old)
	u.article.refreshRow(i)
	u.article.reveal(i)
	u.panel.update()
	u.loadHistory()
	u.status.update()
}

// move selects the sentence delta places away, stopping at either end.
func (u *UI) move(delta int) {
	if len(u.sents) == 0 {
		return
	}
	u.selectSentence(max(0, min(u.selected+delta, len(u.sents)-1)))
}

// tag gives the selected sentence label, keeping its confidence and note,
// and moves to the next sentence.
func (u *UI) tag(label string) {
	if u.selected < 0 || u.selected >= len(u.sents) {
		return
	}
	cur := u.current(u.selected)
	u.commit(u.selected, model.AnnotationState{Label: label, Confidence: cur.Confidence, Note: cur.Note})
	u.move(1)
}

// clearTag removes the annotator's label from the selected sentence.
func (u *UI) clearTag() {
	if u.selected >= 0 && u.selected < len(u.sents) {
		u.commit(u.selected, model.AnnotationState{})
	}
}

// setConfidence changes the confidence of the selected sentence's label.
func (u *UI) setConfidence(c int) {
	cur := u.current(u.selected)
	if cur.Label != "" && cur.Confidence != c {
		u.commit(u.selected, model.AnnotationState{Label: cur.Label, Confidence: c, Note: cur.Note})
	}
}

// setNote changes the note of sentence i's label.
func (u *UI) setNote(i int, note string) {
	cur := u.current(i)
	if cur.Label != "" && cur.Note != note {
		u.commit(i, model.AnnotationState{Label: cur.Label, Confidence: cur.Confidence, Note: note})
	}
}

// current is the annotator's annotation of sentence i as it will be once
// the changes still queued are committed, so that quick successive edits
// (a note, then a tag) build on each other.
func (u *UI) current(i int) model.AnnotationState {
	if st, ok := u.queued[sentenceKey{u.doc.ID, i}]; ok {
		return st
	}
	a := u.mine[i]
	return model.AnnotationState{Label: a.Label, Confidence: a.Confidence, Note: a.Note}
}

// commit stores the annotator's annotation of sentence i of the open
// article. The UI shows the change only once Annotate has committed it.
func (u *UI) commit(i int, st model.AnnotationState) { u.commitFrom(i, st, "") }

// commitFrom is commit with the event's source: model.SourceSuggestion for
// a label accepted from a suggestion.
func (u *UI) commitFrom(i int, st model.AnnotationState, source string) {
	a := model.Annotation{DocID: u.doc.ID, SentenceIndex: i, Annotator: u.annotator,
		Label: st.Label, Confidence: st.Confidence, Note: st.Note}
	k := sentenceKey{u.doc.ID, i}
	u.queued[k] = st
	u.status.saving()
	u.db.do(func() {
		ctx := context.Background()
		ev, err := u.annotate(ctx, a, source)
		u.wrote(ctx)
		fyne.Do(func() {
			u.labelsChanged()
			if u.queued[k] == st {
				delete(u.queued, k)
			}
			if err != nil {
				delete(u.queued, k)
				if u.quitting {
					u.unsaved++
				}
				u.status.failed()
				u.showError(lang.L("The tag was not saved"), err)
				return
			}
			u.applyEvent(ev)
			u.status.saved()
			u.localChange()
		})
	})
}

// annotate stores a through the Backend, as accepted from a suggestion
// when source says so and the Backend can record it.
func (u *UI) annotate(ctx context.Context, a model.Annotation, source string) (model.Event, error) {
	if acc, ok := u.b.(suggestionAcceptor); ok && source == model.SourceSuggestion {
		return acc.AcceptSuggestion(ctx, a)
	}
	return u.b.Annotate(ctx, a)
}

// undo reverts the annotator's latest change and shows the sentence it
// touched.
func (u *UI) undo() { u.step(true) }

// redo re-applies the latest undone change and shows its sentence.
func (u *UI) redo() { u.step(false) }

func (u *UI) step(undo bool) {
	annotator := u.annotator
	u.status.saving()
	u.db.do(func() {
		ctx := context.Background()
		var ev model.Event
		var ok bool
		var err error
		if undo {
			ev, ok, err = u.b.Undo(ctx, annotator)
		} else {
			ev, ok, err = u.b.Redo(ctx, annotator)
		}
		u.wrote(ctx)
		fyne.Do(func() {
			switch {
			case err != nil:
				u.status.failed()
				u.showError(lang.L("Undo failed"), err)
			case !ok && undo:
				u.status.message(lang.L("Nothing to undo"))
			case !ok:
				u.status.message(lang.L("Nothing to redo"))
			default:
				u.applyEvent(ev)
				u.goTo(ev.DocID, ev.SentenceIndex)
				u.status.stepped(ev)
			}
		})
	})
}

// applyEvent updates everything that shows the annotation an event
// changed: the article row, the panel, the library progress and the
// labels search filters on.
func (u *UI) applyEvent(ev model.Event) {
	if ev.Old == ev.New || ev.DocID == 0 {
		return
	}
	u.search.noteChanged(ev)
	mine := ev.Annotator == u.annotator
	if mine {
		switch {
		case ev.Old.Label == "" && ev.New.Label != "":
			u.progress[ev.DocID]++
		case ev.Old.Label != "" && ev.New.Label == "":
			u.progress[ev.DocID]--
		}
		u.library.refreshProgress()
		u.search.setLabel(ev.DocID, ev.SentenceIndex, ev.New.Label)
	}
	if ev.DocID != u.doc.ID {
		return
	}
	i := ev.SentenceIndex
	if mine {
		if ev.New.Label == "" {
			delete(u.mine, i)
		} else {
			u.mine[i] = model.Annotation{DocID: ev.DocID, SentenceIndex: i, Annotator: ev.Annotator,
				Label: ev.New.Label, Confidence: ev.New.Confidence, Note: ev.New.Note, UpdatedAt: ev.At}
		}
	} else {
		u.setOther(i, ev)
	}
	u.article.refreshRow(i)
	if i == u.selected {
		u.panel.update()
		u.loadHistory()
	}
}

// setOther records another annotator's changed annotation.
func (u *UI) setOther(i int, ev model.Event) {
	if u.blind.on {
		return
	}
	list := u.others[i][:0:0]
	for _, a := range u.others[i] {
		if a.Annotator != ev.Annotator {
			list = append(list, a)
		}
	}
	if ev.New.Label != "" {
		list = append(list, model.Annotation{DocID: ev.DocID, SentenceIndex: i, Annotator: ev.Annotator,
			Label: ev.New.Label, Confidence: ev.New.Confidence, Note: ev.New.Note, UpdatedAt: ev.At})
	}
	if u.others[i] = list; len(list) == 0 {
		delete(u.others, i)
	}
	u.article.roomForDots()
}

// loadHistory reads the selected sentence's history for the panel.
func (u *UI) loadHistory() {
	docID, i := u.doc.ID, u.selected
	u.db.do(func() {
		if !u.stillSelected(docID, i) {
			return
		}
		events, err := u.b.History(context.Background(), docID, i)
		fyne.Do(func() {
			if err == nil && docID == u.doc.ID && i == u.selected {
				u.panel.setHistory(u.ownEvents(events))
			}
		})
	})
}

// stillSelected reports, from a background job, whether sentence i of
// docID is still the one selected, so that stale reads are skipped.
func (u *UI) stillSelected(docID int64, i int) bool {
	var ok bool
	fyne.DoAndWait(func() { ok = docID == u.doc.ID && i == u.selected })
	return ok
}
