package config

import (
	"os"
)

// userDataBase is %AppData% (the roaming profile folder), where Windows
// programs keep their data and settings; "." when it is not set.
func userDataBase() string {
	if dir, err := os.UserConfigDir(); err == nil {
		return dir
	}
	return "."
}

// dataDirName is Veritag's folder name under userDataBase.
const dataDirName = "Veritag"
