package gui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/veritag/veritag/data/model"
)

// statusBar is the line at the bottom: whether the last change is saved,
// the team hub link, where the selection is, who is annotating, and a
// help button. It reads the position from a statusSource and is told the
// rest, so it is tested alone.
type statusBar struct {
	src       statusSource
	saveState *widget.Label
	annotator *widget.Label
	position  *widget.Label
	hub       *hubIndicator   // the team hub link's state, while connected
	centre    *fyne.Container // the save state, and the hub indicator beside it while connected
	box       *fyne.Container
}

// statusSource is what the status bar reads from the main window.
type statusSource interface {
	// statusLine is who is annotating and where: the selected sentence
	// (-1: none), the open article's sentence count and how many of its
	// sentences the annotator has tagged.
	statusLine() (annotator string, selected, total, tagged int)
}

// newStatusBar makes the status bar; showHelp and showHub are its help
// button and hub indicator, badge sits at its right (blind mode's).
func newStatusBar(src statusSource, showHelp, showHub func(), badge fyne.CanvasObject) *statusBar {
	s := &statusBar{src: src, saveState: widget.NewLabel(""), annotator: widget.NewLabel(""), position: widget.NewLabel(""), hub: newHubIndicator(showHub)}
	s.centre = container.NewStack(s.saveState)
	s.saveState.Truncation = fyne.TextTruncateEllipsis
	s.saveState.SetText(lang.L("Every tag is saved as you make it"))
	help := widget.NewButtonWithIcon(lang.L("Keys")+" (F1)", theme.HelpIcon(), showHelp)
	help.Importance = widget.LowImportance
	s.box = container.NewBorder(widget.NewSeparator(), nil, nil,
		container.NewHBox(badge, s.position, widget.NewSeparator(), s.annotator, help), s.centre)
	return s
}

// update shows the annotator and the position in the open article.
func (s *statusBar) update() {
	annotator, selected, total, tagged := s.src.statusLine()
	s.annotator.SetText(lang.L("Annotator") + ": " + annotator)
	if total == 0 || selected < 0 {
		s.position.SetText("")
		return
	}
	s.position.SetText(lang.L("Sentence {{.N}} (index {{.Index}}) of {{.Total}} · {{.Done}} tagged",
		map[string]any{"N": selected + 1, "Index": selected, "Total": total, "Done": tagged}))
}

// saving says a change is on its way to the database.
func (s *statusBar) saving() { s.saveState.SetText(lang.L("Saving…")) }

// saved says the last change is committed.
func (s *statusBar) saved() {
	s.saveState.SetText(lang.L("Saved") + " ✓ " + time.Now().Format("15:04:05"))
	s.update()
}

// failed says the last change was not saved.
func (s *statusBar) failed() { s.saveState.SetText(lang.L("Not saved")) }

// message shows a short message in place of the save state.
func (s *statusBar) message(m string) { s.saveState.SetText(m) }

// stepped reports an undo or redo: what it changed, and where.
func (s *statusBar) stepped(ev model.Event) {
	msg := lang.L("Undone")
	if ev.Kind == model.EventRedo {
		msg = lang.L("Redone")
	}
	s.saveState.SetText(msg + ": " + changeOn(ev) + " · " + lang.L("Saved") + " ✓")
	s.update()
}

// changeOn says what an event changed and on which sentence, counted from
// 1 as the GUI counts, with the 0-based index veritag-cli uses:
// "note on sentence 6 (index 5)".
func changeOn(ev model.Event) string {
	where := map[string]any{"N": ev.SentenceIndex + 1, "Index": ev.SentenceIndex}
	switch {
	case ev.Old.Label != ev.New.Label:
		where["Old"], where["New"] = labelOrNone(ev.Old.Label), labelOrNone(ev.New.Label)
		return lang.L("tag {{.Old}} → {{.New}} on sentence {{.N}} (index {{.Index}})", where)
	case ev.Old.Confidence != ev.New.Confidence:
		return lang.L("confidence on sentence {{.N}} (index {{.Index}})", where)
	default:
		return lang.L("note on sentence {{.N}} (index {{.Index}})", where)
	}
}

// labelOrNone names a label, or says there is none.
func labelOrNone(l string) string {
	if l == "" {
		return lang.L("(none)")
	}
	return l
}

// statusLine is the annotator and the position in the open article, for
// the status bar.
func (u *UI) statusLine() (annotator string, selected, total, tagged int) {
	return u.annotator, u.selected, len(u.sents), len(u.mine)
}
