//go:build windows || darwin

package config

import (
	"os"
)

// userDataBase is where desktop programs keep their data on Windows
// (%AppData%, the roaming profile) and macOS (~/Library/Application
// Support); "." when it cannot be found.
func userDataBase() string {
	if dir, err := os.UserConfigDir(); err == nil {
		return dir
	}
	return "."
}

// dataDirName is Veritag's folder name under userDataBase.
const dataDirName = "Veritag"
