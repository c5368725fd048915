package gui

import (
	"context"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/internal/guitest"
)

// teamFixture is the three-annotator fixture: in "Kursk" alice, bob and carol
// agree on sentences 0 and 2, split 2–1 on sentence 1 and give three
// different labels to sentence 3; in "Other" they agree on sentence 0.
func teamFixture(f *fakeBackend) (kurskID, otherID int64) {
	kurskID = kursk(f)
	otherID = f.addDoc("Other", []string{"One sentence."})
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
			f.Annotate(context.Background(), model.Annotation{DocID: v.doc, SentenceIndex: v.index, Annotator: who,
				Label: names[v.labels[i]], Confidence: i + 1, Note: "note by " + who})
		}
	}
	return kurskID, otherID
}

// topText is the text of the dialog or popup on top of the main window.
func topText(u *UI) string {
	if top := u.win.Canvas().Overlays().Top(); top != nil {
		return guitest.Texts(top)
	}
	return ""
}
