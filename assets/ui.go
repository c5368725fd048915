package assets

import "embed"

// Icon is the application icon (PNG).
//
//go:embed icon.png
var Icon []byte

// Translations holds the UI strings, one JSON file per language
// (translations/en.json, translations/it.json), for lang.AddTranslationsFS.
//
//go:embed translations
var Translations embed.FS

// Guidelines holds the label guidelines in Markdown, one file per language
// (guidelines/en.md, guidelines/it.md).
//
//go:embed guidelines
var Guidelines embed.FS
