package gui

import (
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/veritag/veritag/assets"
)

// Language choices stored in preferences; "" follows the system.
var languages = []struct{ code, name string }{
	{"", "System"},
	{"en", "English"},
	{"it", "Italiano"},
}

// loadTranslations loads the embedded translations in the language chosen
// in the preferences, or the system's.
func loadTranslations(a fyne.App) {
	if code := a.Preferences().String(prefLanguage); code != "" {
		// Fyne picks the translation from the locale environment.
		os.Unsetenv("LC_ALL")
		os.Setenv("LC_MESSAGES", code)
		os.Setenv("LANGUAGE", code)
	}
	if err := lang.AddTranslationsFS(assets.Translations, "translations"); err != nil {
		fyne.LogError("loading translations", err)
	}
}

// uiLanguage is the two-letter code of the language the UI speaks, as its
// translation file declares it.
func uiLanguage() string { return lang.X("language.code", "en") }
