//go:build !windows && !darwin

package config

import (
	"os"
	"path/filepath"
)

// userDataBase is $XDG_DATA_HOME, else ~/.local/share.
func userDataBase() string {
	if base := os.Getenv("XDG_DATA_HOME"); base != "" {
		return base
	}
	home, err := os.UserHomeDir()
	if err != nil {
		home = "."
	}
	return filepath.Join(home, ".local", "share")
}

// dataDirName is Veritag's folder name under userDataBase.
const dataDirName = "veritag"
