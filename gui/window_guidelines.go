package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/veritag/veritag/assets"
)

// guidelinesText is the label guidelines in the UI's language, falling back
// to English.
func guidelinesText() string {
	data, err := assets.Guidelines.ReadFile("guidelines/" + uiLanguage() + ".md")
	if err != nil {
		data, _ = assets.Guidelines.ReadFile("guidelines/en.md")
	}
	return string(data)
}

// guidelinesWindow is the open guidelines window and its text.
type guidelinesWindow struct {
	win      fyne.Window
	text     *widget.RichText
	markdown string // what text shows
}

// showGuidelines opens the label guidelines, written for the project's
// label set, in a window of their own to keep beside the article, or
// brings the open one to the front.
func (u *UI) showGuidelines() {
	if u.guides != nil {
		u.guides.win.RequestFocus()
		return
	}
	md := guidelinesFor(guidelinesText(), u.labels)
	text := widget.NewRichTextFromMarkdown(md)
	text.Wrapping = fyne.TextWrapWord
	w := u.app.NewWindow(lang.L("Annotation guidelines"))
	u.guides = &guidelinesWindow{win: w, text: text, markdown: md}
	w.SetOnClosed(func() { u.guides = nil })
	w.SetContent(container.NewVScroll(container.NewPadded(text)))
	w.Resize(fyne.NewSize(620, 720))
	w.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) {
		if k.Name == fyne.KeyEscape {
			w.Close()
		}
	})
	w.Show()
}

// refreshGuidelines rewrites the open guidelines window for the label set
// now in use (a rename, an added or deleted label, a new description).
func (u *UI) refreshGuidelines() {
	if u.guides != nil {
		u.guides.markdown = guidelinesFor(guidelinesText(), u.labels)
		u.guides.text.ParseMarkdown(u.guides.markdown)
	}
}
