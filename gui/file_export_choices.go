package gui

import "fyne.io/fyne/v2/lang"

// exportChoice is one entry of the export dialog: a format with the
// options that make it fit one tool, named and explained in one line.
type exportChoice struct {
	name    string // shown in the format list
	explain string // one line under it
	format  string
	excel   bool // csv: byte-order mark for Excel
	raw     bool // csv: no formula neutralisation
	emails  bool // labelstudio: completed_by from an email domain
	license bool // hf: asks for a license
}

// exportChoices are the export dialog's entries, in the order shown.
func exportChoices() []exportChoice {
	return []exportChoice{
		{name: lang.L("JSONL"), explain: lang.L("One line per labelled sentence with every annotation: for scripts, pandas and doccano text classification."), format: "jsonl"},
		{name: lang.L("CSV for Excel"), explain: lang.L("One row per annotation, with the mark that makes Excel read accents; formula-like cells are made safe."), format: "csv", excel: true},
		{name: lang.L("CSV"), explain: lang.L("One row per annotation (RFC 4180, UTF-8); formula-like cells are made safe."), format: "csv"},
		{name: lang.L("CSV, raw"), explain: lang.L("As CSV but cells as they are, for programs; not for spreadsheets."), format: "csv", raw: true},
		{name: lang.L("Label Studio"), explain: lang.L("Tasks and their labeling config (.config.xml); annotations go to whoever imports them."), format: "labelstudio"},
		{name: lang.L("Label Studio (with emails @…)"), explain: lang.L("As Label Studio, each annotation under name@domain: every annotator must be a member with that email."), format: "labelstudio", emails: true},
		{name: lang.L("doccano (spans)"), explain: lang.L("One line per article, one span per sentence with its final label; ties are left out."), format: "doccano-spans"},
		{name: lang.L("brat"), explain: lang.L("A folder of .txt and .ann files with annotation.conf; notes say who chose what."), format: "brat"},
		{name: lang.L("Hugging Face dataset"), explain: lang.L("A folder with data.jsonl and a dataset card (README.md) ready to upload to the Hub."), format: "hf", license: true},
	}
}

// exportChoiceNamed finds a choice by its shown name.
func exportChoiceNamed(choices []exportChoice, name string) exportChoice {
	for _, c := range choices {
		if c.name == name {
			return c
		}
	}
	return choices[0]
}
