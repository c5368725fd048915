package segment

import (
	"strings"
	"testing"
)

func TestDetectLang(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"La presenza di soldati nordcoreani nella regione di Kursk ha sottolineato la cooperazione.", "it"},
		{"L’evento si inserisce in un contesto di accordi strategici.", "it"},
		{"È stata una giornata difficile, però è finita.", "it"},
		{"Salve Sig.ra Mengoni! Come sta oggi?", "it"},
		{"The presence of North Korean soldiers in the region was confirmed by the minister.", "en"},
		{"He said that it was over.", "en"},
		{"", "en"},
		{"12345 !!!", "en"},
		{strings.Repeat("il gatto è sul tavolo. ", 10000), "it"},
	} {
		if got := DetectLang(c.text); got != c.want {
			t.Errorf("DetectLang(%.40q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestLexiconFor(t *testing.T) {
	it := "Il governo ha approvato la legge e il Parlamento la discuterà."
	for lang, want := range map[string]*lexicon{
		"it": lexicons["it"], "IT": lexicons["it"], "en": lexicons["en"],
		"": lexicons["it"], "auto": lexicons["it"], "fr": lexicons["it"],
	} {
		if lexiconFor(lang, it) != want {
			t.Errorf("lexiconFor(%q) picked the wrong language", lang)
		}
	}
}

// TestWordListsDisjoint checks that no abbreviation is listed in two classes
// of one language, where the later list would silently win.
func TestWordListsDisjoint(t *testing.T) {
	for lang, lists := range map[string][]string{
		"en": {titlesCommon + " " + titlesEN, endCommon, numericCommon, abbrevCommon + " " + abbrevEN},
		"it": {titlesCommon + " " + titlesIT, endCommon, numericCommon + " " + numericIT, abbrevCommon + " " + abbrevIT},
	} {
		seen := map[string]int{}
		for i, list := range lists {
			for _, w := range strings.Fields(list) {
				if j, ok := seen[w]; ok {
					t.Errorf("%s: %q listed in classes %d and %d", lang, w, j, i)
				}
				seen[w] = i
			}
		}
	}
}
