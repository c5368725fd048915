package gui

import (
	"strconv"

	"fyne.io/fyne/v2/lang"

	vwidget "github.com/veritag/veritag/gui/widget"
)

// keyOptions are the keys 1–9 for the form of label self, each naming the
// other label that already uses it.
func (e *labelEditor) keyOptions(self string) []string {
	out := make([]string, 0, maxLabels)
	for k := 1; k <= maxLabels; k++ {
		out = append(out, e.keyOption(strconv.Itoa(k), self))
	}
	return out
}

// keyOption is how key is offered in the form of label self.
func (e *labelEditor) keyOption(key, self string) string {
	for _, l := range e.u.labels {
		if l.Key == key && l.Name != self {
			return key + "  · " + lang.L("used by {{.Name}}", map[string]any{"Name": l.Name})
		}
	}
	return key
}

// freeKey is the first key no label uses.
func (e *labelEditor) freeKey() string {
	for k := 1; k <= maxLabels; k++ {
		if e.keyOption(strconv.Itoa(k), "") == strconv.Itoa(k) {
			return strconv.Itoa(k)
		}
	}
	return "1"
}

// freeColor is the first palette colour no label has.
func (e *labelEditor) freeColor() string {
	used := map[string]bool{}
	for _, l := range e.u.labels {
		used[vwidget.ToHex(e.u.style(l.Name).Fill)] = true
	}
	for _, c := range vwidget.Palette {
		if !used[vwidget.ToHex(c)] {
			return vwidget.ToHex(c)
		}
	}
	return vwidget.ToHex(vwidget.Palette[len(e.u.labels)%len(vwidget.Palette)])
}
