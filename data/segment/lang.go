package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// detectBytes bounds how much of a text DetectLang reads.
const detectBytes = 64 << 10

// Frequent words that are common in one language and rare in the other.
var (
	stopIT = wordSet(`il lo gli di da del della dei delle degli dello nel nella nei
	nelle che è per non una uno sono con si anche come più ma al alla ai alle
	questo questa ha hanno era essere stato stata perché quando dove tra fra
	sul sulla dal dalla ci ne se ed suo sua loro molto sono già però ancora`)
	stopEN = wordSet(`the of and to is that it for was on with as are be by this
	from at he she they not have has an which or were been their his her its
	but had will would can could there we you what when who than also been`)
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// DetectLang guesses "it" or "en" for a text from its frequent words,
// elided articles and accented vowels; it reads at most the first 64 KiB and
// answers "en" when nothing tells them apart.
func DetectLang(text string) string {
	if len(text) > detectBytes {
		text = text[:detectBytes]
	}
	it, en := 0, 0
	var buf [16]byte
	n, long := 0, false
	flush := func(next rune) {
		if n > 0 && !long {
			w := buf[:n]
			switch {
			case stopIT[string(w)]:
				it++
			case stopEN[string(w)]:
				en++
			}
			// l'anno, dell’Esercito, un'altra, c'è: an Italian elision.
			if (next == '\'' || next == '’') && n <= 5 && (w[n-1] == 'l' || string(w) == "un" || string(w) == "c") {
				it++
			}
		}
		n, long = 0, false
	}
	for _, r := range text {
		if !isLetter(r) {
			flush(r)
			continue
		}
		r = unicode.ToLower(r)
		switch r {
		case 'à', 'è', 'é', 'ì', 'ò', 'ù':
			it++ // common in Italian, rare in English
		}
		if n+utf8.RuneLen(r) > len(buf) {
			long = true
			continue
		}
		n += utf8.EncodeRune(buf[n:], r)
	}
	flush(' ')
	if it > en {
		return "it"
	}
	return "en"
}
