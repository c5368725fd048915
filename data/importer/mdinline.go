package importer

import (
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Inline Markdown constructs, replaced in this order. Go's regexp runs in
// linear time, so hostile input cannot make these slow.
var mdInline = []struct {
	re   *regexp.Regexp
	repl string
}{
	{regexp.MustCompile(`!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])`), ""},                                 // image
	{regexp.MustCompile(`\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])`), "$1"},                              // link: its text
	{regexp.MustCompile(`<((?:https?|ftp|mailto):[^<>\s]+|[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+)>`), "$1"}, // autolink
	{regexp.MustCompile(`<!--[\s\S]*?-->|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>`), ""},            // html
	{regexp.MustCompile("`+"), ""}, // code
}

// escaped is a backslash escape of ASCII punctuation.
var escaped = regexp.MustCompile(`\\[!-/:-@\[-` + "`" + `{-~]`)

// escapeBase is where backslash-escaped characters are parked, in the
// private use area, while markup is stripped.
const escapeBase = 0xE000

// inline strips inline Markdown from one block: emphasis, code, links
// (their text kept), images, autolinks and html tags; entities and
// backslash escapes become the characters they stand for.
func inline(s string) string {
	s = escaped.ReplaceAllStringFunc(s, func(e string) string { return string(rune(escapeBase + int(e[1]))) })
	for _, r := range mdInline {
		s = r.re.ReplaceAllString(s, r.repl)
	}
	s = stripEmphasis(s)
	s = strings.Map(func(r rune) rune {
		if r >= escapeBase && r < escapeBase+utf8.RuneSelf {
			return r - escapeBase
		}
		return r
	}, s)
	return html.UnescapeString(s)
}

// stripEmphasis drops runs of * and _ and ~~ that open or close emphasis:
// those touching a word on at least one side, but not _ inside a word
// (snake_case) nor * between digits (2*3).
func stripEmphasis(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		if c != '*' && c != '_' && c != '~' {
			b.WriteByte(c)
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] == c {
			j++
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		next, _ := utf8.DecodeRuneInString(s[j:])
		word := func(r rune) bool { return r != utf8.RuneError && !unicode.IsSpace(r) }
		keep := !word(prev) && !word(next) ||
			c == '_' && isAlnum(prev) && isAlnum(next) ||
			c == '*' && unicode.IsDigit(prev) && unicode.IsDigit(next) ||
			c == '~' && j-i != 2
		if keep {
			b.WriteString(s[i:j])
		}
		i = j
	}
	return b.String()
}

// isAlnum reports whether r is a letter or digit.
func isAlnum(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
