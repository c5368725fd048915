package hublink

import (
	"errors"
	"net/url"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/veritag/veritag/data/hub"
	"github.com/veritag/veritag/data/model"
)

// CheckURL refuses, in one line, a hub URL that is not a PostgreSQL
// connection string or that carries a password: the URL is kept in the
// preferences, so the password belongs in the dialog's password field (or
// PGPASSWORD, ~/.pgpass).
func (l *Link) CheckURL(s string) error { return checkURL(s) }

func checkURL(s string) error {
	s = strings.TrimSpace(s)
	if s == "" {
		return errors.New("the hub URL is empty")
	}
	if hub.URLHasPassword(s) {
		return errors.New("the URL carries a password: type it in the password field instead")
	}
	if _, err := pgx.ParseConfig(s); err != nil {
		return errors.New("not a PostgreSQL connection string (postgres://host/database or host=... dbname=...)")
	}
	return nil
}

// ConnString is the connection string for c: its URL with the user and
// password added, as a URI's query parameters or as key=value pairs (both
// override what the URL says). It lives only in memory.
func ConnString(c model.HubLink) (string, error) {
	s := strings.TrimSpace(c.URL)
	if err := checkURL(s); err != nil {
		return "", err
	}
	if strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://") {
		sep := "?"
		if strings.Contains(s, "?") {
			sep = "&"
		}
		if c.User != "" {
			s += sep + "user=" + queryValue(c.User)
			sep = "&"
		}
		if c.Password != "" {
			s += sep + "password=" + queryValue(c.Password)
		}
		return s, nil
	}
	if c.User != "" {
		s += " user=" + quoteValue(c.User)
	}
	if c.Password != "" {
		s += " password=" + quoteValue(c.Password)
	}
	return s, nil
}

// queryValue escapes a URI query value as libpq decodes it: percent
// escapes only ("+" is not a space).
func queryValue(v string) string { return strings.ReplaceAll(url.QueryEscape(v), "+", "%20") }

// quoteValue quotes a key=value connection string value as libpq reads it.
func quoteValue(v string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(v) + "'"
}
