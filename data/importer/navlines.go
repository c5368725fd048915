package importer

import (
	"regexp"
	"strings"
)

// navLine matches a line that points elsewhere instead of telling the story:
// related-article links, share prompts, a lone URL. Pasted pages keep them
// as navigation lines; extracted articles drop them.
var navLine = regexp.MustCompile(`(?i)^(?:` +
	`(?:leggi|vedi) anche|leggi (?:di più|tutto|l'articolo)|ti potrebbe(?:ro)? interessare|potrebbe interessarti(?: anche)?|` +
	`potrebbero interessarti|articoli correlati|correlat[io]|approfondimenti|consigliati per te|guarda (?:anche|il video)|` +
	`read (?:more|also|next)|see also|related(?: stories| articles| coverage| content)?|more (?:on|from) (?:this|[a-z ]{1,30})|` +
	`you (?:may|might) also (?:like|be interested)|recommended(?: for you)?|also read|must read|` +
	`condividi(?: su)?|share(?: this| on [a-z]+)?|tweet|stampa|print|` +
	`tags?|topics|argomenti|iscriviti alla newsletter|sign up to our newsletter|subscribe to our newsletter` +
	`)\b\s*(?:[:›»>|–—-]|$)`)

// lonePunct is a line that is nothing but a URL.
var loneURL = regexp.MustCompile(`(?i)^(?:https?://|www\.)\S+$`)

// isNavLine reports whether one line of text (trimmed) is navigation.
func isNavLine(line string) bool {
	if len(line) > 300 {
		return false
	}
	line = strings.TrimSpace(strings.Trim(strings.TrimSpace(line), "*_#>[]"))
	if line == "" {
		return false
	}
	return loneURL.MatchString(line) || navLine.MatchString(line)
}
