package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/veritag/veritag/data/model"
)

// settingBlind is the project_settings row of blind mode.
const settingBlind = "blind"

// ProjectSettings returns the preferences that hold for everyone using
// this database.
func (s *Store) ProjectSettings(ctx context.Context) (model.ProjectSettings, error) {
	blind, err := setting(ctx, s.read, settingBlind)
	return model.ProjectSettings{Blind: blind == "on"}, err
}

// SetBlind switches blind mode on or off for the project, as annotator by.
// Anyone may switch it on, and the first to do so in a project without an
// owner becomes its owner; only an owner or adjudicator may switch it off.
func (s *Store) SetBlind(ctx context.Context, by string, on bool) error {
	by = strings.TrimSpace(by)
	if by == "" {
		return errors.New("no annotator name given")
	}
	return s.withTx(ctx, func(tx *sql.Tx) error {
		role, err := roleOf(ctx, tx, by)
		if err != nil {
			return err
		}
		value := "off"
		if on {
			value = "on"
			if err := claimOwnership(ctx, tx, by); err != nil {
				return err
			}
		} else if !role.MaySeeOthers() {
			return fmt.Errorf("only an owner or adjudicator can switch blind mode off (%s is an annotator)", by)
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO project_settings(name, value, changed_by, changed_at) VALUES (?, ?, ?, ?)
			ON CONFLICT(name) DO UPDATE SET value = excluded.value, changed_by = excluded.changed_by, changed_at = excluded.changed_at`,
			settingBlind, value, by, stamp(s.Now()))
		return err
	})
}

// Role returns annotator's role in the project.
func (s *Store) Role(ctx context.Context, annotator string) (model.Role, error) {
	return roleOf(ctx, s.read, strings.TrimSpace(annotator))
}

// SetRole gives annotator a role (RoleAnnotator removes it), as annotator
// by. In a project without an owner, by becomes the owner first; after
// that only an owner gives roles, and the last owner cannot step down.
func (s *Store) SetRole(ctx context.Context, by, annotator string, role model.Role) error {
	by, annotator = strings.TrimSpace(by), strings.TrimSpace(annotator)
	if by == "" || annotator == "" {
		return errors.New("no annotator name given")
	}
	if role != model.RoleAnnotator && role != model.RoleAdjudicator && role != model.RoleOwner {
		return fmt.Errorf("role %q: use owner, adjudicator or annotator", role)
	}
	return s.withTx(ctx, func(tx *sql.Tx) error {
		if err := claimOwnership(ctx, tx, by); err != nil {
			return err
		}
		if r, err := roleOf(ctx, tx, by); err != nil || r != model.RoleOwner {
			if err == nil {
				err = fmt.Errorf("only an owner can give roles (%s is not one)", by)
			}
			return err
		}
		if role != model.RoleOwner {
			var owners int
			if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM project_roles WHERE role = 'owner' AND annotator <> ?", annotator).Scan(&owners); err != nil {
				return err
			}
			if owners == 0 {
				return fmt.Errorf("%s is the last owner: make someone else owner first", annotator)
			}
		}
		if role == model.RoleAnnotator {
			_, err := tx.ExecContext(ctx, "DELETE FROM project_roles WHERE annotator = ?", annotator)
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO project_roles(annotator, role) VALUES (?, ?)
			ON CONFLICT(annotator) DO UPDATE SET role = excluded.role`, annotator, string(role))
		return err
	})
}

// claimOwnership makes by the owner of a project that has none.
func claimOwnership(ctx context.Context, tx *sql.Tx, by string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO project_roles(annotator, role)
		SELECT ?, 'owner' WHERE NOT EXISTS (SELECT 1 FROM project_roles WHERE role = 'owner')
		ON CONFLICT(annotator) DO UPDATE SET role = 'owner'`, by)
	return err
}

// roleOf reads one annotator's role; no row is RoleAnnotator.
func roleOf(ctx context.Context, q querier, annotator string) (model.Role, error) {
	var role string
	err := q.QueryRowContext(ctx, "SELECT role FROM project_roles WHERE annotator = ?", annotator).Scan(&role)
	if errors.Is(err, sql.ErrNoRows) {
		return model.RoleAnnotator, nil
	}
	return model.Role(role), err
}

// setting reads one project setting; an unset one is "".
func setting(ctx context.Context, q querier, name string) (string, error) {
	var v string
	err := q.QueryRowContext(ctx, "SELECT value FROM project_settings WHERE name = ?", name).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return v, err
}
