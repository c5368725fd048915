package gui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// exportWith runs the export dialog with the entry named, the options
// given and the destination out, and returns the dialog.
func exportWith(t *testing.T, u *UI, name, domain, license, out string) *exportDialog {
	t.Helper()
	shortcut(u, scExport)
	e := u.exporter
	e.format.SetSelected(name)
	if e.format.Selected != name {
		t.Fatalf("no export choice %q in %q", name, e.format.Options)
	}
	e.domain.SetText(domain)
	e.license.SetText(license)
	e.dest.SetText(out)
	e.d.Confirm()
	return e
}

// Every entry of the export dialog is explained in one line, and only the
// entries that take an email domain or a license enable those fields.
func TestExportChoicesExplained(t *testing.T) {
	f := newFakeBackend()
	kursk(f)
	u := newTestUI(t, f)
	shortcut(u, scExport)
	e := u.exporter
	for _, want := range []string{"CSV for Excel", "Label Studio (with emails @…)"} {
		if !strings.Contains(strings.Join(e.format.Options, "|"), want) {
			t.Errorf("no %q among %q", want, e.format.Options)
		}
	}
	for _, name := range e.format.Options {
		e.format.SetSelected(name)
		c := e.choice()
		if e.explain.Text == "" || strings.Contains(e.explain.Text, "\n") || e.explain.Text != c.explain {
			t.Errorf("%s: explanation %q", name, e.explain.Text)
		}
		if e.domain.Disabled() == c.emails || e.license.Disabled() == c.license {
			t.Errorf("%s: domain enabled %v, license enabled %v", name, !e.domain.Disabled(), !e.license.Disabled())
		}
	}
}

func TestExportCSVForExcelAndLabelStudioEmails(t *testing.T) {
	f := newFakeBackend()
	kursk(f)
	u := newTestUI(t, f)
	press(u, "12")
	dir := t.TempDir()

	exportWith(t, u, "CSV for Excel", "", "", filepath.Join(dir, "x.csv"))
	data := readOut(t, filepath.Join(dir, "x.csv"))
	if !strings.HasPrefix(data, "\ufeffdoc_id,") || !strings.Contains(data, "\r\n") {
		t.Errorf("CSV for Excel: %q", data[:min(len(data), 40)])
	}

	ls := filepath.Join(dir, "tasks.json")
	exportWith(t, u, "Label Studio (with emails @…)", "@example.org", "", ls)
	if data := readOut(t, ls); !strings.Contains(data, `"completed_by":{"email":"alice@example.org"}`) {
		t.Errorf("Label Studio with emails: %s", data)
	}
	if _, err := os.Stat(ls + ".config.xml"); err != nil {
		t.Errorf("no labeling config: %v", err)
	}

	none := filepath.Join(dir, "none.json")
	exportWith(t, u, "Label Studio (with emails @…)", "", "", none)
	if _, err := os.Stat(none); err == nil {
		t.Error("exported with emails but no domain")
	}
}

// readOut returns the contents of an export's output.
func readOut(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
