// Command veritag-cli is Veritag's headless tool: segment, import, tag,
// search, export, merge and measure agreement from the shell. It shares the
// data layer with the desktop app and never imports fyne.
package main

import (
	"os"
	"strings"

	"github.com/veritag/veritag/data/export"
)

// commands is every veritag-cli command: its name, its usage line (help
// lists them sorted by name) and the function it runs with its flags.
var commands = []command{
	newCommand("adjudicate", "adjudicate [--db P] [--annotator A] DOC SENTENCE LABEL  (LABEL - removes it)", runAdjudicate),
	newCommand("agreement", "agreement [--db P] [--json]", runAgreement),
	newCommand("backup", "backup [--db P] OUT", runBackup),
	newCommand("export", "export [--db P] --format F [--out PATH] [--doc DOC] [--annotator A] [--ls-email-domain D] [--excel] [--raw] [--license L]  (F: "+strings.Join(export.Formats, ", ")+")", runExport),
	newCommand("hub", "hub init --hub URL | hub user --hub URL NAME --role annotator|adjudicator|owner  (password: first line of stdin) | hub status --hub URL [--json]", runHub),
	newCommand("import", "import [--db P] [--lang L] [--title T] [--whole-page] FILE...  (.txt .md .html .jsonl .json .csv, - for stdin)", runImport),
	newCommand("labels", "labels [--db P] [list | add NAME [--key K] [--color #rrggbb] [--description D] | set NAME [--name NEW] [--key K] [--color C] [--description D] | delete NAME [--move-to LABEL] [--annotator A]]", runLabels),
	newCommand("list", "list [--db P]", runList),
	newCommand("model", "model [--db P] [--json]", runModel),
	newCommand("merge", "merge [--db P] [--json] OTHER.db...", runMerge),
	newCommand("project", "project [--db P] [--annotator A] [show | blind on|off | role NAME owner|adjudicator|annotator]  (blind mode hides others' labels, agreement and suggestions; only owners and adjudicators switch it off)", runProject),
	newCommand("search", "search [--db P] [--limit N] [--json] [--stdin] QUERY", runSearch),
	newCommand("segment", "segment [--lang it|en|auto] [--format lines|json|jsonl]  (text on stdin)", runSegment),
	newCommand("show", "show [--db P] [--json] DOC", runShow),
	newCommand("stats", "stats [--db P] [--json]", runStats),
	newCommand("suggest", "suggest [--db P] [--doc DOC] [--json]", runSuggest),
	newCommand("sync", "sync [--db P] --hub URL [--watch]  (password from PGPASSWORD or ~/.pgpass)", runSync),
	newCommand("tag", "tag [--db P] [--annotator A] [--note N] [--confidence 1-3] DOC SENTENCE LABEL | tag [--db P] [--annotator A] --stdin", runTag),
	newCommand("untag", "untag [--db P] [--annotator A] DOC SENTENCE", runUntag),
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
