package gui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// themeChoices are the theme options, stored value then shown name.
func themeChoices() [][2]string {
	return [][2]string{{themeSystem, lang.L("System")}, {themeLight, lang.L("Light")}, {themeDark, lang.L("Dark")}}
}

// showSettings edits the annotator name, theme, text size and language.
func (u *UI) showSettings() {
	name := widget.NewEntry()
	name.SetText(u.annotator)
	nameHint := lang.L("Saved with every tag")
	if u.annotatorFixed() {
		name.Disable()
		nameHint = lang.L("Set by --annotator or VERITAG_ANNOTATOR")
	}

	var themeNames []string
	for _, c := range themeChoices() {
		themeNames = append(themeNames, c[1])
	}
	themeSel := widget.NewSelect(themeNames, nil)
	for _, c := range themeChoices() {
		if c[0] == u.theme.variant {
			themeSel.SetSelected(c[1])
		}
	}

	size := widget.NewSlider(70, 220)
	size.Step = 10
	size.SetValue(float64(u.article.scale * 100))
	sizeLabel := widget.NewLabel("")
	size.OnChanged = func(v float64) { sizeLabel.SetText(fmt.Sprintf("%.0f%%", v)) }
	size.OnChanged(size.Value)

	var langNames []string
	for _, l := range languages {
		langNames = append(langNames, languageName(l.code, l.name))
	}
	langSel := widget.NewSelect(langNames, nil)
	current := u.pref(prefLanguage, "")
	for _, l := range languages {
		if l.code == current {
			langSel.SetSelected(languageName(l.code, l.name))
		}
	}

	items := []*widget.FormItem{
		{Text: lang.L("Annotator"), Widget: name, HintText: nameHint},
		{Text: lang.L("Theme"), Widget: themeSel},
		{Text: lang.L("Article text size"), Widget: container.NewBorder(nil, nil, nil, sizeLabel, size), HintText: lang.L("Also Ctrl+= and Ctrl+-")},
		{Text: lang.L("Language"), Widget: langSel, HintText: lang.L("Takes effect when Veritag restarts")},
	}
	if u.opts.DBPath != "" {
		path := widget.NewLabel(u.opts.DBPath)
		path.Wrapping = fyne.TextWrapBreak
		items = append(items, widget.NewFormItem(lang.L("Database"), path))
	}
	d := dialog.NewForm(lang.L("Settings"), lang.L("Save"), lang.L("Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		for _, c := range themeChoices() {
			if c[1] == themeSel.Selected {
				u.theme.variant = c[0]
				u.app.Preferences().SetString(prefTheme, c[0])
			}
		}
		u.setTextScale(float32(size.Value / 100))
		for _, l := range languages {
			if languageName(l.code, l.name) == langSel.Selected {
				u.app.Preferences().SetString(prefLanguage, l.code)
			}
		}
		u.applyTheme()
		if n := strings.TrimSpace(name.Text); n != "" && !u.annotatorFixed() {
			u.setAnnotator(n)
		}
	}, u.win)
	d.Resize(fyne.NewSize(520, d.MinSize().Height))
	d.Show()
}

// languageName is how a language choice is shown.
func languageName(code, name string) string {
	if code == "" {
		return lang.L("System")
	}
	return name
}
