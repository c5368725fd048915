package config

import (
	"path/filepath"
	"testing"
)

func TestDBPathOrder(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", "/data")
	t.Setenv("VERITAG_DB", "")
	if got := DBPath(""); got != filepath.Join("/data", "veritag", "veritag.db") {
		t.Errorf("default = %s", got)
	}
	t.Setenv("VERITAG_DB", "/env.db")
	if got := DBPath(""); got != "/env.db" {
		t.Errorf("env = %s", got)
	}
	if got := DBPath("/flag.db"); got != "/flag.db" {
		t.Errorf("flag = %s", got)
	}
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", "/home/u")
	if got := DataDir(); got != "/home/u/.local/share/veritag" {
		t.Errorf("fallback = %s", got)
	}
}

func TestAnnotatorOrder(t *testing.T) {
	t.Setenv("VERITAG_ANNOTATOR", "")
	if name, ask := Annotator("", ""); name != OSUser() || !ask {
		t.Errorf("os user: %s %v", name, ask)
	}
	if name, _ := Annotator("", "saved"); name != "saved" {
		t.Errorf("saved: %s", name)
	}
	t.Setenv("VERITAG_ANNOTATOR", "env")
	if name, ask := Annotator("", "saved"); name != "env" || ask {
		t.Errorf("env: %s %v", name, ask)
	}
	if name, _ := Annotator(" flag ", "saved"); name != "flag" {
		t.Errorf("flag: %s", name)
	}
}

func TestWindowsUserNameLosesItsDomain(t *testing.T) {
	for in, want := range map[string]string{`LAB\ada`: "ada", "ada": "ada", `A\B\c`: "c"} {
		if got := withoutDomain(in); got != want {
			t.Errorf("withoutDomain(%q) = %q, want %q", in, got, want)
		}
	}
}
