package team

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/veritag/veritag/data/agree"
	"github.com/veritag/veritag/data/model"
	vwidget "github.com/veritag/veritag/gui/widget"
)

// itemContent lays out one item: where it is in the queue, the sentence
// in its context, the annotators' cards and, on the right, the label
// buttons that decide.
func (v *adjudicationView) itemContent() fyne.CanvasObject {
	h := v.host
	v.position = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.done = vwidget.NewThinBar()
	v.prev = widget.NewButtonWithIcon(lang.L("Previous")+"  (k)", theme.NavigateBackIcon(), func() { v.move(-1) })
	v.next = widget.NewButtonWithIcon(lang.L("Next")+"  (j)", theme.NavigateNextIcon(), func() { v.move(1) })
	open := widget.NewButtonWithIcon(lang.L("Open in the article"), theme.DocumentIcon(), v.openArticle)
	top := container.NewVBox(container.NewBorder(nil, nil, nil, container.NewHBox(v.prev, v.next, open), v.position),
		container.NewPadded(v.done))

	v.article = vwidget.SmallText("")
	v.article.Truncation = fyne.TextTruncateEllipsis
	v.before, v.after = v.contextLabel(), v.contextLabel()
	v.sentence = vwidget.NewWrapLabel("", func() float32 { return v.mainWidth() - 4*theme.Padding() })
	v.sentence.SizeName = theme.SizeNameSubHeadingText
	v.tally = vwidget.NewWrapLabel("", v.mainWidth)
	v.votes = container.NewGridWithColumns(3)
	main := container.NewVBox(v.article, vwidget.Inset(v.before), vwidget.NewCard(vwidget.Inset(v.sentence)), vwidget.Inset(v.after), widget.NewSeparator(),
		vwidget.Heading(lang.L("Annotators")), vwidget.Inset(v.tally), v.votes)

	v.verdict = vwidget.NewWrapLabel("", h.SideContentWidth)
	v.decide = container.NewVBox()
	v.buttons = nil
	for _, l := range h.Labels() {
		b := vwidget.NewLabelButton(l, h.Style, h.Dark, h.ButtonWidth, func() { v.setFinal(l.Name) })
		v.buttons = append(v.buttons, b)
		v.decide.Add(b)
	}
	v.remove = widget.NewButtonWithIcon(lang.L("Remove the final label")+"  (0)", theme.ContentClearIcon(), func() { v.setFinal("") })
	v.remove.Importance = widget.LowImportance
	side := container.New(&vwidget.SideWidth{Width: h.SideWidth}, container.NewVScroll(container.NewPadded(
		container.NewVBox(vwidget.Heading(lang.L("Final label")), vwidget.Inset(v.verdict), v.decide, v.remove))))
	v.body = container.NewVScroll(container.NewPadded(main))
	return container.NewBorder(top, nil, nil, container.NewHBox(widget.NewSeparator(), side), v.body)
}

// contextLabel shows a neighbouring sentence, in small italics.
func (v *adjudicationView) contextLabel() *vwidget.WrapLabel {
	l := vwidget.NewWrapLabel("", v.mainWidth)
	l.SizeName = theme.SizeNameCaptionText
	l.Style.Italic = true
	return l
}

// mainWidth is the width of the column left of the label buttons, for
// text wrapped before it is first laid out.
func (v *adjudicationView) mainWidth() float32 {
	th := v.host.App.Settings().Theme()
	return v.win.Canvas().Size().Width - v.host.SideWidth*th.Size(theme.SizeNameText) - 10*th.Size(theme.SizeNamePadding)
}

// show fills the window with the item at v.at.
func (v *adjudicationView) show() {
	if v.position == nil || v.at >= len(v.queue) {
		return
	}
	s := v.queue[v.at]
	decided := 0
	for _, x := range v.queue {
		if x.Adjudicated != "" {
			decided++
		}
	}
	v.position.SetText(lang.L("{{.N}} of {{.Total}}", map[string]any{"N": v.at + 1, "Total": len(v.queue)}) + "  ·  " +
		lang.L("{{.Done}} adjudicated", map[string]any{"Done": decided}))
	v.done.SetValue(float64(decided) / float64(len(v.queue)))
	vwidget.SetEnabled(v.prev, v.at > 0)
	vwidget.SetEnabled(v.next, v.at < len(v.queue)-1)
	v.article.SetText(lang.L("{{.Title}} · sentence {{.N}}", map[string]any{"Title": v.titles[s.DocID], "N": s.Index + 1}))
	v.sentence.SetText(s.Text)
	v.showContext(s)
	v.showVotes(s)
	for _, b := range v.buttons {
		b.SetActive(b.Label.Name == s.Adjudicated)
	}
	vwidget.SetEnabled(v.remove, s.Adjudicated != "")
	v.verdict.Style.Bold = s.Adjudicated != ""
	v.body.Refresh() // the texts' heights changed
	if s.Adjudicated != "" {
		v.verdict.SetText(lang.L("Adjudicated: {{.Label}}", map[string]any{"Label": s.Adjudicated}))
		return
	}
	labels, source := agree.FinalLabel(s)
	if source == agree.SourceTie {
		v.verdict.SetText(lang.L("Not adjudicated yet. Tie between {{.Labels}}.", map[string]any{"Labels": strings.Join(labels, ", ")}))
	} else {
		v.verdict.SetText(lang.L("Not adjudicated yet. Majority: {{.Label}}.", map[string]any{"Label": strings.Join(labels, ", ")}))
	}
}

// showVotes lays out one card per annotator and counts the labels.
func (v *adjudicationView) showVotes(s model.AnnotatedSentence) {
	v.votes.RemoveAll()
	cols := min(max(len(s.Annotations), 1), 3)
	v.votes.Layout = layout.NewGridLayoutWithColumns(cols)
	count := map[string]int{}
	for _, a := range s.Annotations {
		count[a.Label]++
		v.votes.Add(v.voteCard(a, float32(cols)))
	}
	var parts []string
	for _, l := range v.host.Labels() {
		if n := count[l.Name]; n > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", l.Name, n))
			delete(count, l.Name)
		}
	}
	rest := make([]string, 0, len(count))
	for l := range count {
		rest = append(rest, l)
	}
	sort.Strings(rest)
	for _, l := range rest {
		parts = append(parts, fmt.Sprintf("%s %d", l, count[l]))
	}
	v.tally.SetText(strings.Join(parts, "  ·  "))
}

// voteCard shows one annotator's label, confidence and note, on a card
// one of cols in a row.
func (v *adjudicationView) voteCard(a model.Annotation, cols float32) fyne.CanvasObject {
	name := widget.NewLabelWithStyle(a.Annotator, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	name.Truncation = fyne.TextTruncateEllipsis
	conf := lang.L("no confidence given")
	if a.Confidence >= 1 && a.Confidence <= 3 {
		conf = lang.L("Confidence") + ": " + vwidget.ConfidenceLevels()[a.Confidence-1]
	}
	rows := []fyne.CanvasObject{name, vwidget.Inset(container.NewHBox(vwidget.LabelChip(a.Label, v.host.Style(a.Label)))), vwidget.SmallText(conf)}
	if a.Note != "" {
		note := vwidget.NewWrapLabel("“"+a.Note+"”", func() float32 { return v.mainWidth()/cols - 6*theme.Padding() })
		note.Style.Italic = true
		rows = append(rows, vwidget.Inset(note))
	}
	return vwidget.NewCard(container.NewVBox(rows...))
}

// showContext shows the sentences before and after the item, reading the
// article's sentences when it changes.
func (v *adjudicationView) showContext(s model.AnnotatedSentence) {
	if v.nearOf != s.DocID {
		v.before.SetText("")
		v.after.SetText("")
		v.nearOf, v.near = s.DocID, nil
		gen := v.task.gen
		v.host.Run(func() {
			sents, err := v.host.Data.Sentences(context.Background(), s.DocID)
			fyne.Do(func() {
				if err == nil && gen == v.task.gen && v.nearOf == s.DocID {
					v.near = sents
					v.show()
				}
			})
		})
		return
	}
	text := func(i int) string {
		if i >= 0 && i < len(v.near) {
			return v.near[i].Text
		}
		return ""
	}
	v.before.SetText(text(s.Index - 1))
	v.after.SetText(text(s.Index + 1))
	v.before.Hidden, v.after.Hidden = v.before.Text == "", v.after.Text == ""
}
