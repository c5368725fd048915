package gui

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/data/search"
)

// rebuildIndex brings the search index up to date with the database in
// the background: the first time it is built, streamed sentence by
// sentence, while search says "Indexing… N%"; after that only the
// articles added, changed or deleted since are indexed again. The
// annotator's labels, which the filters use, are read in order with the
// other Backend calls so that no tag made meanwhile is lost.
func (u *UI) rebuildIndex() {
	s := u.search
	s.indexGen++
	if s.indexer == nil {
		s.indexer = &indexer{jobs: &serial{spawn: u.spawn}}
	}
	if s.index == nil {
		s.state.SetText(lang.L("Indexing…"))
		s.busy.Show()
	}
	x := s.indexer
	x.jobs.do(func() {
		err := x.sync(context.Background(), u.b, func(percent int) {
			fyne.Do(func() {
				if s.index == nil {
					s.state.SetText(fmt.Sprintf("%s %d%%", lang.L("Indexing…"), percent))
				}
			})
		})
		shards := x.shards
		fyne.Do(func() {
			if err != nil {
				fyne.LogError("updating the search index", err)
			}
			if s.index == nil {
				s.busy.Stop() // Hide alone leaves its animation running
				s.busy.Hide()
				if shards == nil {
					s.state.SetText(lang.L("Search unavailable"))
					return
				}
				s.index = searchIndex{shards}
				s.state.SetText("")
			}
			if s.results.Visible() {
				s.run()
			}
		})
	})
	u.reloadLabels(u.annotator)
}

// indexer keeps the search index in step with the database. Its fields
// belong to its jobs, which run one at a time away from the UI thread
// and from the Backend queue: building the index takes seconds at a
// million sentences, and tags must not wait for it.
type indexer struct {
	jobs   *serial
	shards *search.Index      // nil until built
	docs   map[int64]docShape // the articles indexed
	notes  map[int64]string   // per article: the notes indexed, as noteKey
}

// docShape tells whether an article's sentences changed since indexed.
type docShape struct {
	hash      string
	sentences int
}

// progressStep is how many sentences are indexed between progress reports
// at least: a small collection is indexed before anyone could read one.
const progressStep = 1 << 14

// sync builds the index the first time, reporting progress in percent,
// and later re-indexes the articles whose sentences changed and drops the
// deleted ones.
func (x *indexer) sync(ctx context.Context, b Backend, progress func(percent int)) error {
	docs, err := b.Documents(ctx)
	if err != nil {
		return err
	}
	if x.shards == nil {
		return x.build(ctx, b, docs, progress)
	}
	live := make(map[int64]bool, len(docs))
	for _, d := range docs {
		live[d.ID] = true
		shape := docShape{d.Hash, d.SentenceCount}
		if x.docs[d.ID] == shape {
			continue
		}
		sents, err := b.Sentences(ctx, d.ID)
		if err != nil {
			return err
		}
		entries := make([]search.Entry, len(sents))
		for i, s := range sents {
			entries[i] = search.Entry{Index: s.Index, Text: s.Text}
		}
		x.shards.Replace(d.ID, entries)
		x.docs[d.ID] = shape
	}
	for id := range x.docs {
		if !live[id] {
			x.shards.Remove(id)
			delete(x.docs, id)
			delete(x.notes, id)
		}
	}
	return nil
}

// build streams every sentence into a new index. docs, read just before,
// give the total for progress and each article's hash; an article added
// meanwhile is indexed without its hash, so the next sync indexes it
// again.
func (x *indexer) build(ctx context.Context, b Backend, docs []model.Document, progress func(percent int)) error {
	total, hashes := 0, make(map[int64]string, len(docs))
	for _, d := range docs {
		total += d.SentenceCount
		hashes[d.ID] = d.Hash
	}
	step := max(total/100, progressStep)
	counts := map[int64]int{}
	n := 0
	bld := search.NewBuilder()
	err := b.EachSentenceText(ctx, func(docID int64, index int, text string) error {
		counts[docID]++
		if n++; n%step == 0 {
			progress(min(99, n*100/max(total, 1)))
		}
		return bld.Add(docID, index, text)
	})
	if err != nil {
		return err
	}
	x.docs = make(map[int64]docShape, len(counts))
	for id, c := range counts {
		x.docs[id] = docShape{hashes[id], c}
	}
	x.shards = bld.Index()
	return nil
}

// reloadLabels reads the annotator's labels for the search filters, and
// every note, which the index takes in where they changed.
func (u *UI) reloadLabels(annotator string) {
	s := u.search
	gen := s.indexGen
	u.db.do(func() {
		labels, notes, err := u.annotatorLabels(context.Background(), annotator)
		fyne.Do(func() {
			if err == nil {
				s.syncNotes(notes)
			}
			if err == nil && gen == s.indexGen {
				s.labels = labels
				if s.results.Visible() {
					s.run()
				}
			}
		})
	})
}

// annotatorLabels reads the annotator's label on every sentence, and
// every annotator's notes by article.
func (u *UI) annotatorLabels(ctx context.Context, annotator string) (map[sentenceKey]string, map[int64][]search.Entry, error) {
	docs, err := u.b.Documents(ctx)
	if err != nil {
		return nil, nil, err
	}
	out := map[sentenceKey]string{}
	notes := map[int64][]search.Entry{}
	for _, d := range docs {
		var anns []model.Annotation
		if anns, err = u.b.Annotations(ctx, d.ID); err != nil {
			return nil, nil, err
		}
		for _, a := range anns {
			if a.Annotator == annotator {
				out[sentenceKey{d.ID, a.SentenceIndex}] = a.Label
			}
		}
		if n := notesOf(anns); len(n) > 0 {
			notes[d.ID] = n
		}
	}
	return out, notes, nil
}
