package widget

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// NoteEntry is the note field: Enter saves (Shift+Enter starts a new line),
// Escape and leaving the field save too.
type NoteEntry struct {
	widget.Entry
	shift  bool
	onSave func(text string)
}

// NewNoteEntry makes a note field that hands its text to onSave.
func NewNoteEntry(onSave func(string)) *NoteEntry {
	e := &NoteEntry{onSave: onSave}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	return e
}

// KeyDown tracks Shift.
func (e *NoteEntry) KeyDown(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = true
	}
	e.Entry.KeyDown(k)
}

// KeyUp tracks Shift.
func (e *NoteEntry) KeyUp(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = false
	}
	e.Entry.KeyUp(k)
}

// TypedKey saves on Enter and Escape, handing the keyboard back to the
// article.
func (e *NoteEntry) TypedKey(k *fyne.KeyEvent) {
	switch {
	case k.Name == fyne.KeyEscape, (k.Name == fyne.KeyReturn || k.Name == fyne.KeyEnter) && !e.shift:
		if c := fyne.CurrentApp().Driver().CanvasForObject(e); c != nil && c.Focused() == e {
			c.Unfocus() // FocusLost saves
			return
		}
		e.onSave(e.Text)
		return
	}
	e.Entry.TypedKey(k)
}

// FocusLost saves the note.
func (e *NoteEntry) FocusLost() {
	e.Entry.FocusLost()
	e.shift = false
	e.onSave(e.Text)
}

// KeyEntry is a one-line entry that offers navigation keys (Up, Down,
// Escape) to a handler before editing with them.
type KeyEntry struct {
	widget.Entry
	onKey func(*fyne.KeyEvent) bool // true when handled
}

// NewKeyEntry makes an entry that offers each key to onKey first.
func NewKeyEntry(onKey func(*fyne.KeyEvent) bool) *KeyEntry {
	e := &KeyEntry{onKey: onKey}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey passes the key to the handler first.
func (e *KeyEntry) TypedKey(k *fyne.KeyEvent) {
	if e.onKey != nil && e.onKey(k) {
		return
	}
	e.Entry.TypedKey(k)
}
