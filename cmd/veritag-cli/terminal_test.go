package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestControlCharactersNeverReachTheTerminal imports a document whose
// title would retitle the terminal window (ESC ]0;…BEL) and whose text
// would clear the screen and return the carriage, and checks that import,
// list, show, search and an error print them as visible escapes only.
func TestControlCharactersNeverReachTheTerminal(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "v.db")
	title := "Kursk\x1b]0;pwned\x07 report"
	text := "Troops moved.\x1b[2J Lavrov spoke\rtoday. A bell\x07 rang\u009b."
	line, _ := json.Marshal(map[string]string{"title": title, "lang": "en", "text": text})
	file := filepath.Join(dir, "evil.jsonl")
	if err := os.WriteFile(file, append(line, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	imported, errs, code := cli(t, "", "import", "--db", db, file)
	if code != 0 {
		t.Fatalf("import: exit %d: %s", code, errs)
	}
	doc := strings.Split(imported, "\t")[0]
	list, _, _ := cli(t, "", "list", "--db", db)
	show, _, _ := cli(t, "", "show", "--db", db, doc)
	search, _, _ := cli(t, "", "search", "--db", db, "Lavrov")
	_, missing, _ := cli(t, "", "import", "--db", db, filepath.Join(dir, "gone\x1b[31m.txt"))
	for name, out := range map[string]string{"import": imported, "list": list, "show": show, "search": search, "error": missing} {
		if i := strings.IndexFunc(out, func(r rune) bool { return isControl(r) && r != '\n' && r != '\t' }); i >= 0 {
			t.Errorf("%s printed a raw control character %q: %q", name, out[i:i+1], out)
		}
	}
	for name, out := range map[string]string{"import": imported, "list": list, "show": show} {
		if !strings.Contains(out, `Kursk\x1b]0;pwned\a report`) {
			t.Errorf("%s does not show the title's escapes: %q", name, out)
		}
	}
	if !strings.Contains(show, "Lavrov spoke today.") || !strings.Contains(search, "Lavrov spoke today.") {
		t.Errorf("the sentence text is not shown:\nshow %q\nsearch %q", show, search)
	}
	if !strings.Contains(missing, `gone\x1b[31m.txt`) {
		t.Errorf("the error does not name the file visibly: %q", missing)
	}
}

func TestPrintableKeepsOrdinaryText(t *testing.T) {
	for in, want := range map[string]string{
		"Città — “ok” 日本": "Città — “ok” 日本",
		"a\r\nb\nc\rd":    "a b c d",
		"tab\there\x7f":   `tab\there\x7f`,
		"next\u0085line":  `next\u0085line`,
	} {
		if got := printable(in); got != want {
			t.Errorf("printable(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLabelsDeleteRefusesWithTheCountOrMoves(t *testing.T) {
	db, doc := sampleDB(t)
	if _, errs, code := cli(t, "", "tag", "--db", db, "--annotator", "anna", doc, "0", "SPECULATION"); code != 0 {
		t.Fatalf("tag: %s", errs)
	}
	_, errs, code := cli(t, "", "labels", "--db", db, "delete", "SPECULATION")
	if code != 1 || !strings.Contains(errs, "used by 1 annotations") {
		t.Errorf("deleting a used label: exit %d, %q", code, errs)
	}
	out, errs, code := cli(t, "", "labels", "--db", db, "--annotator", "ada", "delete", "SPECULATION", "--move-to", "CLAIM")
	if code != 0 || strings.Contains(out, "SPECULATION") || !strings.Contains(errs, "moved 1 annotations") {
		t.Errorf("delete --move-to: exit %d, out %q, err %q", code, out, errs)
	}
	if show, _, _ := cli(t, "", "show", "--db", db, doc); !strings.Contains(show, "anna: CLAIM") {
		t.Errorf("anna's annotation did not move to CLAIM:\n%s", show)
	}
}

func TestProjectBlindModeOnlyOwnersSwitchItOff(t *testing.T) {
	db, _ := sampleDB(t)
	out, errs, code := cli(t, "", "project", "--db", db, "--annotator", "olga", "blind", "on")
	if code != 0 || out != "blind\ton\n" {
		t.Fatalf("blind on: exit %d, %q %q", code, out, errs)
	}
	if _, errs, code := cli(t, "", "project", "--db", db, "--annotator", "anna", "blind", "off"); code != 1 || !strings.Contains(errs, "only an owner or adjudicator") {
		t.Errorf("an annotator switched blind mode off: exit %d, %q", code, errs)
	}
	if out, errs, code := cli(t, "", "project", "--db", db, "--annotator", "olga", "blind", "off"); code != 0 || out != "blind\toff\n" {
		t.Errorf("the owner could not switch it off: exit %d, %q %q", code, out, errs)
	}
}
