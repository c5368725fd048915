package suggest

import (
	"bufio"
	"fmt"
	"sort"
	"strings"

	"github.com/veritag/veritag/assets"
)

// Cue kinds found without a lexicon entry.
const (
	KindWord   = "word"   // a word that weighed, not in a lexicon
	KindNumber = "number" // a number
	KindQuote  = "quote"  // a quotation mark
)

// Lexicon holds cue phrases by kind ("attribution", "hedge", ...): whole
// phrases of folded words, and word beginnings ("dichiar*") and endings
// ("*rebbe") that catch inflected forms.
type Lexicon struct {
	phrases  map[string][]phraseEntry // first word -> phrases starting with it
	prefixes []affixEntry
	suffixes []affixEntry
	size     int
}

type phraseEntry struct {
	words []string
	kind  string
}

type affixEntry struct {
	affix, kind string
}

// minStem is how many letters a word must keep besides a matched affix.
const minStem = 2

// ParseLexicon reads a cue file: "[kind]" lines start a section, every
// other non-blank line not starting with # is a phrase of that kind;
// "word*" matches words that begin so, "*ending" words that end so.
// Case and accents do not matter.
func ParseLexicon(name, text string) (*Lexicon, error) {
	lx := &Lexicon{phrases: map[string][]phraseEntry{}}
	return lx, lx.add(name, text)
}

func (lx *Lexicon) add(name, text string) error {
	kind := ""
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			kind = strings.TrimSpace(line[1 : len(line)-1])
			continue
		}
		if kind == "" {
			return fmt.Errorf("%s line %d: %q comes before any [kind] line", name, n, line)
		}
		lx.size++
		switch {
		case strings.HasPrefix(line, "*"):
			lx.suffixes = append(lx.suffixes, affixEntry{fold(line[1:]), kind})
		case strings.HasSuffix(line, "*"):
			lx.prefixes = append(lx.prefixes, affixEntry{fold(line[:len(line)-1]), kind})
		default:
			var words []string
			for _, t := range tokenize(line) {
				words = append(words, t.folded)
			}
			if len(words) == 0 {
				return fmt.Errorf("%s line %d: %q has no word", name, n, line)
			}
			lx.phrases[words[0]] = append(lx.phrases[words[0]], phraseEntry{words, kind})
		}
	}
	for _, list := range lx.phrases { // longest phrase first
		sort.SliceStable(list, func(i, j int) bool { return len(list[i].words) > len(list[j].words) })
	}
	return sc.Err()
}

// Size is the number of entries in the lexicon.
func (lx *Lexicon) Size() int { return lx.size }

// cueSpan is one cue found in a sentence: tokens [first, last] of kind.
type cueSpan struct {
	first, last int
	kind        string
}

// find lists the cues in tokens, left to right; a phrase takes its words
// so that no word is in two cues.
func (lx *Lexicon) find(tokens []token) []cueSpan {
	var out []cueSpan
	for i := 0; i < len(tokens); i++ {
		t := tokens[i]
		switch t.kind {
		case numberToken:
			out = append(out, cueSpan{i, i, KindNumber})
			continue
		case quoteToken:
			out = append(out, cueSpan{i, i, KindQuote})
			continue
		}
		if n, kind := lx.phraseAt(tokens, i); n > 0 {
			out = append(out, cueSpan{i, i + n - 1, kind})
			i += n - 1
			continue
		}
		if kind := lx.affixKind(t.folded); kind != "" {
			out = append(out, cueSpan{i, i, kind})
		}
	}
	return out
}

// phraseAt is the length and kind of the longest phrase starting at i.
func (lx *Lexicon) phraseAt(tokens []token, i int) (int, string) {
next:
	for _, p := range lx.phrases[tokens[i].folded] {
		if i+len(p.words) > len(tokens) {
			continue
		}
		for j, w := range p.words {
			if tokens[i+j].folded != w {
				continue next
			}
		}
		return len(p.words), p.kind
	}
	return 0, ""
}

// affixKind is the kind of the first affix entry a word matches.
func (lx *Lexicon) affixKind(w string) string {
	for _, a := range lx.prefixes {
		if len(w) >= len(a.affix)+minStem && strings.HasPrefix(w, a.affix) {
			return a.kind
		}
	}
	for _, a := range lx.suffixes {
		if len(w) >= len(a.affix)+minStem && strings.HasSuffix(w, a.affix) {
			return a.kind
		}
	}
	return ""
}

// BuiltinLexicon is every cue file shipped in assets (all languages in
// one: their words rarely collide, and a document whose language is
// unknown still gets the cues). It panics on a malformed shipped file,
// which a test catches.
func BuiltinLexicon() *Lexicon {
	lx := &Lexicon{phrases: map[string][]phraseEntry{}}
	for _, f := range assets.CueFiles() {
		if err := lx.add(f.Name, f.Text); err != nil {
			panic(err)
		}
	}
	return lx
}

// LexiconSizes counts the entries of each shipped cue file by language.
func LexiconSizes() (map[string]int, error) {
	out := map[string]int{}
	for _, f := range assets.CueFiles() {
		lx, err := ParseLexicon(f.Name, f.Text)
		if err != nil {
			return nil, err
		}
		out[f.Lang] = lx.Size()
	}
	return out, nil
}
