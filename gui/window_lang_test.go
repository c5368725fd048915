package gui

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// reserved are the keys go-i18n reads as message fields, not messages.
var reserved = map[string]bool{"id": true, "description": true, "hash": true, "leftdelim": true, "rightdelim": true,
	"zero": true, "one": true, "two": true, "few": true, "many": true, "other": true, "translation": true}

// TestEveryStringIsTranslated finds every literal message given to
// lang.L, lang.N and lang.X in the GUI and checks that both translation
// files have it, and that neither uses a key go-i18n reserves.
func TestEveryStringIsTranslated(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	call := regexp.MustCompile(`lang\.[LNX]\(\s*("(?:[^"\\]|\\.)*"(?:\s*\+\s*"(?:[^"\\]|\\.)*")*)`)
	used := map[string]bool{}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range call.FindAllStringSubmatch(string(src), -1) {
			var key strings.Builder
			for _, part := range regexp.MustCompile(`"(?:[^"\\]|\\.)*"`).FindAllString(m[1], -1) {
				s, err := strconv.Unquote(part)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				key.WriteString(s)
			}
			used[key.String()] = true
		}
	}
	if len(used) < 100 {
		t.Fatalf("found only %d messages: is the pattern right?", len(used))
	}
	for _, lang := range []string{"en", "it"} {
		data, err := os.ReadFile(filepath.Join("..", "assets", "translations", lang+".json"))
		if err != nil {
			t.Fatal(err)
		}
		var have map[string]any
		if err := json.Unmarshal(data, &have); err != nil {
			t.Fatalf("%s.json: %v", lang, err)
		}
		for key := range used {
			if _, ok := have[key]; !ok {
				t.Errorf("%s.json lacks %q", lang, key)
			}
		}
		for key := range have {
			if reserved[strings.ToLower(key)] {
				t.Errorf("%s.json: %q is a go-i18n field name, which breaks the whole file", lang, key)
			}
		}
	}
}
