// Package assets embeds the files Veritag ships: the sample article, the
// label guidelines, the UI translations and the icon.
package assets

import _ "embed"

// SampleArticle is the Italian news article imported on first run.
//
//go:embed sample-kursk-it.txt
var SampleArticle string

// SampleTitle is the sample article's title.
const SampleTitle = "Soldati nordcoreani a Kursk: Lavrov e la cooperazione militare tra Mosca e Pyongyang"
