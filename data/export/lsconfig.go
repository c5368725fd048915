package export

import (
	"encoding/xml"
	"sort"
	"strings"

	"github.com/veritag/veritag/data/model"
)

// labelingConfig is the Label Studio labeling config that matches our
// labelstudio export: the document text with its title, a "labels"
// control with one Label per name, and per region a "note" TextArea and a
// "confidence" Rating of at most 3 stars (Label Studio's default is 5).
func labelingConfig(labels []model.Label) string {
	var b strings.Builder
	b.WriteString("<View>\n  <Header value=\"$title\"/>\n  <Labels name=\"label\" toName=\"text\">\n")
	for _, l := range labels {
		b.WriteString("    <Label value=\"" + xmlAttr(l.Name) + "\"")
		if l.Color != "" {
			b.WriteString(" background=\"" + xmlAttr(l.Color) + "\"")
		}
		if l.Key != "" {
			b.WriteString(" hotkey=\"" + xmlAttr(l.Key) + "\"")
		}
		b.WriteString("/>\n")
	}
	b.WriteString(`  </Labels>
  <Text name="text" value="$text" granularity="symbol"/>
  <View visibleWhen="region-selected">
    <Header value="Note"/>
    <TextArea name="note" toName="text" perRegion="true" editable="true" rows="2"/>
    <Header value="Confidence"/>
    <Rating name="confidence" toName="text" perRegion="true" maxRating="3"/>
  </View>
</View>
`)
	return b.String()
}

// labelNames is the label set followed by any other label seen, sorted.
func labelNames(set []model.Label, seen map[string]bool) []model.Label {
	out := append([]model.Label(nil), set...)
	known := map[string]bool{}
	for _, l := range set {
		known[l.Name] = true
	}
	var extra []string
	for name := range seen {
		if !known[name] {
			extra = append(extra, name)
		}
	}
	sort.Strings(extra)
	for _, name := range extra {
		out = append(out, model.Label{Name: name})
	}
	return out
}

// xmlAttr escapes s for a double-quoted XML attribute.
func xmlAttr(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}
