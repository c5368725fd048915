package main

import (
	"strings"
	"testing"
)

// TestCommandTable checks the table: names are unique, each usage line
// starts with its command's name, every command answers -h with its usage
// and help lists every command once.
func TestCommandTable(t *testing.T) {
	_, help, code := cli(t, "", "help")
	if code != exitOK {
		t.Fatalf("help exited %d", code)
	}
	seen := map[string]bool{}
	for _, c := range commands {
		if seen[c.name] {
			t.Errorf("command %s is in the table twice", c.name)
		}
		seen[c.name] = true
		if !strings.HasPrefix(c.usage, c.name+" ") && c.usage != c.name {
			t.Errorf("usage of %s does not start with its name: %q", c.name, c.usage)
		}
		out, _, code := cli(t, "", c.name, "-h")
		if code != exitOK || out != "usage: veritag-cli "+c.usage+"\n" {
			t.Errorf("%s -h: exit %d, %q", c.name, code, out)
		}
		if n := strings.Count(help, "  veritag-cli "+c.usage+"\n"); n != 1 {
			t.Errorf("help lists %s %d times", c.name, n)
		}
	}
}

// TestFlagsParseIntoTheirStruct checks that flags given before, between and
// after the positional arguments land in the command's typed flags.
func TestFlagsParseIntoTheirStruct(t *testing.T) {
	var got *tagFlags
	var args []string
	cmd := newCommand("tag", "tag", func(e *env, f *tagFlags) error { got, args = f, e.args; return nil })
	saved := commands
	commands = []command{cmd}
	defer func() { commands = saved }()
	if _, errs, code := cli(t, "", "tag", "--note", "n", "7", "--confidence", "2", "3", "--stdin", "--annotator", "ada", "FACT", "--db", "x.db"); code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	want := tagFlags{annotatorFlags: annotatorFlags{dbFlags: dbFlags{db: "x.db"}, annotator: "ada"}, note: "n", confidence: 2, stdin: true}
	if *got != want || strings.Join(args, " ") != "7 3 FACT" {
		t.Errorf("parsed %+v %q, want %+v \"7 3 FACT\"", *got, args, want)
	}
}
