package gui

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/veritag/veritag/data/model"
	vwidget "github.com/veritag/veritag/gui/widget"
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

// texts joins the text of every label, text and button under o, one per
// line.
func texts(o fyne.CanvasObject) string {
	var out []string
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil || !o.Visible() {
			return
		}
		switch v := o.(type) {
		case *widget.Label:
			out = append(out, v.Text)
		case *widget.Button:
			out = append(out, v.Text)
		case *vwidget.WrapLabel:
			out = append(out, v.Text)
		case *canvas.Text:
			out = append(out, v.Text)
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(v).Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	return strings.Join(out, "\n")
}

// topText is the text of the dialog or popup on top of the main window.
func topText(u *UI) string {
	if top := u.win.Canvas().Overlays().Top(); top != nil {
		return texts(top)
	}
	return ""
}
