package team

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/veritag/veritag/data/model"
	vwidget "github.com/veritag/veritag/gui/widget"
)

// memData is Data over documents held in memory.
type memData struct {
	docs []model.DocumentRecord
}

func (m *memData) EachDocument(ctx context.Context, docID int64, _ string, fn func(model.DocumentRecord) error) error {
	for _, d := range m.docs {
		if docID != 0 && d.ID != docID {
			continue
		}
		if err := fn(d); err != nil {
			return err
		}
	}
	return ctx.Err()
}

func (m *memData) Sentences(_ context.Context, docID int64) ([]model.Sentence, error) {
	for _, d := range m.docs {
		if d.ID == docID {
			out := make([]model.Sentence, len(d.Sentences))
			for i, s := range d.Sentences {
				out[i] = s.Sentence
			}
			return out, nil
		}
	}
	return nil, nil
}

func (m *memData) Adjudicate(_ context.Context, docID int64, index int, label, _ string) error {
	for _, d := range m.docs {
		if d.ID == docID {
			d.Sentences[index].Adjudicated = label
		}
	}
	return nil
}

// adjudicated is a sentence's final label.
func (m *memData) adjudicated(docID int64, index int) string {
	for _, d := range m.docs {
		if d.ID == docID {
			return d.Sentences[index].Adjudicated
		}
	}
	return ""
}

// addDoc adds a document of the given sentences and returns its id.
func (m *memData) addDoc(title string, sentences ...string) int64 {
	id := int64(len(m.docs) + 1)
	rec := model.DocumentRecord{Document: model.Document{ID: id, Title: title, SentenceCount: len(sentences)}}
	for i, s := range sentences {
		rec.Sentences = append(rec.Sentences, model.AnnotatedSentence{Sentence: model.Sentence{DocID: id, Index: i, Text: s}})
	}
	m.docs = append(m.docs, rec)
	return id
}

// vote adds an annotation.
func (m *memData) vote(docID int64, index int, a model.Annotation) {
	a.DocID, a.SentenceIndex = docID, index
	s := &m.docs[docID-1].Sentences[index]
	s.Annotations = append(s.Annotations, a)
}

// documents lists the documents as the main window's library has them.
func (m *memData) documents() []model.Document {
	out := make([]model.Document, len(m.docs))
	for i, d := range m.docs {
		out[i] = d.Document
	}
	return out
}

// teamData is the three-annotator fixture: in "Kursk" alice, bob and carol
// agree on sentences 0 and 2, split 2–1 on sentence 1 and give three
// different labels to sentence 3; in "Other" they agree on sentence 0.
func teamData() (m *memData, kurskID, otherID int64) {
	m = &memData{}
	kurskID = m.addDoc("Kursk", "Lavrov described the commitment as concrete proof.", "The troops fought in Kursk.",
		"The role of the troops", "This could indicate stronger ties.", "The agreement was signed in June.", "Analysts say more may follow.")
	otherID = m.addDoc("Other", "One sentence.")
	votes := []struct {
		doc    int64
		index  int
		labels string // alice, bob, carol: C, F or S
	}{
		{kurskID, 0, "CCC"}, {kurskID, 1, "CCF"}, {kurskID, 2, "FFF"}, {kurskID, 3, "SFC"}, {otherID, 0, "CCC"},
	}
	names := map[byte]string{'C': "CLAIM", 'F': "FACT", 'S': "SPECULATION"}
	for _, v := range votes {
		for i, who := range []string{"alice", "bob", "carol"} {
			m.vote(v.doc, v.index, model.Annotation{Annotator: who, Label: names[v.labels[i]], Confidence: i + 1, Note: "note by " + who})
		}
	}
	return m, kurskID, otherID
}

// mainWindow records what the team windows told the main window.
type mainWindow struct {
	opened      [][2]int64 // doc, sentence
	adjudicated map[[2]int64]string
	wrote       int
}

// newWindows makes the team windows of a test main window over data, with
// every job run at once.
func newWindows(t *testing.T, data *memData) (*Windows, *mainWindow) {
	t.Helper()
	a := test.NewTempApp(t)
	styles := vwidget.NewLabelStyles(model.DefaultLabels)
	inline := func(f func()) { f() }
	mw := &mainWindow{adjudicated: map[[2]int64]string{}}
	return New(Host{
		App: a, Data: data, Run: inline, Spawn: inline,
		Wrote:     func(context.Context) { mw.wrote++ },
		Documents: data.documents,
		Labels:    func() []model.Label { return model.DefaultLabels },
		Annotator: func() string { return "alice" },
		Style:     func(name string) vwidget.LabelStyle { return styles[name] },
		Dark:      func() bool { return false },
		Open:      func(docID int64, index int) { mw.opened = append(mw.opened, [2]int64{docID, int64(index)}) },
		Adjudicated: func(docID int64, index int, label string) {
			mw.adjudicated[[2]int64{docID, int64(index)}] = label
		},
		SideWidth:        27,
		ButtonWidth:      func() float32 { return 250 },
		SideContentWidth: func() float32 { return 320 },
	}), mw
}
