package gui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/veritag/veritag/data/model"
	vwidget "github.com/veritag/veritag/gui/widget"
)

// showOthers lists other annotators' labels and the adjudicated final
// label, hiding the section when there is none.
func (p *panelView) showOthers(list []model.Annotation, adjudicated string) {
	p.others.RemoveAll()
	p.othersBox.Hidden = len(list) == 0 && adjudicated == ""
	for _, a := range list {
		text := a.Annotator + ": " + a.Label
		if a.Confidence > 0 {
			text += fmt.Sprintf(" (%d)", a.Confidence)
		}
		if a.Note != "" {
			text += " — " + a.Note
		}
		swatch := canvas.NewRectangle(p.u.style(a.Label).Fill)
		swatch.SetMinSize(fyne.NewSquareSize(theme.Size(theme.SizeNameCaptionText)))
		swatch.CornerRadius = 3
		line := vwidget.NewWrapLabel(text, func() float32 { return p.contentWidth() - 2*theme.Size(theme.SizeNameText) })
		p.others.Add(vwidget.Inset(container.NewBorder(nil, nil, container.NewVBox(swatch), nil, line)))
	}
	if adjudicated != "" {
		mark := canvas.NewImageFromResource(vwidget.ScalesIcon(p.u.style(adjudicated).Fill))
		mark.SetMinSize(fyne.NewSquareSize(theme.Size(theme.SizeNameText)))
		line := vwidget.NewWrapLabel(lang.L("Final label (adjudicated): {{.Label}}", map[string]any{"Label": adjudicated}),
			func() float32 { return p.contentWidth() - 2*theme.Size(theme.SizeNameText) })
		line.Style.Bold = true
		p.others.Add(vwidget.Inset(container.NewBorder(nil, nil, container.NewVBox(mark), nil, line)))
	}
	p.othersBox.Refresh()
}

// setHistory lists the newest events of the selected sentence.
func (p *panelView) setHistory(events []model.Event) {
	p.history.RemoveAll()
	if len(events) == 0 {
		p.history.Add(widget.NewLabel(lang.L("No changes yet")))
	}
	for n, ev := range events {
		if n == maxHistory {
			p.history.Add(widget.NewLabel(lang.L("… and {{.N}} earlier", map[string]any{"N": len(events) - maxHistory})))
			break
		}
		line := vwidget.NewWrapLabel(describeEvent(ev), p.contentWidth)
		line.SizeName = theme.SizeNameCaptionText
		p.history.Add(line)
	}
	p.history.Refresh()
}

// clip shortens s to at most n runes, ending in "…" when cut.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// describeEvent says who changed what, when.
func describeEvent(ev model.Event) string {
	who := ev.Actor
	if who == "" {
		who = ev.Annotator
	}
	if ev.Annotator != "" && ev.Annotator != who {
		who += " (" + lang.L("for {{.Name}}", map[string]any{"Name": ev.Annotator}) + ")"
	}
	s := ev.At.Local().Format("2 Jan 15:04") + " · " + who + ": " + labelOrNone(ev.Old.Label) + " → " + labelOrNone(ev.New.Label)
	if ev.Old.Label == ev.New.Label {
		s = ev.At.Local().Format("2 Jan 15:04") + " · " + who + ": " + ev.New.Label
	}
	if ev.Old.Confidence != ev.New.Confidence && ev.New.Label != "" {
		s += " · " + lang.L("confidence") + fmt.Sprintf(" %d", ev.New.Confidence)
	}
	switch {
	case ev.Old.Note == ev.New.Note || ev.New.Label == "":
	case ev.New.Note == "":
		s += " · " + lang.L("note removed")
	default:
		s += " · “" + clip(ev.New.Note, 40) + "”"
	}
	if ev.Kind != "" && ev.Kind != model.EventAnnotate {
		s += " (" + lang.L(string(ev.Kind)) + ")"
	}
	return s
}
