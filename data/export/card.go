package export

import (
	"fmt"
	"sort"
	"strings"
)

// card renders the dataset card: a YAML header by the Hub's dataset card
// spec (language, license, task_categories, pretty_name, size_categories,
// configs, dataset_info with label as a class_label of the label set) and
// a Markdown body with the data format, label counts, annotators,
// agreement figures and the guidelines.
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
	if opts.License != "" {
		fmt.Fprintf(&b, "license: %s\n", yamlString(opts.License))
	} else {
		b.WriteString("license: other # choose one: export again with --license (e.g. cc-by-4.0), or edit this line\n")
	}
	b.WriteString("task_categories:\n- text-classification\n")
	fmt.Fprintf(&b, "pretty_name: %s\n", yamlString(name))
	fmt.Fprintf(&b, "size_categories:\n- %s\n", sizeCategory(st.sentences))
	b.WriteString("configs:\n- config_name: default\n  data_files:\n  - split: train\n    path: data.jsonl\n")
	b.WriteString(cardFeatures)
	for i, l := range labels {
		fmt.Fprintf(&b, "            '%d': %s\n", i, yamlString(l))
	}
	b.WriteString(cardAnnotationFeatures)
	fmt.Fprintf(&b, "  splits:\n  - name: train\n    num_examples: %d\n---\n\n", st.sentences)

	fmt.Fprintf(&b, "# %s\n\n", oneLine(name))
	fmt.Fprintf(&b, "%d sentences from %d news articles, each labelled %s by one or more annotators with Veritag.\n",
		st.sentences, st.docs, strings.Join(labels, ", "))
	if opts.Annotator != "" {
		fmt.Fprintf(&b, "Only the annotations of %s are included.\n", mdCell(opts.Annotator))
	}
	if opts.License == "" {
		b.WriteString("\n**License: not chosen yet.** The header says `license: other`; choose the license the texts and labels may be shared under and put its Hub identifier there (or export again with `--license`).\n")
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

// cardFeatures is the start of dataset_info: the features of data.jsonl
// up to label's class_label names, which follow, one per label.
const cardFeatures = `dataset_info:
  features:
  - name: id
    dtype: string
  - name: doc_id
    dtype: int64
  - name: doc_title
    dtype: string
  - name: sentence_index
    dtype: int64
  - name: text
    dtype: string
  - name: start
    dtype: int64
  - name: end
    dtype: int64
  - name: lang
    dtype: string
  - name: doc_hash
    dtype: string
  - name: kind
    dtype: string
  - name: label
    sequence:
      class_label:
        names:
`

// cardAnnotationFeatures is the rest of dataset_info's features.
const cardAnnotationFeatures = `  - name: label_source
    dtype: string
  - name: annotations
    list:
    - name: annotator
      dtype: string
    - name: label
      dtype: string
    - name: confidence
      dtype: int64
    - name: note
      dtype: string
    - name: updated_at
      dtype: string
    - name: from_suggestion
      dtype: bool
`

// cardFormat describes every field of data.jsonl.
const cardFormat = `
## Data

` + "`data.jsonl`" + ` has one JSON object per annotated sentence:

| field | meaning |
|---|---|
| ` + "`id`" + ` | ` + "`\"<doc_id>:<sentence_index>\"`" + `, unique in the file |
| ` + "`doc_id`" + ` | the article's number in the Veritag database it was exported from |
| ` + "`doc_title`" + ` | the article's title |
| ` + "`sentence_index`" + ` | 0-based position of the sentence in the article |
| ` + "`text`" + ` | the sentence |
| ` + "`start`, `end`" + ` | Unicode code point offsets of the sentence in the article text, end exclusive (Python's ` + "`text[start:end]`" + `) |
| ` + "`lang`" + ` | the article's language code (` + "`it`, `en`" + `) |
| ` + "`doc_hash`" + ` | SHA-256 of the article text: the same article has the same hash in every Veritag database, so it groups sentences by article across exports (use it to keep one article's sentences in one split) |
| ` + "`kind`" + ` | what the sentence is in the article: ` + "`sentence`, `heading` (a headline or subheading) or `nav` (a navigation line kept from a pasted page, such as \"Read more:\")" + ` |
| ` + "`label`" + ` | the final label: a list of one label, or of the tied labels, sorted |
| ` + "`label_source`" + ` | where ` + "`label`" + ` comes from: ` + "`adjudicated` (set by an adjudicator), `single` (one annotation), `majority` (most annotators) or `tie` (several labels share the top count)" + ` |
| ` + "`annotations`" + ` | every annotator's own ` + "`annotator`" + ` (name), ` + "`label`" + `, ` + "`confidence`" + ` (1 low to 3 high, null if not given), ` + "`note`" + ` ("" if none) and ` + "`updated_at`" + ` (RFC 3339, UTC; null if unknown); ` + "`from_suggestion`" + ` is true on an annotation the annotator made by accepting Veritag's suggestion, and absent otherwise |
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
