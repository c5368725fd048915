package export

import (
	"fmt"
	"sort"
	"strings"
)

// card renders the dataset card: a YAML header for the Hugging Face Hub
// (language, task_categories, pretty_name, size_categories, label_names,
// configs) and a Markdown body with the data format, label counts,
// annotators, agreement figures and the guidelines.
func (st *cardStats) card(opts Options) string {
	name := opts.Name
	if name == "" {
		name = "Veritag annotations"
	}
	labels := st.labelNames(opts)
	var b strings.Builder
	b.WriteString("---\n")
	if len(st.langs) > 0 {
		b.WriteString("language:\n")
		for _, l := range sortedKeys(st.langs) {
			fmt.Fprintf(&b, "- %s\n", yamlString(l))
		}
	}
	b.WriteString("task_categories:\n- text-classification\n")
	fmt.Fprintf(&b, "pretty_name: %s\n", yamlString(name))
	fmt.Fprintf(&b, "size_categories:\n- %s\n", sizeCategory(st.sentences))
	b.WriteString("label_names:\n")
	for _, l := range labels {
		fmt.Fprintf(&b, "- %s\n", yamlString(l))
	}
	b.WriteString("configs:\n- config_name: default\n  data_files:\n  - split: train\n    path: data.jsonl\n---\n\n")

	fmt.Fprintf(&b, "# %s\n\n", oneLine(name))
	fmt.Fprintf(&b, "%d sentences from %d news articles, each labelled %s by one or more annotators with Veritag.\n",
		st.sentences, st.docs, strings.Join(labels, ", "))
	if opts.Annotator != "" {
		fmt.Fprintf(&b, "Only the annotations of %s are included.\n", mdCell(opts.Annotator))
	}
	b.WriteString(cardFormat)

	b.WriteString("\n## Labels\n\n| label | description | sentences | annotations |\n|---|---|--:|--:|\n")
	for _, l := range labels {
		desc := ""
		for _, def := range opts.Labels {
			if def.Name == l {
				desc = def.Description
			}
		}
		fmt.Fprintf(&b, "| %s | %s | %d | %d |\n", mdCell(l), mdCell(desc), st.final[l], st.annotations[l])
	}
	fmt.Fprintf(&b, "\n\"sentences\" counts final labels; the sentences that end in a tie (%d) count under no label.\n", st.ties)

	b.WriteString("\n## Annotators\n\n| annotator | annotations |\n|---|--:|\n")
	for _, a := range sortedKeys(st.annotators) {
		fmt.Fprintf(&b, "| %s | %d |\n", mdCell(a), st.annotators[a])
	}

	st.writeAgreement(&b)

	b.WriteString("\n## Annotation guidelines\n\n")
	if opts.Guidelines != "" {
		b.WriteString(strings.TrimSpace(opts.Guidelines) + "\n")
	} else {
		for _, l := range opts.Labels {
			fmt.Fprintf(&b, "- **%s**: %s\n", l.Name, oneLine(l.Description))
		}
	}
	return b.String()
}

const cardFormat = `
## Data

` + "`data.jsonl`" + ` has one JSON object per annotated sentence:

| field | meaning |
|---|---|
| ` + "`id`" + ` | ` + "`\"<doc_id>:<sentence_index>\"`" + ` |
| ` + "`doc_id`, `doc_title`, `lang`" + ` | the article |
| ` + "`sentence_index`" + ` | 0-based position of the sentence in the article |
| ` + "`text`" + ` | the sentence |
| ` + "`start`, `end`" + ` | Unicode code point offsets of the sentence in the article text, end exclusive (Python's ` + "`text[start:end]`" + `) |
| ` + "`label`" + ` | the final label: a list of one label, or of the tied labels |
| ` + "`label_source`" + ` | ` + "`adjudicated`, `single` (one annotation), `majority` or `tie`" + ` |
| ` + "`annotations`" + ` | each annotator's ` + "`label`, `confidence` (1-3, null if not given), `note` and `updated_at`" + ` |
`

// writeAgreement writes the agreement section.
func (st *cardStats) writeAgreement(b *strings.Builder) {
	r := st.agreement.Report()
	fmt.Fprintf(b, "\n## Agreement\n\nBetween annotators, on the %d sentences labelled by at least two of them "+
		"(nominal labels; adjudicated labels not included).\n\n| measure | value |\n|---|--:|\n", r.Items)
	fmt.Fprintf(b, "| percent agreement | %s |\n", figure(r.PercentAgreement))
	fmt.Fprintf(b, "| Krippendorff's alpha | %s |\n", figure(r.KrippendorffAlpha))
	fmt.Fprintf(b, "| Fleiss' kappa (on the %d sentences labelled by all %d annotators) | %s |\n", r.FleissItems, len(r.Annotators), figure(r.FleissKappa))
	if len(r.CohenKappa) > 0 {
		b.WriteString("\n| annotators | sentences | Cohen's kappa |\n|---|--:|--:|\n")
		for _, p := range r.CohenKappa {
			fmt.Fprintf(b, "| %s, %s | %d | %s |\n", mdCell(p.A), mdCell(p.B), p.Items, figure(p.Kappa))
		}
	}
	if r.Items > 0 {
		b.WriteString("\n| label | specific agreement | alpha, label vs rest |\n|---|--:|--:|\n")
		for _, l := range r.Labels {
			fmt.Fprintf(b, "| %s | %s | %s |\n", mdCell(l.Label), figure(l.SpecificAgreement), figure(l.Alpha))
		}
	}
}

// labelNames is the label set's names, then any other label seen, sorted.
func (st *cardStats) labelNames(opts Options) []string {
	var names []string
	known := map[string]bool{}
	for _, l := range opts.Labels {
		names = append(names, l.Name)
		known[l.Name] = true
	}
	extra := map[string]bool{}
	for l := range st.annotations {
		if !known[l] {
			extra[l] = true
		}
	}
	for l := range st.final {
		if !known[l] {
			extra[l] = true
		}
	}
	return append(names, sortedKeys(extra)...)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// figure formats an agreement figure, "undefined" for nil.
func figure(x *float64) string {
	if x == nil {
		return "undefined"
	}
	return fmt.Sprintf("%.3f", *x)
}

// yamlString quotes s as a YAML double-quoted scalar (JSON syntax, which
// YAML 1.2 reads the same).
func yamlString(s string) string { return string(appendString(nil, s)) }

// mdCell makes s safe inside a Markdown table cell.
func mdCell(s string) string { return strings.ReplaceAll(oneLine(s), "|", `\|`) }

// sizeCategory is the Hub's size_categories bin for n examples.
func sizeCategory(n int) string {
	bins := []string{"n<1K", "1K<n<10K", "10K<n<100K", "100K<n<1M", "1M<n<10M", "10M<n<100M", "100M<n<1B"}
	for i, limit := 0, 1000; i < len(bins)-1; i, limit = i+1, limit*10 {
		if n < limit {
			return bins[i]
		}
	}
	return bins[len(bins)-1]
}
