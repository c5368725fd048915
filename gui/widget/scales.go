package widget

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
)

// scalesSVG draws a pair of scales, the mark of an adjudicated sentence,
// in one colour (%[1]s).
const scalesSVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">` +
	`<g fill="%[1]s" stroke="%[1]s" stroke-width="1.3" stroke-linecap="round">` +
	`<rect x="11" y="3" width="2" height="16" stroke="none"/>` +
	`<rect x="6" y="19" width="12" height="2.5" rx="1" stroke="none"/>` +
	`<rect x="3" y="5" width="18" height="2" rx="1" stroke="none"/>` +
	`<path d="M5 7 L2 13 M5 7 L8 13 M19 7 L16 13 M19 7 L22 13" fill="none"/>` +
	`<path d="M1.3 13 h7.4 a3.7 3.7 0 0 1 -7.4 0z M15.3 13 h7.4 a3.7 3.7 0 0 1 -7.4 0z" stroke="none"/>` +
	`</g></svg>`

// scalesIcons caches the scales icon by colour; used on the UI thread only.
var scalesIcons = map[string]fyne.Resource{}

// ScalesIcon is the adjudication mark drawn in c.
func ScalesIcon(c color.NRGBA) fyne.Resource {
	hex := ToHex(c)
	if r, ok := scalesIcons[hex]; ok {
		return r
	}
	r := fyne.NewStaticResource("scales-"+hex[1:]+".svg", fmt.Appendf(nil, scalesSVG, hex))
	scalesIcons[hex] = r
	return r
}

// ToHex writes c as "#rrggbb".
func ToHex(c color.NRGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }
