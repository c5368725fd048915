package gui

import (
	"context"
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/veritag/veritag/data/suggest"
)

// showModelCard opens a window with the model's cross-validated figures
// (per label, confusion, learning curve plot) and the consistency check:
// labelled sentences the model, trained without them, confidently
// contradicts; tapping one opens it.
func (u *UI) showModelCard() {
	w := u.app.NewWindow(lang.L("Suggestion model"))
	st := u.sugg.status
	card := container.NewVBox(widget.NewLabel(modelFigures(u)))
	if r := st.Report; r != nil {
		card.Add(widget.NewLabelWithStyle(modelTable(r), fyne.TextAlignLeading, fyne.TextStyle{Monospace: true}))
		card.Add(widget.NewLabel(lang.L("Learning curve (macro-F1 at 25, 50, 75, 100% of the labels)")))
		card.Add(learningCurvePlot(r.LearningCurve))
	} else if st.ReportReason != "" {
		card.Add(widget.NewLabel(st.ReportReason))
	}
	flagged := st.Disagreements
	list := widget.NewList(func() int { return len(flagged) },
		func() fyne.CanvasObject { l := widget.NewLabel(""); l.Truncation = fyne.TextTruncateEllipsis; return l },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			f := flagged[i]
			o.(*widget.Label).SetText(fmt.Sprintf("%s → %s %.0f%%  %s", f.Label, f.Predicted, 100*f.Probability, f.Text))
		})
	list.OnSelected = func(i widget.ListItemID) { u.goTo(flagged[i].DocID, flagged[i].Index) }
	check := container.NewBorder(widget.NewLabel(lang.L("Final label → the model's label, most confident first; tap to open")), nil, nil, nil, list)
	switchOn := widget.NewCheck(lang.L("Show suggestions in this project"), func(on bool) { u.setSuggestionsOn(on) })
	switchOn.SetChecked(u.sugg.on)
	tabs := container.NewAppTabs(
		container.NewTabItem(lang.L("Model card"), container.NewVScroll(container.NewBorder(nil, switchOn, nil, nil, card))),
		container.NewTabItem(lang.L("Consistency check")+fmt.Sprintf(" (%d)", len(flagged)), check),
	)
	w.SetContent(tabs)
	w.Resize(fyne.NewSize(720, 560))
	w.Show()
}

// setSuggestionsOn switches suggestions on or off for the project.
func (u *UI) setSuggestionsOn(on bool) {
	sw, ok := u.b.(interface {
		SetSuggestions(ctx context.Context, by string, on bool) error
	})
	if !ok || on == u.sugg.on {
		return
	}
	annotator := u.annotator
	u.db.do(func() {
		err := sw.SetSuggestions(context.Background(), annotator, on)
		fyne.Do(func() {
			if err != nil {
				u.showError(lang.L("Could not change the setting"), err)
				return
			}
			u.setSuggestions(u.sugg.status, on)
		})
	})
}

// modelTable is the per-label figures and the confusion matrix as text.
func modelTable(r *suggest.Report) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-16s %9s %7s %5s %8s\n", "", "precision", "recall", "F1", "support")
	for _, l := range r.Labels {
		q := r.PerLabel[l]
		fmt.Fprintf(&b, "%-16s %9.2f %7.2f %5.2f %8d\n", l, q.Precision, q.Recall, q.F1, q.Support)
	}
	b.WriteString("\n" + lang.L("confusion (rows: final label, columns: model)") + "\n")
	fmt.Fprintf(&b, "%-16s", "")
	for _, l := range r.Labels {
		fmt.Fprintf(&b, " %6.6s", l)
	}
	for _, l := range r.Labels {
		fmt.Fprintf(&b, "\n%-16s", l)
		for _, p := range r.Labels {
			fmt.Fprintf(&b, " %6d", r.Confusion[l][p])
		}
	}
	return b.String()
}

// learningCurvePlot draws macro-F1 against the share of labels used.
func learningCurvePlot(points []suggest.CurvePoint) fyne.CanvasObject {
	const w, h, pad = 360, 160, 10
	ink := color.NRGBA{R: 0x00, G: 0x72, B: 0xB2, A: 0xFF}
	axis := color.NRGBA{R: 0x88, G: 0x88, B: 0x88, A: 0xFF}
	at := func(p suggest.CurvePoint) fyne.Position {
		return fyne.NewPos(pad+float32(p.Fraction)*(w-2*pad), h-pad-float32(p.MacroF1)*(h-2*pad))
	}
	objs := []fyne.CanvasObject{
		line(fyne.NewPos(pad, h-pad), fyne.NewPos(w-pad, h-pad), axis),
		line(fyne.NewPos(pad, pad), fyne.NewPos(pad, h-pad), axis),
	}
	for i, p := range points {
		dot := canvas.NewCircle(ink)
		dot.Move(at(p).SubtractXY(3, 3))
		dot.Resize(fyne.NewSquareSize(6))
		label := canvas.NewText(fmt.Sprintf("%.2f", p.MacroF1), ink)
		label.TextSize = 10
		label.Move(at(p).SubtractXY(10, 16))
		objs = append(objs, dot, label)
		if i > 0 {
			objs = append(objs, line(at(points[i-1]), at(p), ink))
		}
	}
	plot := container.NewWithoutLayout(objs...)
	return container.NewGridWrap(fyne.NewSize(w, h), plot)
}

func line(a, b fyne.Position, c color.Color) *canvas.Line {
	l := canvas.NewLine(c)
	l.StrokeWidth = 2
	l.Position1, l.Position2 = a, b
	return l
}
