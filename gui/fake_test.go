package gui

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/veritag/veritag/data/model"
)

// fakeBackend is an in-memory Backend with the store's semantics: every
// change is an event, undo and redo walk a per-annotator stack.
type fakeBackend struct {
	mu     sync.Mutex
	docs   []model.Document
	texts  map[int64]string
	sents  map[int64][]model.Sentence
	anns   map[annKey]model.AnnotationState
	events []model.Event
	stacks map[string][]stackEntry
	nextID int64
	fail   error // returned by Annotate when set
	labels []model.Label
	adj    map[sentenceKey]string
}

type annKey struct {
	doc       int64
	index     int
	annotator string
}

type stackEntry struct {
	event  int // index into events
	undone bool
}

func newFakeBackend() *fakeBackend {
	return &fakeBackend{texts: map[int64]string{}, sents: map[int64][]model.Sentence{},
		anns: map[annKey]model.AnnotationState{}, stacks: map[string][]stackEntry{},
		labels: append([]model.Label(nil), model.DefaultLabels...), adj: map[sentenceKey]string{}}
}

// addDoc stores an article of paragraphs, each a list of sentences.
func (f *fakeBackend) addDoc(title string, paragraphs ...[]string) int64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.nextID++
	id := f.nextID
	var text []rune
	var sents []model.Sentence
	for p, para := range paragraphs {
		if p > 0 {
			text = append(text, '\n')
		}
		for i, s := range para {
			if i > 0 {
				text = append(text, ' ')
			}
			start := len(text)
			text = append(text, []rune(s)...)
			sents = append(sents, model.Sentence{DocID: id, Index: len(sents), Start: start, End: len(text), Text: s})
		}
	}
	f.texts[id] = string(text)
	f.sents[id] = sents
	f.docs = append(f.docs, model.Document{ID: id, Title: title, Lang: "en", SentenceCount: len(sents), Counted: len(sents)})
	return id
}

// label is the annotator's current label on a sentence.
func (f *fakeBackend) label(doc int64, index int, annotator string) model.AnnotationState {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.anns[annKey{doc, index, annotator}]
}

func (f *fakeBackend) Documents(context.Context) ([]model.Document, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]model.Document(nil), f.docs...), nil
}

func (f *fakeBackend) Progress(_ context.Context, annotator string) (map[int64]int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := map[int64]int{}
	for k := range f.anns {
		if k.annotator == annotator {
			out[k.doc]++
		}
	}
	return out, nil
}

func (f *fakeBackend) Document(_ context.Context, id int64) (model.Document, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, d := range f.docs {
		if d.ID == id {
			d.Text = f.texts[id]
			return d, nil
		}
	}
	return model.Document{}, fmt.Errorf("no document %d", id)
}

func (f *fakeBackend) Sentences(_ context.Context, id int64) ([]model.Sentence, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.sents[id], nil
}

func (f *fakeBackend) Annotations(_ context.Context, id int64) ([]model.Annotation, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []model.Annotation
	for k, st := range f.anns {
		if k.doc == id {
			out = append(out, model.Annotation{DocID: id, SentenceIndex: k.index, Annotator: k.annotator,
				Label: st.Label, Confidence: st.Confidence, Note: st.Note})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].SentenceIndex < out[j].SentenceIndex })
	return out, nil
}

func (f *fakeBackend) Labels(context.Context) ([]model.Label, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]model.Label(nil), f.labels...), nil
}

func (f *fakeBackend) Annotate(_ context.Context, a model.Annotation) (model.Event, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail != nil {
		return model.Event{}, f.fail
	}
	next := model.AnnotationState{Label: strings.ToUpper(a.Label), Confidence: a.Confidence, Note: a.Note}
	if next.Label == "" {
		next = model.AnnotationState{}
	}
	ev, err := f.change(a.DocID, a.SentenceIndex, a.Annotator, model.EventAnnotate, next)
	if err == nil && ev.ID != 0 {
		stack := f.stacks[a.Annotator]
		for len(stack) > 0 && stack[len(stack)-1].undone {
			stack = stack[:len(stack)-1]
		}
		f.stacks[a.Annotator] = append(stack, stackEntry{event: len(f.events) - 1})
	}
	return ev, err
}

// change sets one annotation and logs the event (not when unchanged).
func (f *fakeBackend) change(doc int64, index int, annotator string, kind model.EventKind, next model.AnnotationState) (model.Event, error) {
	if index < 0 || index >= len(f.sents[doc]) {
		return model.Event{}, errors.New("no such sentence")
	}
	k := annKey{doc, index, annotator}
	ev := model.Event{At: time.Now(), Actor: annotator, Annotator: annotator, DocID: doc, SentenceIndex: index,
		Kind: kind, Old: f.anns[k], New: next}
	if ev.Old == next {
		return ev, nil
	}
	if next.Label == "" {
		delete(f.anns, k)
	} else {
		f.anns[k] = next
	}
	ev.ID = int64(len(f.events) + 1)
	f.events = append(f.events, ev)
	return ev, nil
}

func (f *fakeBackend) Undo(_ context.Context, annotator string) (model.Event, bool, error) {
	return f.step(annotator, true)
}

func (f *fakeBackend) Redo(_ context.Context, annotator string) (model.Event, bool, error) {
	return f.step(annotator, false)
}

func (f *fakeBackend) step(annotator string, undo bool) (model.Event, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	stack := f.stacks[annotator]
	at := -1
	if undo {
		for i := len(stack) - 1; i >= 0; i-- {
			if !stack[i].undone {
				at = i
				break
			}
		}
	} else {
		for i := range stack {
			if stack[i].undone {
				at = i
				break
			}
		}
	}
	if at < 0 {
		return model.Event{}, false, nil
	}
	orig := f.events[stack[at].event]
	target, kind := orig.New, model.EventRedo
	if undo {
		target, kind = orig.Old, model.EventUndo
	}
	stack[at].undone = undo
	ev, err := f.change(orig.DocID, orig.SentenceIndex, annotator, kind, target)
	return ev, err == nil, err
}

func (f *fakeBackend) History(_ context.Context, doc int64, index int) ([]model.Event, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []model.Event
	for i := len(f.events) - 1; i >= 0; i-- {
		if ev := f.events[i]; ev.DocID == doc && ev.SentenceIndex == index {
			out = append(out, ev)
		}
	}
	return out, nil
}

func (f *fakeBackend) ImportDocs(_ context.Context, docs []model.ImportDoc, progress func(done, total int)) ([]model.Document, error) {
	var out []model.Document
	for i, d := range docs {
		var paras [][]string
		var para []string
		for _, s := range d.Sentences {
			para = append(para, s.Text)
		}
		paras = append(paras, para)
		id := f.addDoc(d.Title, paras...)
		doc, _ := f.Document(context.Background(), id)
		out = append(out, doc)
		if progress != nil {
			progress(i+1, len(docs))
		}
	}
	return out, nil
}

func (f *fakeBackend) DeleteDocument(_ context.Context, id int64) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	for i, d := range f.docs {
		if d.ID == id {
			f.docs = append(f.docs[:i], f.docs[i+1:]...)
			delete(f.sents, id)
			for k := range f.anns {
				if k.doc == id {
					delete(f.anns, k)
				}
			}
			return nil
		}
	}
	return fmt.Errorf("no document %d", id)
}

func (f *fakeBackend) EachSentenceText(ctx context.Context, fn func(docID int64, index int, text string) error) error {
	f.mu.Lock()
	var sents []model.Sentence
	for _, d := range f.docs {
		sents = append(sents, f.sents[d.ID]...)
	}
	f.mu.Unlock()
	for _, s := range sents {
		if err := fn(s.DocID, s.Index, s.Text); err != nil {
			return err
		}
	}
	return nil
}

func (f *fakeBackend) EachDocument(ctx context.Context, docID int64, annotator string, fn func(model.DocumentRecord) error) error {
	docs, _ := f.Documents(ctx)
	for _, d := range docs {
		if docID != 0 && d.ID != docID {
			continue
		}
		rec := model.DocumentRecord{Document: d}
		anns, _ := f.Annotations(ctx, d.ID)
		for _, s := range f.sents[d.ID] {
			as := model.AnnotatedSentence{Sentence: s, Adjudicated: f.adjudicated(s.DocID, s.Index)}
			for _, a := range anns {
				if a.SentenceIndex == s.Index && (annotator == "" || a.Annotator == annotator) {
					as.Annotations = append(as.Annotations, a)
				}
			}
			rec.Sentences = append(rec.Sentences, as)
		}
		if err := fn(rec); err != nil {
			return err
		}
	}
	return nil
}

// DataVersion counts changes, as SQLite's data_version does.
func (f *fakeBackend) DataVersion(context.Context) (int64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return int64(len(f.events) + len(f.docs)*1000), nil
}

// adjudicated is a sentence's adjudicated label.
func (f *fakeBackend) adjudicated(doc int64, index int) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.adj[sentenceKey{doc, index}]
}

func (f *fakeBackend) Adjudications(_ context.Context, docID int64) (map[int]string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := map[int]string{}
	for k, l := range f.adj {
		if k.doc == docID {
			out[k.index] = l
		}
	}
	return out, nil
}

func (f *fakeBackend) Adjudicate(_ context.Context, docID int64, index int, label, _ string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if index < 0 || index >= len(f.sents[docID]) {
		return errors.New("no such sentence")
	}
	if label == "" {
		delete(f.adj, sentenceKey{docID, index})
	} else {
		f.adj[sentenceKey{docID, index}] = label
	}
	f.events = append(f.events, model.Event{Kind: model.EventAdjudicate}) // moves DataVersion on
	return nil
}

func (f *fakeBackend) AddLabel(_ context.Context, l model.Label) (model.Label, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, x := range f.labels {
		if x.Name == l.Name || x.Key == l.Key {
			return l, fmt.Errorf("label %s or key %s already used", l.Name, l.Key)
		}
	}
	f.labels = append(f.labels, l)
	sort.Slice(f.labels, func(i, j int) bool { return f.labels[i].Key < f.labels[j].Key })
	return l, nil
}

// UpdateLabel changes a label; annotations follow a rename, as in the store.
func (f *fakeBackend) UpdateLabel(_ context.Context, name string, l model.Label) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	for i, x := range f.labels {
		if x.Name != name {
			continue
		}
		f.labels[i] = l
		for k, st := range f.anns {
			if st.Label == name {
				st.Label = l.Name
				f.anns[k] = st
			}
		}
		sort.Slice(f.labels, func(i, j int) bool { return f.labels[i].Key < f.labels[j].Key })
		return nil
	}
	return fmt.Errorf("no label named %s", name)
}

// Merge is left to the temp-dir store tests.
func (f *fakeBackend) Merge(_ context.Context, path string) (model.MergeReport, error) {
	return model.MergeReport{}, fmt.Errorf("%s: the fake backend does not merge", path)
}
