package subseq

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// Vocabulary of the generated corpus: Italian and English news words with
// accents, typographic apostrophes and names, as in the seed article.
var (
	itWords = strings.Fields(`il la le lo gli i un una uno di da in con su per tra fra a e o ma
		che non più già è era sono stato stata sarebbe potrebbe secondo come anche
		ministro governo esteri russo russa ucraino ucraina militari soldati truppe
		regione confine città paese paesi accordo accordi strategico strategica
		cooperazione collaborazione relazioni bilaterali conflitto guerra pace
		negoziati round dichiarazione dichiarazioni conferenza stampa presidente
		portavoce fonti ufficiali internazionale internazionali sanzioni economia
		mercato energia gas petrolio prezzi inflazione banca centrale tassi
		elezioni parlamento maggioranza opposizione legge riforma bilancio
		perché però quindi inoltre tuttavia mentre dopo prima durante contro
		settimana mese anno ieri oggi domani mattina sera notte ore giorni
		attacco difesa offensiva operazione liberazione evacuazione civili vittime
		ospedale scuola famiglie lavoro lavoratori sindacati sciopero trasporti
		nuovo nuova grande grandi importante possibile probabile concreta solido
		solida alleanza partecipazione impegno
		territorio frontiera villaggi strade ponte fiume costa porto aeroporto
		analisti esperti osservatori diplomatici ambasciatore delegazione vertice
		sottolineato evidenziato descritto confermato annunciato smentito riferito
		dell’esercito dell’accordo l’operazione l’evento l’intesa all’interno
		qualità volontà libertà identità società attività novità verità
		può così perciò ciò là giù virtù caffè tè`)
	enWords = strings.Fields(`the a an of to in on for with by from at as and or but not
		minister government foreign russian ukrainian troops soldiers region border
		city country agreement strategic cooperation relations conflict war peace
		talks statement press conference president spokesman sources official
		international sanctions economy market energy prices inflation bank rates
		election parliament majority opposition law reform budget because however
		week month year yesterday today tomorrow attack defence offensive operation
		civilians hospital school families workers strike transport new large
		important possible likely concrete solid alliance commitment territory
		analysts experts diplomats ambassador delegation summit said confirmed
		announced denied reported could would might may suggests according`)
	names = strings.Fields(`Lavrov Putin Zelensky Mosca Kiev Pyongyang Kursk Russia Corea
		Ucraina Europa Bruxelles Washington Pechino Roma Milano Napoli Torino Kim
		Sergej Shoigu Macron Meloni Scholz Biden Trump NATO ONU UE YouTube iPhone
		McDonald WhatsApp Nord-Corea e-mail www.rai.it km/h anti_age 24/7`)
)

// genCorpus returns n deterministic sentences of 60 to 240 bytes.
func genCorpus(n int, seed uint64) []string {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	out := make([]string, n)
	var b strings.Builder
	for i := range out {
		words := itWords
		if rng.IntN(5) == 0 {
			words = enWords
		}
		target := 60 + rng.IntN(181)
		b.Reset()
		for b.Len() < target {
			if b.Len() > 0 {
				if rng.IntN(12) == 0 {
					b.WriteByte(',')
				}
				b.WriteByte(' ')
			}
			switch r := rng.IntN(20); {
			case r == 0:
				b.WriteString(names[rng.IntN(len(names))])
			case r == 1:
				b.WriteString("“" + words[rng.IntN(len(words))] + "”")
			default:
				b.WriteString(words[rng.IntN(len(words))])
			}
		}
		b.WriteByte('.')
		s := b.String()
		r, size := utf8.DecodeRuneInString(s)
		out[i] = string(unicode.ToUpper(r)) + s[size:]
	}
	return out
}

// kurskSentences returns the sentences of the seed article: its lines
// split after ". ".
func kurskSentences(t testing.TB) []string {
	data, err := os.ReadFile("testdata/kursk-article-it.txt")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for line := range strings.Lines(string(data)) {
		line = strings.TrimSpace(line)
		for line != "" {
			i := strings.Index(line, ". ")
			if i < 0 {
				out = append(out, line)
				break
			}
			out = append(out, line[:i+1])
			line = line[i+2:]
		}
	}
	return out
}

// entries makes one document per 20 texts, in order.
func entries(texts []string) []Entry {
	out := make([]Entry, len(texts))
	for i, s := range texts {
		out[i] = Entry{DocID: int64(i/20) + 1, Index: i % 20, Text: s}
	}
	return out
}

// testCorpus is a few thousand generated sentences with the seed
// article's in the middle.
func testCorpus(t testing.TB) []string {
	gen := genCorpus(4000, 1)
	texts := append([]string(nil), gen[:2000]...)
	texts = append(texts, kurskSentences(t)...)
	return append(texts, gen[2000:]...)
}
