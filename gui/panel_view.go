package gui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/veritag/veritag/data/model"
	vwidget "github.com/veritag/veritag/gui/widget"
)

// panelWidth is the annotation panel's width in multiples of the text size.
const panelWidth = 27

// maxHistory is how many history entries the panel lists.
const maxHistory = 8

// panelView is the annotation panel: the selected sentence in full, a
// button per label, confidence, note, other annotators' labels and the
// sentence's history.
type panelView struct {
	u          *UI
	box        *fyne.Container
	heading    *widget.Label
	sentence   *vwidget.WrapLabel
	buttons    []*vwidget.LabelButton
	labelsBox  *fyne.Container
	clear      *widget.Button
	confidence *widget.RadioGroup
	note       *vwidget.NoteEntry
	noteFor    [2]int64 // document and sentence the note field shows
	others     *fyne.Container
	othersBox  *fyne.Container
	history    *fyne.Container
	suggestion *suggestionPanel  // the suggestion, its cues and the model's figures
	updating   bool              // set while the panel fills its widgets
	edge       *widget.Separator // the line on the panel's left, hidden when it sits below the article
}

func newPanelView(u *UI) *panelView {
	p := &panelView{u: u}
	p.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.sentence = vwidget.NewWrapLabel("", p.contentWidth)
	p.labelsBox = container.NewVBox()
	p.clear = widget.NewButtonWithIcon(lang.L("Clear")+"  (0)", theme.ContentClearIcon(), func() {
		u.win.Canvas().Unfocus()
		u.clearTag()
	})
	p.confidence = widget.NewRadioGroup(vwidget.ConfidenceLevels(), p.confidenceChanged)
	p.confidence.Horizontal = true
	p.note = vwidget.NewNoteEntry(p.noteChanged)
	p.note.SetMinRowsVisible(3)
	p.others = container.NewVBox()
	p.othersBox = container.NewVBox(sectionTitle(lang.L("Other annotators")), p.others)
	p.history = container.NewVBox()
	p.suggestion = newSuggestionPanel()
	p.clear.Importance = widget.LowImportance
	guidelines := widget.NewButtonWithIcon(lang.L("Guidelines"), theme.HelpIcon(), u.showGuidelines)
	guidelines.Importance = widget.LowImportance

	content := container.NewVBox(
		p.heading,
		vwidget.Inset(p.sentence),
		widget.NewSeparator(),
		container.NewBorder(nil, nil, nil, container.NewHBox(p.clear, guidelines), sectionTitle(lang.L("Label"))),
		p.labelsBox,
		sectionTitle(lang.L("Confidence")),
		p.confidence,
		sectionTitle(lang.L("Note")),
		p.note,
		sectionTitle(lang.L("Suggestion")),
		vwidget.Inset(p.suggestion.text),
		vwidget.Inset(p.suggestion.model),
		p.othersBox,
		sectionTitle(lang.L("History")),
		vwidget.Inset(p.history),
	)
	scroll := container.NewVScroll(container.NewPadded(content))
	p.edge = widget.NewSeparator()
	p.box = container.New(&vwidget.SideWidth{Width: panelWidth}, container.NewBorder(nil, nil, p.edge, nil, scroll))
	return p
}

// sectionTitle is a small heading in the panel.
func sectionTitle(s string) fyne.CanvasObject {
	t := widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	t.SizeName = theme.SizeNameCaptionText
	return t
}

// contentWidth is the width text has inside the panel.
func (p *panelView) contentWidth() float32 {
	th := p.u.app.Settings().Theme()
	return panelWidth*th.Size(theme.SizeNameText) - 4*th.Size(theme.SizeNamePadding) -
		th.Size(theme.SizeNameScrollBar) - 2*th.Size(theme.SizeNameInnerPadding)
}

// buttonTextWidth is the width a label button's description has.
func (p *panelView) buttonTextWidth() float32 {
	th := p.u.app.Settings().Theme()
	return p.contentWidth() - th.Size(theme.SizeNameText)*2.2 - 6*th.Size(theme.SizeNamePadding)
}

// setLabels makes one button per label.
func (p *panelView) setLabels(labels []model.Label) {
	p.buttons = p.buttons[:0]
	p.labelsBox.RemoveAll()
	for _, l := range labels {
		b := vwidget.NewLabelButton(l, p.u.style, p.u.dark, p.buttonTextWidth, func() {
			p.u.win.Canvas().Unfocus()
			p.u.tag(l.Name)
		})
		p.buttons = append(p.buttons, b)
		p.labelsBox.Add(b)
	}
	p.update()
	p.box.Refresh() // lays the panel out again for the new buttons
}

// update shows the selected sentence and its annotations.
func (p *panelView) update() {
	u := p.u
	p.updating = true
	defer func() { p.updating = false }()
	i := u.selected
	has := i >= 0 && i < len(u.sents)
	ann, tagged := u.mine[i]
	p.suggestion.update(u, i)
	if !has {
		p.heading.SetText(lang.L("No sentence selected"))
		p.sentence.SetText("")
	} else {
		p.heading.SetText(lang.L("Sentence {{.N}} of {{.Total}}", map[string]any{"N": i + 1, "Total": len(u.sents)}))
		p.sentence.SetText(u.sents[i].Text)
	}
	for _, b := range p.buttons {
		b.SetActive(tagged && b.Label.Name == ann.Label)
		vwidget.SetEnabled(b, has)
	}
	vwidget.SetEnabled(p.clear, tagged)
	vwidget.SetEnabled(p.confidence, tagged)
	level := ""
	if tagged && ann.Confidence >= 1 && ann.Confidence <= 3 {
		level = vwidget.ConfidenceLevels()[ann.Confidence-1]
	}
	if p.confidence.Selected != level {
		p.confidence.SetSelected(level)
	}
	target := [2]int64{u.doc.ID, int64(i)}
	if !(u.win.Canvas().Focused() == p.note && p.noteFor == target) {
		p.noteFor = target
		p.note.SetText(ann.Note)
	}
	vwidget.SetEnabled(p.note, tagged)
	hint := lang.L("Note (Enter saves, Shift+Enter new line)")
	if !tagged {
		hint = lang.L("Tag the sentence to add a note")
	}
	if p.note.PlaceHolder != hint {
		p.note.SetPlaceHolder(hint)
	}
	p.showOthers(u.others[i], u.finalLabel(i))
	if !has {
		p.history.RemoveAll()
	}
}

// confidenceChanged stores a new confidence (none when the choice is
// tapped again) for the selected sentence and gives the keys back to the
// article.
func (p *panelView) confidenceChanged(choice string) {
	if p.updating {
		return
	}
	p.u.win.Canvas().Unfocus()
	level := 0
	for n, c := range vwidget.ConfidenceLevels() {
		if c == choice {
			level = n + 1
		}
	}
	p.u.setConfidence(level)
}

// noteChanged stores the note for the sentence it was written on.
func (p *panelView) noteChanged(text string) {
	if p.updating || p.noteFor[0] != p.u.doc.ID {
		return
	}
	p.u.setNote(int(p.noteFor[1]), strings.TrimSpace(text))
}
