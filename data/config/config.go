// Package config resolves where the database lives and who the annotator
// is, the same way for the desktop app and veritag-cli.
package config

import (
	"os"
	"os/user"
	"path/filepath"
	"strings"
)

// DBPath picks the database: the --db flag, else VERITAG_DB, else
// veritag.db in DataDir.
func DBPath(flag string) string {
	if flag != "" {
		return flag
	}
	if env := os.Getenv("VERITAG_DB"); env != "" {
		return env
	}
	return filepath.Join(DataDir(), "veritag.db")
}

// DataDir is Veritag's folder in the user data dir: %AppData%\Veritag on
// Windows, ~/Library/Application Support/Veritag on macOS, elsewhere
// $XDG_DATA_HOME/veritag, else ~/.local/share/veritag.
func DataDir() string {
	return filepath.Join(userDataBase(), dataDirName)
}

// Annotator picks the annotator: the --annotator flag, else
// VERITAG_ANNOTATOR, else the saved preference, else the OS user name.
// fromUser is true when neither the flag nor the environment gave it, so
// the desktop app may ask on first run.
func Annotator(flag, saved string) (name string, fromUser bool) {
	if s := strings.TrimSpace(flag); s != "" {
		return s, false
	}
	if s := strings.TrimSpace(os.Getenv("VERITAG_ANNOTATOR")); s != "" {
		return s, false
	}
	if s := strings.TrimSpace(saved); s != "" {
		return s, true
	}
	return OSUser(), true
}

// OSUser is the operating system's user name without a Windows domain
// ("DOMAIN\\ada" gives "ada"), else $USER or %USERNAME%, else "annotator".
func OSUser() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return withoutDomain(u.Username)
	}
	for _, env := range []string{"USER", "USERNAME"} {
		if s := os.Getenv(env); s != "" {
			return s
		}
	}
	return "annotator"
}

// withoutDomain drops the "DOMAIN\\" that Windows puts before a user name.
func withoutDomain(name string) string {
	return name[strings.LastIndexByte(name, '\\')+1:]
}
