package hub

import (
	"net/url"
	"strings"
)

// URLHasPassword reports whether a hub URL (URI or key=value string)
// carries a password. Veritag refuses those on the command line: the
// password belongs in PGPASSWORD or ~/.pgpass, where other users of the
// machine cannot read it from the process list.
func URLHasPassword(s string) bool {
	if strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://") {
		u, err := url.Parse(s)
		if err != nil {
			return true // unreadable: refused by the caller rather than risk a password in the process list
		}
		if _, set := u.User.Password(); set {
			return true
		}
		return u.Query().Has("password")
	}
	for _, field := range strings.Fields(s) {
		if k, _, ok := strings.Cut(field, "="); ok && strings.TrimSpace(k) == "password" {
			return true
		}
	}
	return strings.Contains(s, "password =")
}
