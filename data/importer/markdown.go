package importer

import (
	"regexp"
	"strings"
)

var (
	mdHeading = regexp.MustCompile(`^(#{1,6})(?:[ \t]+(.*?))??(?:[ \t]+#+)?[ \t]*$`)
	mdItem    = regexp.MustCompile(`^(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)(?:\[[ xX]\][ \t]+)?`)
	mdRefDef  = regexp.MustCompile(`^\[[^\]]+\]:[ \t]*\S`)
	mdRule    = regexp.MustCompile(`^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$`)
)

// stripMarkdown returns the text of a Markdown document without markup: one
// line per heading, paragraph (its soft line breaks joined), list item or
// quoted paragraph; fenced code blocks, rules and link definitions dropped.
// title is the front-matter title, else the first level-1 heading, else "";
// headings holds the numbers of the output lines that are headings.
func stripMarkdown(src string) (text, title string, headings map[int]bool) {
	lines, title := frontMatter(strings.Split(src, "\n"))
	var out, para []string
	headings = map[int]bool{}
	add := func(s string) string {
		if s = oneLine(inline(s)); s != "" {
			out = append(out, s)
		}
		return s
	}
	flush := func() {
		add(strings.Join(para, " "))
		para = para[:0]
	}
	heading := func(h string, level int) {
		flush()
		if h = add(h); h != "" {
			headings[len(out)-1] = true
		}
		if level == 1 && title == "" {
			title = h
		}
	}
	fence := ""
	for _, line := range lines {
		t := stripQuote(strings.TrimSpace(line))
		if fence != "" {
			if strings.HasPrefix(t, fence) && strings.Trim(t, fence[:1]) == "" {
				fence = ""
			}
			continue
		}
		switch {
		case strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~"):
			flush()
			fence = t[:len(t)-len(strings.TrimLeft(t, t[:1]))]
		case t == "":
			flush()
		case len(para) > 0 && strings.Trim(t, "=") == "":
			h := strings.Join(para, " ")
			para = para[:0]
			heading(h, 1)
		case len(para) > 0 && strings.Trim(t, "-") == "":
			h := strings.Join(para, " ")
			para = para[:0]
			heading(h, 2)
		case mdRule.MatchString(t) || mdRefDef.MatchString(t):
			flush()
		case mdHeading.MatchString(t):
			m := mdHeading.FindStringSubmatch(t)
			heading(m[2], len(m[1]))
		default:
			if m := mdItem.FindString(t); m != "" {
				flush()
				t = t[len(m):]
			}
			para = append(para, t)
		}
	}
	flush()
	return strings.Join(out, "\n"), title, headings
}

// stripQuote removes blockquote markers from the start of a trimmed line.
func stripQuote(t string) string {
	for strings.HasPrefix(t, ">") {
		t = strings.TrimLeft(t[1:], " \t")
	}
	return t
}

// frontMatter removes a leading YAML front matter block (between "---"
// lines, every line in it a "key: value", a "- item" or indented) from lines
// and returns its title, if any.
func frontMatter(lines []string) ([]string, string) {
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "---" {
		return lines, ""
	}
	title := ""
	for i, l := range lines[1:] {
		switch t := strings.TrimSpace(l); {
		case t == "---" || t == "...":
			return lines[i+2:], title
		case t == "" || strings.HasPrefix(l, " ") || strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "#"):
		case strings.Contains(t, ":"):
			if k, v, _ := strings.Cut(t, ":"); k == "title" && title == "" {
				title = strings.Trim(strings.TrimSpace(v), `"'`)
			}
		default:
			return lines, ""
		}
	}
	return lines, ""
}
