// Package corpus generates a deterministic synthetic news collection, in
// Italian and English, for tests and for measuring Veritag at a million
// sentences (internal/scale's TestScaleReport, run by make bench-scale).
package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/veritag/veritag/data/model"
)

// Document returns document n (0-based) of the collection seeded by seed,
// with the given number of sentences of about 150 characters each. It
// depends only on its arguments, so documents can be made in any order or
// batch; one in five is in English.
func Document(seed uint64, n, sentences int) model.ImportDoc {
	rng := rand.New(rand.NewPCG(seed, uint64(n)))
	v, lang := &italian, "it"
	if rng.IntN(5) == 0 {
		v, lang = &english, "en"
	}
	var b strings.Builder
	b.Grow(sentences * 160)
	spans := make([]model.Span, 0, sentences)
	starts := make([]int, sentences) // byte offsets
	ends := make([]int, sentences)
	runes := 0
	for i := range sentences {
		switch {
		case i == 0:
		case i%7 == 0:
			b.WriteString("\n\n")
			runes += 2
		default:
			b.WriteByte(' ')
			runes++
		}
		starts[i] = b.Len()
		s := v.sentence(rng, 80+rng.IntN(141))
		b.WriteString(s)
		ends[i] = b.Len()
		n := utf8.RuneCountInString(s)
		spans = append(spans, model.Span{Start: runes, End: runes + n})
		runes += n
	}
	text := b.String()
	for i := range spans {
		spans[i].Text = text[starts[i]:ends[i]]
	}
	return model.ImportDoc{
		Title:     fmt.Sprintf("%s %d", v.title, n+1),
		Source:    fmt.Sprintf("scale-%d.txt", n+1),
		Lang:      lang,
		Text:      text,
		Sentences: spans,
	}
}

// vocabulary is one language's words, most frequent first.
type vocabulary struct {
	title    string
	words    []string
	names    []string
	hedges   []string // openings of speculative sentences
	reported []string // attribution verbs of claims
}

// sentence returns one sentence of at least size bytes (a little more).
func (v *vocabulary) sentence(rng *rand.Rand, size int) string {
	var b strings.Builder
	switch rng.IntN(6) {
	case 0:
		b.WriteString(v.hedges[rng.IntN(len(v.hedges))])
	case 1:
		b.WriteString(v.names[rng.IntN(len(v.names))])
		b.WriteByte(' ')
		b.WriteString(v.reported[rng.IntN(len(v.reported))])
	default:
		b.WriteString(v.word(rng))
	}
	for b.Len() < size {
		if rng.IntN(11) == 0 {
			b.WriteByte(',')
		}
		b.WriteByte(' ')
		switch r := rng.IntN(40); {
		case r < 2:
			b.WriteString(v.names[rng.IntN(len(v.names))])
		case r == 2:
			fmt.Fprintf(&b, "%d", rng.IntN(2100))
		case r == 3:
			b.WriteString("“" + v.word(rng) + " " + v.word(rng) + "”")
		default:
			b.WriteString(v.word(rng))
		}
	}
	if rng.IntN(15) == 0 {
		b.WriteByte('?')
	} else {
		b.WriteByte('.')
	}
	s := b.String()
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// word picks a word, the first ones of the list far more often (roughly
// Zipf's law).
func (v *vocabulary) word(rng *rand.Rand) string {
	u := rng.Float64()
	return v.words[int(u*u*u*float64(len(v.words)))]
}

var italian = vocabulary{
	title: "Articolo",
	words: strings.Fields(`di e il la che in a per un del è non una le con i della si da
		al dei ha più come anche ma sono nel alla lo gli delle sul tra fra degli
		questo sua suo loro stato essere dopo prima ancora già però quindi mentre
		secondo governo ministro esteri paese paesi regione confine città accordo
		cooperazione militare militari truppe soldati forze conflitto guerra pace
		relazioni bilaterali negoziati round dichiarazione conferenza stampa
		presidente portavoce fonti ufficiali internazionale sanzioni economia
		mercato energia gas petrolio prezzi inflazione banca centrale tassi
		elezioni parlamento maggioranza opposizione legge riforma bilancio
		settimana mese anno ieri oggi domani mattina sera notte giorni ore
		attacco difesa offensiva operazione liberazione evacuazione civili vittime
		ospedale scuola famiglie lavoro lavoratori sindacati sciopero trasporti
		nuovo nuova grande importante possibile probabile concreta solido solida
		alleanza partecipazione impegno territorio frontiera villaggi strade
		ponte fiume costa porto aeroporto analisti esperti osservatori diplomatici
		ambasciatore delegazione vertice strategico strategica sottolineato
		evidenziato descritto confermato annunciato smentito riferito
		dell’esercito dell’accordo l’operazione l’evento l’intesa all’interno
		qualità volontà libertà identità società attività novità verità perché
		può così perciò ciò là giù virtù caffè coinvolgimento rafforzamento
		collaborazione fratellanza combattiva invincibile geopolitiche equilibri
		tensioni l’Occidente l’Unione europea ripercussioni negoziazioni scambi`),
	names: strings.Fields(`Lavrov Putin Zelensky Mosca Kiev Pyongyang Kursk Russia Corea
		Ucraina Europa Bruxelles Washington Pechino Roma Milano Napoli Torino Kim
		Sergej Shoigu Macron Meloni Scholz Draghi Mattarella NATO ONU UE Istat`),
	hedges: []string{"potrebbe", "sarebbe stato", "secondo alcuni", "si ipotizza che",
		"non è escluso che", "sembrerebbe che", "potrebbe indicare che", "forse"},
	reported: []string{"ha dichiarato che", "ha descritto", "ha affermato che",
		"ha sottolineato che", "ha detto che", "ha spiegato che", "ha riferito che"},
}

var english = vocabulary{
	title: "Article",
	words: strings.Fields(`the of and to a in that is for on was with as by it at from
		be has have are not but his its their this an were after before also
		still however while according government minister foreign country region
		border city agreement cooperation military troops soldiers forces
		conflict war peace relations bilateral talks round statement press
		conference president spokesman sources officials international sanctions
		economy market energy gas oil prices inflation bank central rates
		election parliament majority opposition law reform budget week month
		year yesterday today tomorrow morning evening night days hours attack
		defence offensive operation liberation evacuation civilians victims
		hospital school families work workers unions strike transport new large
		important possible likely concrete solid alliance participation
		commitment territory villages roads bridge river coast port airport
		analysts experts observers diplomats ambassador delegation summit
		strategic stressed described confirmed announced denied reported
		army’s agreement’s country’s café naïve résumé tensions equilibrium
		repercussions negotiations exchanges reinforcement involvement`),
	names: strings.Fields(`Lavrov Putin Zelensky Moscow Kyiv Pyongyang Kursk Russia Korea
		Ukraine Europe Brussels Washington Beijing London Paris Berlin Kim
		Sergei Shoigu Macron Meloni Scholz Biden Trump NATO UN EU IMF`),
	hedges: []string{"it could", "it would have been", "some suggest that",
		"it is possible that", "it may be that", "this might indicate that", "perhaps"},
	reported: []string{"said that", "described", "stated that", "stressed that",
		"claimed that", "explained that", "reported that"},
}
