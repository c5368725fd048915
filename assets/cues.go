package assets

import (
	"embed"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// cueFS holds the cue lexicons of the suggestion model, one editable text
// file per language (cues/it.txt, cues/en.txt).
//
//go:embed cues/*.txt
var cueFS embed.FS

// CueFile is one language's cue lexicon.
type CueFile struct {
	Lang string // "it", "en": the file name without .txt
	Name string // path inside the repository, for messages
	Text string
}

// CueFiles returns the shipped cue lexicons, sorted by language.
func CueFiles() []CueFile {
	names, _ := fs.Glob(cueFS, "cues/*.txt")
	sort.Strings(names)
	out := make([]CueFile, 0, len(names))
	for _, n := range names {
		b, _ := cueFS.ReadFile(n)
		out = append(out, CueFile{Lang: strings.TrimSuffix(path.Base(n), ".txt"), Name: "assets/" + n, Text: string(b)})
	}
	return out
}
