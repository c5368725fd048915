package gui

import "fyne.io/fyne/v2/lang"

// shiftedDigits are the characters Shift+1, Shift+2 and Shift+3 type on
// US and UK, Italian, German and French keyboards, mapped to the
// confidence they set.
var shiftedDigits = map[rune]int{'!': 1, '@': 2, '#': 3, '"': 2, '£': 3, '§': 3}

// focusNote puts the keyboard in the selected sentence's note field (Enter
// saves, Esc returns to the article); an untagged sentence has none.
func (u *UI) focusNote() {
	if u.current(u.selected).Label == "" {
		u.status.message(lang.L("Tag the sentence to add a note"))
		return
	}
	u.win.Canvas().Focus(u.panel.note)
}

// nextUntagged selects the next sentence without the annotator's tag: in
// this article after the selection, else the first one of the next
// article (in library order, wrapping round) that has one.
func (u *UI) nextUntagged() {
	if i := u.nextUnlabelled(u.selected + 1); i >= 0 {
		u.selectSentence(i)
		return
	}
	at := -1
	for k, d := range u.docs {
		if d.ID == u.doc.ID {
			at = k
		}
	}
	for step := 1; step <= len(u.docs); step++ {
		d := u.docs[(at+step+len(u.docs))%len(u.docs)]
		if d.ID == u.doc.ID {
			if i := u.nextUnlabelled(0); i >= 0 {
				u.selectSentence(i)
				return
			}
			continue
		}
		if u.progress[d.ID] < d.SentenceCount {
			u.open(d.ID, firstUnlabelled)
			return
		}
	}
	u.status.message(lang.L("Every sentence is tagged"))
}
