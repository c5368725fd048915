package gui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Theme choices stored in preferences.
const (
	themeSystem = "system"
	themeLight  = "light"
	themeDark   = "dark"
)

// appTheme wraps the default theme with a fixed variant (or the system's).
// Its sizes are the default ones: Ctrl+= and Ctrl+- scale the article's
// text only (articleView.scale), never the menus, panels or status bar.
type appTheme struct {
	variant string
}

// Color returns the default theme's colour for the chosen variant.
func (t *appTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return theme.DefaultTheme().Color(n, t.effective(v))
}

// effective is the variant actually shown when the system asks for v.
// dark reports whether the app shows its dark variant now.
func (u *UI) dark() bool {
	return u.theme.effective(fyne.CurrentApp().Settings().ThemeVariant()) == theme.VariantDark
}

func (t *appTheme) effective(v fyne.ThemeVariant) fyne.ThemeVariant {
	switch t.variant {
	case themeLight:
		return theme.VariantLight
	case themeDark:
		return theme.VariantDark
	}
	return v
}

// Font returns the default font.
func (t *appTheme) Font(s fyne.TextStyle) fyne.Resource { return theme.DefaultTheme().Font(s) }

// Icon returns the default icon.
func (t *appTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

// Size returns the default size.
func (t *appTheme) Size(n fyne.ThemeSizeName) float32 { return theme.DefaultTheme().Size(n) }
