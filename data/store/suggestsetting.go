package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"
)

// settingSuggestions is the project_settings row that switches the
// app's suggestions off for a project ("off"); unset means on.
const settingSuggestions = "suggestions"

// SuggestionsOn reports whether the project shows suggestions (the
// default). Blind mode hides them whatever this says.
func (s *Store) SuggestionsOn(ctx context.Context) (bool, error) {
	v, err := setting(ctx, s.read, settingSuggestions)
	return v != "off", err
}

// SetSuggestions switches the project's suggestions on or off, as by.
func (s *Store) SetSuggestions(ctx context.Context, by string, on bool) error {
	by = strings.TrimSpace(by)
	if by == "" {
		return errors.New("no annotator name given")
	}
	value := "off"
	if on {
		value = "on"
	}
	return s.withTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO project_settings(name, value, changed_by, changed_at) VALUES (?, ?, ?, ?)
		ON CONFLICT(name) DO UPDATE SET value = excluded.value, changed_by = excluded.changed_by, changed_at = excluded.changed_at`,
			settingSuggestions, value, by, stamp(s.Now()))
		return err
	})
}
