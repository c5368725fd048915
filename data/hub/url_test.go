package hub

import "testing"

func TestURLHasPassword(t *testing.T) {
	for s, want := range map[string]bool{
		"postgres://anna@db.example.org/hub":                   false,
		"postgresql://db.example.org:5433/hub?sslmode=require": false,
		"host=db.example.org dbname=hub user=anna":             false,
		"postgres://anna:secret@db.example.org/hub":            true,
		"postgres://anna@db.example.org/hub?password=secret":   true,
		"host=db dbname=hub password=secret":                   true,
		"host=db dbname=hub password = secret":                 true,
	} {
		if got := URLHasPassword(s); got != want {
			t.Errorf("%s: %v, want %v", s, got, want)
		}
	}
}
