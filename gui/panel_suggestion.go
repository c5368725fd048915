package gui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/veritag/veritag/data/suggest"
)

// suggestionPanel shows the model's suggestion for the selected sentence,
// the sentence with the cue words that weighed most in bold, and the
// model's figures (always, even while suggestions are not shown).
type suggestionPanel struct {
	text  *widget.RichText
	model *widget.Label
}

func newSuggestionPanel() *suggestionPanel {
	p := &suggestionPanel{text: widget.NewRichText(), model: widget.NewLabel("")}
	p.text.Wrapping = fyne.TextWrapWord
	p.model.Wrapping = fyne.TextWrapWord
	return p
}

// update fills the section for sentence i.
func (p *suggestionPanel) update(u *UI, i int) {
	p.model.SetText(modelFigures(u))
	s, ok := u.suggestionFor(i)
	if !ok {
		p.text.Segments = nil
		p.text.Refresh()
		return
	}
	headStyle := widget.RichTextStyleStrong
	headStyle.Inline = false // a line of its own above the sentence
	head := &widget.TextSegment{Text: lang.L("Suggested: {{.Label}} {{.P}}% — a accepts",
		map[string]any{"Label": s.Label, "P": fmt.Sprintf("%.0f", 100*s.Score)}), Style: headStyle}
	segs := []widget.RichTextSegment{head}
	segs = append(segs, cueSegments(u.sents[i].Text, s.Cues)...)
	var words []string
	for _, c := range s.Cues {
		words = append(words, c.Text+" ("+c.Kind+")")
	}
	if len(words) > 0 {
		segs = append(segs, &widget.TextSegment{Text: lang.L("Cues") + ": " + strings.Join(words, ", "), Style: widget.RichTextStyleParagraph})
	}
	p.text.Segments = segs
	p.text.Refresh()
}

// cueSegments is the sentence as one paragraph, its cues in bold.
func cueSegments(text string, cues []suggest.Cue) []widget.RichTextSegment {
	runes := []rune(text)
	bold := make([]bool, len(runes))
	for _, c := range cues {
		for k := max(c.Start, 0); k < min(c.End, len(runes)); k++ {
			bold[k] = true
		}
	}
	var segs []widget.RichTextSegment
	inline := widget.RichTextStyleInline
	strong := widget.RichTextStyleStrong
	strong.Inline = true
	for start := 0; start < len(runes); {
		end := start
		for end < len(runes) && bold[end] == bold[start] {
			end++
		}
		st := inline
		if bold[start] {
			st = strong
		}
		segs = append(segs, &widget.TextSegment{Text: string(runes[start:end]), Style: st})
		start = end
	}
	if len(segs) > 0 { // end the paragraph
		last := segs[len(segs)-1].(*widget.TextSegment)
		last.Style.Inline = false
	}
	return segs
}

// modelFigures describes the model: its cross-validated macro-F1, or why
// there is none yet, and whether suggestions are shown.
func modelFigures(u *UI) string {
	st := u.sugg.status
	var b strings.Builder
	switch {
	case st.Report != nil:
		b.WriteString(lang.L("Model: macro-F1 {{.F1}} (cross-validated on {{.N}} labels)",
			map[string]any{"F1": fmt.Sprintf("%.2f", st.Report.MacroF1), "N": st.Report.TrainedOn}))
	case st.Model != nil:
		b.WriteString(lang.L("Model trained on {{.N}} labels; measuring…", map[string]any{"N": st.Labelled}))
	case st.Reason != "":
		b.WriteString(lang.L("No model yet") + ": " + st.Reason)
	default:
		b.WriteString(lang.L("No model yet"))
	}
	switch {
	case !u.sugg.read: // the first training has not reported yet
	case u.blind.on:
		b.WriteString(". " + lang.L("Suggestions are hidden in blind mode."))
	case !u.sugg.on:
		b.WriteString(". " + lang.L("Suggestions are switched off for this project."))
	case st.Report != nil && !u.suggestionsShown():
		b.WriteString(". " + lang.L("Suggestions show from macro-F1 {{.T}}.", map[string]any{"T": fmt.Sprintf("%.2f", u.threshold())}))
	}
	return b.String()
}
