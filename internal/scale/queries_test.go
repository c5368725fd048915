package scale

// queries is the fixed query set of the scale report: one to three words
// as researchers type them, in Italian and English, with and without
// accents and typographic apostrophes, some with a typo.
var queries = []string{
	// names and single words
	"Lavrov", "lavrov", "Pyongyang", "Kursk", "Zelensky", "NATO", "Istat",
	"sanzioni", "inflazione", "ambasciatore", "sciopero", "aeroporto",
	"potrebbe", "sanctions", "spokesman",
	// two and three words
	"accordo strategico", "cooperazione militare", "ministro esteri",
	"conferenza stampa", "banca centrale tassi", "evacuazione civili",
	"prezzi gas", "elezioni parlamento", "sarebbe stato", "secondo alcuni",
	"Mosca Kiev", "fratellanza combattiva", "energy prices",
	"troops border", "press conference", "according sources",
	// accents: typed with and without them
	"città", "citta", "perché", "perche", "verità", "verita", "società",
	"caffè", "cafe", "naive", "résumé",
	// apostrophes: straight for typographic
	"dell'esercito", "l'intesa", "army's",
	// typos
	"cooperazoine", "negoziatti", "strategcio", "zelenski", "kurks",
	"frtellanza cmbattiva", "inflaton", "parlamnto riforma",
}
