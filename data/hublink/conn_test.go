package hublink

import (
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/veritag/veritag/data/model"
)

func TestConnStringAddsTheUserAndPassword(t *testing.T) {
	for _, url := range []string{
		"postgres://someone@hub.example.org:5433/team?sslmode=disable",
		"postgres://hub.example.org:5433/team?user=someone",
		"postgres://hub.example.org:5433/team",
		"host=hub.example.org port=5433 dbname=team user=someone sslmode=disable",
	} {
		s, err := ConnString(model.HubLink{URL: url, User: "anna", Password: `it's a \ 'secret' & more`})
		if err != nil {
			t.Fatalf("%s: %v", url, err)
		}
		cfg, err := pgx.ParseConfig(s)
		if err != nil {
			t.Fatalf("%s -> %s: %v", url, s, err)
		}
		if cfg.User != "anna" || cfg.Password != `it's a \ 'secret' & more` || cfg.Host != "hub.example.org" || cfg.Port != 5433 || cfg.Database != "team" {
			t.Errorf("%s: user %q password %q host %s port %d db %s", url, cfg.User, cfg.Password, cfg.Host, cfg.Port, cfg.Database)
		}
	}
}

func TestCheckURLRefusesAPasswordInTheURL(t *testing.T) {
	cases := map[string]string{
		"":                                     "empty",
		"postgres://anna:pw@hub/team":          "password",
		"host=hub dbname=team password=pw":     "password",
		"postgres://hub/team?password=pw":      "password",
		"host=hub dbname='unterminated":        "not a PostgreSQL connection string",
		"postgres://hub.example.org/team":      "",
		"host=hub.example.org dbname=team":     "",
		"postgresql://anna@hub.example.org/tm": "",
	}
	for url, want := range cases {
		err := checkURL(url)
		if (want == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), want)) {
			t.Errorf("%q: %v, want %q", url, err, want)
		}
	}
}
