package widget

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// FormNote is the wrapping line under a form: a problem, a warning or what
// submitting will do. It is hidden while it has nothing to say.
type FormNote struct {
	*widget.Label
}

// NewFormNote returns an empty, hidden note.
func NewFormNote() *FormNote {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return &FormNote{l}
}

// Say shows msg with the importance imp, or hides the note when msg is "".
func (n *FormNote) Say(msg string, imp widget.Importance) {
	n.Importance = imp
	n.Hidden = msg == ""
	n.SetText(msg)
}
