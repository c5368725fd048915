package gui

import (
	"regexp"
	"strings"

	"github.com/veritag/veritag/data/model"
	vwidget "github.com/veritag/veritag/gui/widget"
)

// labelHeading is a guidelines section about one label: "## 1 · CLAIM",
// with anything after the name ("(affermazione)") kept.
var labelHeading = regexp.MustCompile(`^## \S+ · ([A-Z][A-Z0-9_-]*)(.*)$`)

// guidelineSection is one "## " section of the guidelines text.
type guidelineSection struct {
	heading string
	label   string // the label it is about, "" for a general section
	suffix  string // what follows the label name in the heading
	body    []string
}

// splitGuidelines cuts guidelines markdown into the text before the first
// section and its sections.
func splitGuidelines(text string) (preamble []string, sections []guidelineSection) {
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "## ") {
			s := guidelineSection{heading: line}
			if m := labelHeading.FindStringSubmatch(line); m != nil {
				s.label, s.suffix = m[1], m[2]
			}
			sections = append(sections, s)
			continue
		}
		if len(sections) == 0 {
			preamble = append(preamble, line)
		} else {
			sections[len(sections)-1].body = append(sections[len(sections)-1].body, line)
		}
	}
	return preamble, sections
}

// defaultName is the default label that l is, renamed or not: the one of
// the same name, else the one whose description it still carries.
func defaultName(l model.Label) string {
	for _, d := range model.DefaultLabels {
		if d.Name == l.Name {
			return d.Name
		}
	}
	for _, d := range model.DefaultLabels {
		if l.Description != "" && d.Description == l.Description {
			return d.Name
		}
	}
	return ""
}

// guidelinesFor rewrites the guidelines text for the label set: one
// section per label in key order, with its key, name and description (the
// examples of a default label follow it through a rename), no section for
// a deleted label, and renamed labels renamed in the general sections.
func guidelinesFor(text string, labels []model.Label) string {
	preamble, sections := splitGuidelines(text)
	byLabel := map[string]guidelineSection{}
	var general []guidelineSection
	for _, s := range sections {
		if s.label != "" {
			byLabel[s.label] = s
		} else {
			general = append(general, s)
		}
	}
	var renames []string
	out := []string{strings.TrimRight(strings.Join(preamble, "\n"), "\n"), ""}
	for _, l := range labels {
		from := defaultName(l)
		if from != "" && from != l.Name {
			renames = append(renames, from, l.Name)
		}
		s, matched := byLabel[from]
		heading := "## " + l.Key + " · " + l.Name
		if matched && from == l.Name {
			heading += s.suffix
		}
		out = append(out, heading, "")
		if d := vwidget.Description(l); d != "" {
			out = append(out, d, "")
		}
		for _, line := range s.body {
			if strings.HasPrefix(line, "- ") {
				out = append(out, line)
			}
		}
		out = append(out, "")
	}
	rename := func(line string) string { return line }
	if len(renames) > 0 {
		rename = renamer(renames)
	}
	for _, s := range general {
		out = append(out, rename(s.heading))
		for _, line := range s.body {
			out = append(out, rename(line))
		}
	}
	return strings.Join(out, "\n")
}

// renamer replaces whole-word label names, given as old, new pairs.
func renamer(pairs []string) func(string) string {
	to := map[string]string{}
	var names []string
	for i := 0; i < len(pairs); i += 2 {
		to[pairs[i]] = pairs[i+1]
		names = append(names, regexp.QuoteMeta(pairs[i]))
	}
	re := regexp.MustCompile(`\b(` + strings.Join(names, "|") + `)\b`)
	return func(line string) string { return re.ReplaceAllStringFunc(line, func(w string) string { return to[w] }) }
}
