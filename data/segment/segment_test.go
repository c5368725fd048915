package segment

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

var splitCases = []struct {
	name, lang, text string
	want             []string
}{
	// Italian news.
	{"it titles", "it",
		"Il Sig. Rossi ha incontrato la Dott.ssa Bianchi e l'Avv. Verdi. Poi è partito.",
		[]string{"Il Sig. Rossi ha incontrato la Dott.ssa Bianchi e l'Avv. Verdi.", "Poi è partito."}},
	{"it surname particle after title", "it",
		"Lo ha detto il Prof. De Luca. Il Dott. La Rosa non era presente.",
		[]string{"Lo ha detto il Prof. De Luca.", "Il Dott. La Rosa non era presente."}},
	{"it legal references", "it",
		"Ai sensi dell'art. 3, comma 2, del d.lgs. n. 196/2003, il trattamento è lecito. Cfr. la sent. n. 123 del 2019.",
		[]string{"Ai sensi dell'art. 3, comma 2, del d.lgs. n. 196/2003, il trattamento è lecito.", "Cfr. la sent. n. 123 del 2019."}},
	{"it numbers and time", "it",
		"La casa costa 170.500.000,00€. L'incontro è alle 12.30 in via Roma. Il Pil è cresciuto dello 0,5%.",
		[]string{"La casa costa 170.500.000,00€.", "L'incontro è alle 12.30 in via Roma.", "Il Pil è cresciuto dello 0,5%."}},
	{"it etc before capital", "it",
		"Sono arrivati mele, pere, ecc. Il mercato era pieno.",
		[]string{"Sono arrivati mele, pere, ecc.", "Il mercato era pieno."}},
	{"it company before starter", "it",
		"Il contratto è stato firmato da Alfa S.p.A. La società ha sede a Milano.",
		[]string{"Il contratto è stato firmato da Alfa S.p.A.", "La società ha sede a Milano."}},
	{"it initial before surname particle", "it",
		"Ne ha parlato I. La Russa in aula.",
		[]string{"Ne ha parlato I. La Russa in aula."}},
	{"it guillemets", "it",
		"«Ei fu. Siccome immobile» è l'inizio. «Siamo pronti», ha detto.",
		[]string{"«Ei fu. Siccome immobile» è l'inizio.", "«Siamo pronti», ha detto."}},
	{"it reported speech splits", "it",
		"«Siamo pronti. Lo faremo entro l'estate», ha detto il premier.",
		[]string{"«Siamo pronti.", "Lo faremo entro l'estate», ha detto il premier."}},
	{"it question and exclamation", "it",
		"Perché? Nessuno lo sa! È così.",
		[]string{"Perché?", "Nessuno lo sa!", "È così."}},
	{"it ellipsis", "it",
		"E poi... Nessuno ha risposto. Era tutto … finito.",
		[]string{"E poi...", "Nessuno ha risposto.", "Era tutto … finito."}},
	{"it date abbreviations", "it",
		"Il 15 sett. 2021 è stato firmato l'accordo. Vedi pag. 45 e segg. per i dettagli.",
		[]string{"Il 15 sett. 2021 è stato firmato l'accordo.", "Vedi pag. 45 e segg. per i dettagli."}},
	{"it roman numeral after abbreviation", "it",
		"V. anche Cass. civ., sez. III, 12 marzo 2019, n. 7012. La Corte ha deciso.",
		[]string{"V. anche Cass. civ., sez. III, 12 marzo 2019, n. 7012.", "La Corte ha deciso."}},
	{"it stop after a closing bracket", "it",
		"Dipinse l'Ultima cena (1494-1498 ca.). Morì nel 1519. Mi fissi un appuntamento per mar. 23 Nov.. Grazie.",
		[]string{"Dipinse l'Ultima cena (1494-1498 ca.).", "Morì nel 1519.", "Mi fissi un appuntamento per mar. 23 Nov..", "Grazie."}},
	{"it hard-wrapped", "it",
		"Il Consiglio dei ministri ha approvato ieri sera il disegno di legge\n" +
			"sulla concorrenza. Il testo, presentato dal ministro dell'Economia, passa\n" +
			"ora all'esame del Parlamento, che dovrà approvarlo entro la fine\n" +
			"dell'anno. Le opposizioni hanno annunciato battaglia.",
		[]string{
			"Il Consiglio dei ministri ha approvato ieri sera il disegno di legge\nsulla concorrenza.",
			"Il testo, presentato dal ministro dell'Economia, passa\nora all'esame del Parlamento, che dovrà approvarlo entro la fine\ndell'anno.",
			"Le opposizioni hanno annunciato battaglia."}},
	{"it heading lines", "it",
		"Le reazioni\nIl governo ha risposto.\nLeggi anche:\nLa manovra in sintesi\n",
		[]string{"Le reazioni", "Il governo ha risposto.", "Leggi anche:", "La manovra in sintesi"}},

	// English news.
	{"en titles and initials", "en",
		"Dr. Jane Smith met Sen. John A. Doe on Tuesday. J. R. R. Tolkien was not there.",
		[]string{"Dr. Jane Smith met Sen. John A. Doe on Tuesday.", "J. R. R. Tolkien was not there."}},
	{"en initialisms", "en",
		"The U.S. Senate voted. He lives in the U.S. It is his home. She moved to the U.K. in 2010.",
		[]string{"The U.S. Senate voted.", "He lives in the U.S.", "It is his home.", "She moved to the U.K. in 2010."}},
	{"en times", "en",
		"The session ended at 3 p.m. Reporters left. It started at 9 a.m. on Monday.",
		[]string{"The session ended at 3 p.m.", "Reporters left.", "It started at 9 a.m. on Monday."}},
	{"en money and decimals", "en",
		"The budget is $4.5 billion. That is 3.2% more than in 2019. Shares fell to $100.00.",
		[]string{"The budget is $4.5 billion.", "That is 3.2% more than in 2019.", "Shares fell to $100.00."}},
	{"en company endings", "en",
		"The deal was signed by Acme Inc. It closes in May. Acme Inc. (the buyer) agreed.",
		[]string{"The deal was signed by Acme Inc.", "It closes in May.", "Acme Inc. (the buyer) agreed."}},
	{"en et al. and e.g.", "en",
		"According to Smith et al. the number rose. Use a tool, e.g. a hammer. Birds, i.e. Animals, fly.",
		[]string{"According to Smith et al. the number rose.", "Use a tool, e.g. a hammer.", "Birds, i.e. Animals, fly."}},
	{"en url and email", "en",
		"See https://www.example.com/a.html. Write to jane.doe@example.com. Visit www.example.org for more.",
		[]string{"See https://www.example.com/a.html.", "Write to jane.doe@example.com.", "Visit www.example.org for more."}},
	{"en quotes", "en",
		`She said, "This is great." She left. "Is it?" he asked. ‘Fine.’ We agreed.`,
		[]string{`She said, "This is great."`, "She left.", `"Is it?" he asked.`, "‘Fine.’", "We agreed."}},
	{"en reported speech splits", "en",
		`"This is a historic day. We will not stop," said Sen. Doe.`,
		[]string{`"This is a historic day.`, `We will not stop," said Sen. Doe.`}},
	{"en brackets", "en",
		"He teaches science (He worked as an engineer. Then he quit.) at the college. [See note.] It ends.",
		[]string{"He teaches science (He worked as an engineer. Then he quit.) at the college.", "[See note.]", "It ends."}},
	{"en ?! runs and dashes", "en",
		"Really?! Yes!! What do you see? - Nothing at all. Mix it and -- voila! -- you have cake.",
		[]string{"Really?!", "Yes!!", "What do you see?", "- Nothing at all.", "Mix it and -- voila! -- you have cake."}},
	{"en footnotes", "en",
		"He was a martyr.[1] The emperor ruled.[2][3] It was 1987.4 Then it ended.",
		[]string{"He was a martyr.[1]", "The emperor ruled.[2][3]", "It was 1987.4 Then it ended."}},
	{"en glued sentences", "en",
		"Hello world.Today is Tuesday.The file is J1.txt and the site www.Example.com works.",
		[]string{"Hello world.", "Today is Tuesday.", "The file is J1.txt and the site www.Example.com works."}},
	{"en numbered list inline", "en",
		"Do this: 1. Open the box 2. Take the item 3. Close it",
		[]string{"Do this: 1. Open the box", "2. Take the item", "3. Close it"}},
	{"en lettered list after a sentence", "en",
		"Pick one. a) the red one b) the blue one",
		[]string{"Pick one.", "a) the red one", "b) the blue one"}},
	{"en numbers in prose are no list", "en",
		"As payment for 1. above, pay nothing and for 2. above, pay more.",
		[]string{"As payment for 1. above, pay nothing and for 2. above, pay more."}},
	{"en legal enumeration", "en",
		"(b) The report shall include the following: (1) a description; and (2) recommendations. (c) It is due in May.",
		[]string{"(b) The report shall include the following: (1) a description; and (2) recommendations.", "(c) It is due in May."}},
	{"en web text", "en",
		"its great!! battery lasts forever lol. i would recommend it. 5 stars",
		[]string{"its great!!", "battery lasts forever lol.", "i would recommend it.", "5 stars"}},
	{"en bullets", "en",
		"Key points • Prices rose • Wages fell",
		[]string{"Key points", "• Prices rose", "• Wages fell"}},
	{"en bulleted lines", "en",
		"Highlights:\n- Prices rose\n- Wages fell\n* Rents were flat",
		[]string{"Highlights:", "- Prices rose", "- Wages fell", "* Rents were flat"}},
	{"en ellipses", "en",
		"I never meant that.... She left. It was ... well, odd. Then . . . nothing.",
		[]string{"I never meant that....", "She left.", "It was ... well, odd.", "Then . . . nothing."}},
	{"en fullwidth stops", "en",
		"Strange period．Does it work？Yes。",
		[]string{"Strange period．", "Does it work？", "Yes。"}},

	// Lines.
	{"blank lines always split", "en",
		"A title\n\nThe text starts here\n\n\nand goes on.",
		[]string{"A title", "The text starts here", "and goes on."}},
	{"lower-case continuation joins", "en",
		"This sentence was broken by a careless copy and paste\nin the middle. The next one is fine.",
		[]string{"This sentence was broken by a careless copy and paste\nin the middle.", "The next one is fine."}},
	{"short lower-case lines split", "en",
		"features\ncontact manager\nevents, activities\n",
		[]string{"features", "contact manager", "events, activities"}},
	{"windows and old mac line ends", "en",
		"First line\r\nSecond line\rThird line",
		[]string{"First line", "Second line", "Third line"}},
	{"hard-wrapped text", "en",
		"The committee met on Monday to discuss the proposal put forward by the\n" +
			"Mayor. After a long debate, the members agreed that the plan needed\n" +
			"more work, and that Mr. Brown should present a revised version by the\n" +
			"end of the month. Several residents attended the meeting and spoke\n" +
			"against the project.\n\nNext steps\n\nThe plan will be published.",
		[]string{
			"The committee met on Monday to discuss the proposal put forward by the\nMayor.",
			"After a long debate, the members agreed that the plan needed\nmore work, and that Mr. Brown should present a revised version by the\nend of the month.",
			"Several residents attended the meeting and spoke\nagainst the project.",
			"Next steps", "The plan will be published."}},

	// Real-text regressions, measured on held-out treebank text: each case
	// covers one error class.
	{"it quotation of several sentences splits", "it",
		`Il sindaco ha detto: "Abbiamo fatto il possibile. Ora tocca alla Regione." Poi ha lasciato la sala.`,
		[]string{`Il sindaco ha detto: "Abbiamo fatto il possibile.`, `Ora tocca alla Regione."`, "Poi ha lasciato la sala."}},
	{"en quotation of several sentences splits", "en",
		`The coach said, "We played hard. We just ran out of time." Fans were not convinced.`,
		[]string{`The coach said, "We played hard.`, `We just ran out of time."`, "Fans were not convinced."}},
	{"en quotation inside a sentence stays", "en",
		`The sign read "Closed. Back soon" and we went home.`,
		[]string{`The sign read "Closed. Back soon" and we went home.`}},
	{"en broken-off quotation", "en",
		`"We were just about to--" At that moment the door opened.`,
		[]string{`"We were just about to--"`, "At that moment the door opened."}},
	{"it lower-case sentence start", "it",
		"Il governo ha rinviato la decisione. secondo fonti vicine al ministero, se ne riparlerà a settembre.",
		[]string{"Il governo ha rinviato la decisione.", "secondo fonti vicine al ministero, se ne riparlerà a settembre."}},
	{"en lower-case sentence start", "en",
		"the room was clean. staff were friendly and helpful.",
		[]string{"the room was clean.", "staff were friendly and helpful."}},
	{"it stop after a quotation before lower case", "it",
		`Ha chiuso dicendo: "Ci rivedremo presto". una promessa che nessuno ha dimenticato.`,
		[]string{`Ha chiuso dicendo: "Ci rivedremo presto".`, "una promessa che nessuno ha dimenticato."}},
	{"it abbreviation before lower case", "it",
		"Abbiamo comprato frutta, verdura ecc. e poi siamo tornati. Ne parla il prof. nel suo libro.",
		[]string{"Abbiamo comprato frutta, verdura ecc. e poi siamo tornati.", "Ne parla il prof. nel suo libro."}},
	{"en abbreviation before lower case", "en",
		"Smith et al. found similar results. It costs $3 per lb. of flour. Add 2 tbsp. of sugar.",
		[]string{"Smith et al. found similar results.", "It costs $3 per lb. of flour.", "Add 2 tbsp. of sugar."}},
	{"it semicolon before a capital", "it",
		"Le domande vanno presentate entro il 30 giugno; Le domande tardive non saranno accettate. Il ricorso è respinto; la sentenza è definitiva.",
		[]string{"Le domande vanno presentate entro il 30 giugno;", "Le domande tardive non saranno accettate.", "Il ricorso è respinto; la sentenza è definitiva."}},
	{"it colon before a capital", "it",
		"Le reazioni dei sindacati: Nessuno si aspettava un accordo così rapido. Il menu prevede tre portate: antipasto, primo e secondo.",
		[]string{"Le reazioni dei sindacati:", "Nessuno si aspettava un accordo così rapido.", "Il menu prevede tre portate: antipasto, primo e secondo."}},
	{"it article heading of a code", "it",
		"1021. Obblighi dell'usufruttuario. L'usufruttuario deve restituire le cose.",
		[]string{"1021. Obblighi dell'usufruttuario.", "L'usufruttuario deve restituire le cose."}},
	{"en web address without a stop", "en",
		"Details at http://example.com/offers Thanks again for your help.",
		[]string{"Details at http://example.com/offers", "Thanks again for your help."}},
	{"en smileys", "en",
		"Great service. :) We will be back! Loved it :) Will come again.",
		[]string{"Great service. :)", "We will be back!", "Loved it :)", "Will come again."}},
	{"it smiley without a stop", "it",
		"Che giornata :( Domani si riparte.",
		[]string{"Che giornata :(", "Domani si riparte."}},
	{"en initial before the pronoun I", "en",
		"The delay was caused by Plan B. So I called the bank.",
		[]string{"The delay was caused by Plan B.", "So I called the bank."}},
	{"en clauses listed after a colon", "en",
		"The Company may take the following actions: (i) suspend the account of the customer without notice; (ii) recover any unpaid amount from the deposit. Choose a color: (a) red, (b) blue or (c) green.",
		[]string{"The Company may take the following actions:", "(i) suspend the account of the customer without notice;",
			"(ii) recover any unpaid amount from the deposit.", "Choose a color: (a) red, (b) blue or (c) green."}},
	{"en one question or answer per line is not wrapped text", "en",
		"Can police trace a cell phone even if it is switched off?\nYeah you have to destroy it, that is the only way\nYes they all have secret locator chips, just like gps\nYes.",
		[]string{"Can police trace a cell phone even if it is switched off?", "Yeah you have to destroy it, that is the only way",
			"Yes they all have secret locator chips, just like gps", "Yes."}},

	// Degenerate input.
	{"empty", "", "", nil},
	{"white space only", "", " \n\t\u00a0\u2028 ", nil},
	{"no punctuation", "", "just some words", []string{"just some words"}},
	{"punctuation only", "", "?!. ... !!", []string{"?!. ...", "!!"}},
	{"leading and trailing space", "en", "  Hi there.   Bye.  ", []string{"Hi there.", "Bye."}},
}

func TestSplit(t *testing.T) {
	for _, c := range splitCases {
		t.Run(c.name, func(t *testing.T) {
			got := texts(splitChecked(t, c.text, c.lang))
			if len(got) == 0 && len(c.want) == 0 {
				return
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("Split(%q)\n got: %q\nwant: %q", c.text, got, c.want)
			}
		})
	}
}

func TestSplitOffsets(t *testing.T) {
	text := "Perché? «Sì»… È così.\nÜber alles. 😀 Fine."
	spans := splitChecked(t, text, "auto")
	want := [][2]int{{0, 7}, {8, 13}, {14, 21}, {22, 33}, {34, 41}}
	if len(spans) != len(want) {
		t.Fatalf("got %q", texts(spans))
	}
	for i, sp := range spans {
		if sp.Start != want[i][0] || sp.End != want[i][1] {
			t.Errorf("span %d %q = [%d,%d), want %v", i, sp.Text, sp.Start, sp.End, want[i])
		}
	}
}

func TestSplitInvalidUTF8(t *testing.T) {
	text := "Bad \xff\xfe bytes. Next \xe2\x80 one.\xc3"
	spans := splitChecked(t, text, "en")
	if got := texts(spans); len(got) != 2 || got[1] != "Next \xe2\x80 one.\xc3" {
		t.Errorf("got %q", got)
	}
	if spans[1].Start != 14 {
		t.Errorf("second span starts at %d, want 14 (one code point per invalid byte)", spans[1].Start)
	}
}

func TestKurskArticle(t *testing.T) {
	data, err := os.ReadFile("../../assets/sample-kursk-it.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	got := texts(splitChecked(t, text, "auto"))
	if len(got) < 25 || len(got) > 35 {
		t.Errorf("%d sentences, want 25-35: %q", len(got), got)
	}
	set := map[string]bool{}
	for _, s := range got {
		set[s] = true
	}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.ContainsAny(line, ".!?") && !set[line] {
			t.Errorf("heading %q is not a sentence of its own", line)
		}
	}
}

// TestHostileInput runs inputs built to defeat the look-ahead limits; each
// must split in linear time, which the test shows by finishing at all. The
// long line is 50 MB, as a pasted file may be.
func TestHostileInput(t *testing.T) {
	long, size := 50<<20, 4<<20
	if testing.Short() {
		long, size = 4<<20, 1<<20
	}
	line := strings.Repeat("Mr. Smith paid $4.5 in the U.S. and left ", long/42)
	if spans := Split(line, "en"); len(spans) != 1 {
		t.Errorf("one long line: %d spans, want 1", len(spans))
	}
	for name, unit := range map[string]string{
		"unclosed quotes":     `"a 'b «c (d [e “f ‘g `,
		"stops and marks":     `."`,
		"dots and footnotes":  "a.1 2 3 . . . x.Y [1]",
		"markers":             "1. a) (i) • ",
		"newlines":            "\n",
		"newlines and spaces": "word \n \n\r\n   ",
	} {
		t.Run(name, func(t *testing.T) {
			text := strings.Repeat(unit, size/len(unit)) + "x"
			splitChecked(t, text[:min(len(text), 1<<20)], "")
			Split(text, "")
		})
	}
}
