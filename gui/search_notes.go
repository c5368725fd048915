package gui

import (
	"context"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/data/search"
)

// notesOf returns the non-empty notes of anns as index entries.
func notesOf(anns []model.Annotation) []search.Entry {
	var out []search.Entry
	for _, a := range anns {
		if a.Note != "" {
			out = append(out, search.Entry{Index: a.SentenceIndex, Text: a.Note, Note: true, Annotator: a.Annotator})
		}
	}
	return out
}

// noteKey tells whether an article's notes changed since indexed.
func noteKey(notes []search.Entry) string {
	var b strings.Builder
	for _, n := range notes {
		b.WriteString(strconv.Itoa(n.Index))
		b.WriteByte(0)
		b.WriteString(n.Annotator)
		b.WriteByte(0)
		b.WriteString(n.Text)
		b.WriteByte(0)
	}
	return b.String()
}

// syncNotes makes notes (by article, every article's) the notes of the
// index, re-indexing only the articles whose notes changed; open results
// are searched again when any did. Called on the UI thread; the work is
// queued after the index's build.
func (s *searchView) syncNotes(notes map[int64][]search.Entry) {
	x := s.indexer
	if x == nil {
		return
	}
	x.jobs.do(func() {
		if x.shards == nil {
			return
		}
		if x.notes == nil {
			x.notes = map[int64]string{}
		}
		changed := false
		for id, n := range notes {
			if k := noteKey(n); x.notes[id] != k {
				x.shards.ReplaceNotes(id, n)
				x.notes[id], changed = k, true
			}
		}
		for id := range x.notes {
			if _, ok := notes[id]; !ok {
				x.shards.ReplaceNotes(id, nil)
				delete(x.notes, id)
				changed = true
			}
		}
		if changed {
			fyne.Do(s.rerun)
		}
	})
}

// noteChanged re-indexes the notes of the article of event ev when ev
// changed a note.
func (s *searchView) noteChanged(ev model.Event) {
	x := s.indexer
	if x == nil || ev.Old.Note == ev.New.Note {
		return
	}
	b := s.u.b
	x.jobs.do(func() {
		if x.shards == nil {
			return
		}
		anns, err := b.Annotations(context.Background(), ev.DocID)
		if err != nil {
			fyne.LogError("indexing notes", err)
			return
		}
		n := notesOf(anns)
		if x.notes == nil {
			x.notes = map[int64]string{}
		}
		x.shards.ReplaceNotes(ev.DocID, n)
		x.notes[ev.DocID] = noteKey(n)
		fyne.Do(s.rerun)
	})
}

// rerun searches again when results are shown.
func (s *searchView) rerun() {
	if s.results.Visible() {
		s.run()
	}
}
