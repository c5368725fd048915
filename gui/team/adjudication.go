package team

import (
	"context"
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/veritag/veritag/data/model"
	vwidget "github.com/veritag/veritag/gui/widget"
)

// adjudicationView is the Team → Adjudicate window: the sentences
// annotators labelled differently, most contested first, one at a time
// with every annotator's label, confidence and note. A label's key sets
// the final label and moves on; 0 removes it; j and k move.
type adjudicationView struct {
	host   Host
	win    fyne.Window
	task   teamTask
	queue  []model.AnnotatedSentence // Adjudicated follows the decisions made here
	at     int
	titles map[int64]string
	near   []model.Sentence // the sentences of the article shown, for context
	nearOf int64

	// The widgets showing the item, kept for tests.
	position, article                       *widget.Label
	before, after, sentence, tally, verdict *vwidget.WrapLabel
	done                                    *vwidget.ThinBar
	votes, decide                           *fyne.Container
	body                                    *container.Scroll // the left column, laid out again per item
	buttons                                 []*vwidget.LabelButton
	remove, prev, next                      *widget.Button
}

// ShowAdjudication opens the adjudication window, or brings it to the
// front.
func (w *Windows) ShowAdjudication() {
	if v := w.adjudicator; v != nil {
		v.win.RequestFocus()
		return
	}
	v := &adjudicationView{host: w.host, win: w.host.App.NewWindow(lang.L("Adjudication") + " — Veritag")}
	w.adjudicator = v
	v.win.SetOnClosed(func() {
		v.task.stop()
		w.adjudicator = nil
	})
	v.win.Canvas().SetOnTypedRune(v.typedRune)
	v.win.Canvas().SetOnTypedKey(v.typedKey)
	v.win.Resize(fyne.NewSize(1100, 720))
	v.win.Show()
	v.load()
}

// load reads the queue in the background, showing how far it got, then
// shows its first item.
func (v *adjudicationView) load() {
	v.queue, v.near, v.nearOf = nil, nil, 0
	runTask(v.host.Spawn, &v.task, v.win, lang.L("Finding disagreements…"), len(v.host.Documents()), v.loadQueue,
		func(q []model.AnnotatedSentence, err error) {
			switch {
			case err != nil:
				v.win.SetContent(vwidget.MessageContent(theme.ErrorIcon(), lang.L("Could not read the annotations"), err.Error()))
			case len(q) == 0:
				v.win.SetContent(v.withFooter(vwidget.MessageContent(theme.ConfirmIcon(), lang.L("Nothing to adjudicate"),
					lang.L("No sentence is waiting for a final label: annotators agree wherever two or more labelled the same sentence."))))
			default:
				v.queue, v.at = q, 0
				v.titles = make(map[int64]string, len(v.host.Documents()))
				for _, d := range v.host.Documents() {
					v.titles[d.ID] = d.Title
				}
				v.win.SetContent(v.withFooter(v.itemContent()))
				v.show()
			}
		})
}

// withFooter adds the Refresh and Close buttons below content.
func (v *adjudicationView) withFooter(content fyne.CanvasObject) fyne.CanvasObject {
	refresh := widget.NewButtonWithIcon(lang.L("Refresh")+"  (F5)", theme.ViewRefreshIcon(), v.load)
	closeBtn := widget.NewButton(lang.L("Close"), v.win.Close)
	keys := vwidget.SmallText(lang.L("{{.Keys}} final label · 0 removes it · j k ↓ ↑ move · Enter opens the article · Esc closes",
		map[string]any{"Keys": keyRange(v.host.Labels())}))
	return container.NewPadded(container.NewBorder(nil, container.NewBorder(widget.NewSeparator(), nil, nil,
		container.NewHBox(refresh, closeBtn), keys), nil, nil, content))
}

// keyRange names the keys of labels, as "1–3".
func keyRange(labels []model.Label) string {
	switch len(labels) {
	case 0:
		return ""
	case 1:
		return labels[0].Key
	}
	return labels[0].Key + "–" + labels[len(labels)-1].Key
}

// typedRune handles the keys of the window: a label's key decides, 0
// removes the decision, j and k move.
func (v *adjudicationView) typedRune(r rune) {
	switch r {
	case 'j':
		v.move(1)
	case 'k':
		v.move(-1)
	case '0':
		v.setFinal("")
	default:
		for _, l := range v.host.Labels() {
			if l.Key == string(r) {
				v.setFinal(l.Name)
			}
		}
	}
}

// typedKey handles named keys: arrows move, Delete removes the decision,
// Enter opens the sentence in the article, Esc closes, F5 reloads.
func (v *adjudicationView) typedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyDown, fyne.KeyRight, fyne.KeyPageDown:
		v.move(1)
	case fyne.KeyUp, fyne.KeyLeft, fyne.KeyPageUp:
		v.move(-1)
	case fyne.KeyHome:
		v.move(-len(v.queue))
	case fyne.KeyEnd:
		v.move(len(v.queue))
	case fyne.KeyDelete, fyne.KeyBackspace:
		v.setFinal("")
	case fyne.KeyReturn, fyne.KeyEnter:
		v.openArticle()
	case fyne.KeyEscape:
		v.win.Close()
	case fyne.KeyF5:
		v.load()
	}
}

// move shows the item delta places away, stopping at either end.
func (v *adjudicationView) move(delta int) {
	if len(v.queue) == 0 {
		return
	}
	v.at = max(0, min(v.at+delta, len(v.queue)-1))
	v.show()
}

// setFinal stores label as the final label of the item shown (none for
// "") and, for a label, moves to the next item. The item shows the
// decision once it is committed.
func (v *adjudicationView) setFinal(label string) {
	if v.at >= len(v.queue) || (label == "" && v.queue[v.at].Adjudicated == "") {
		return
	}
	h, at, gen, s, who := v.host, v.at, v.task.gen, v.queue[v.at], v.host.Annotator()
	h.Run(func() {
		ctx := context.Background()
		err := h.Data.Adjudicate(ctx, s.DocID, s.Index, label, who)
		h.Wrote(ctx)
		fyne.Do(func() {
			if gen != v.task.gen {
				return
			}
			if err != nil {
				dialog.ShowError(errors.New(lang.L("The final label was not saved")+":\n"+err.Error()), v.win)
				return
			}
			v.queue[at].Adjudicated = label
			h.Adjudicated(s.DocID, s.Index, label)
			v.show()
		})
	})
	if label != "" {
		v.move(1)
	}
}

// openArticle shows the item's sentence in the main window.
func (v *adjudicationView) openArticle() {
	if v.at < len(v.queue) {
		s := v.queue[v.at]
		v.host.Open(s.DocID, s.Index)
	}
}
