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

// showGuidelines opens the label guidelines in a window of their own, to
// keep beside the article.
func (u *UI) showGuidelines() {
	text := widget.NewRichTextFromMarkdown(guidelinesText())
	text.Wrapping = fyne.TextWrapWord
	w := u.app.NewWindow(lang.L("Annotation guidelines"))
	w.SetContent(container.NewVScroll(container.NewPadded(text)))
	w.Resize(fyne.NewSize(620, 720))
	w.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) {
		if k.Name == fyne.KeyEscape {
			w.Close()
		}
	})
	w.Show()
}
