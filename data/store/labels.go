package store

import (
	"context"
	"database/sql"
	"fmt"
	"regexp"

	"github.com/veritag/veritag/data/model"
)

// MaxLabels is the most labels a label set holds (keys 1–9).
const MaxLabels = 9

var (
	labelName  = regexp.MustCompile(`^[A-Z][A-Z0-9_-]{0,31}$`)
	labelColor = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)
)

// Labels returns the label set in key order.
func (s *Store) Labels(ctx context.Context) ([]model.Label, error) {
	return listLabels(ctx, s.read)
}

// AddLabel adds a label; an empty Key takes the first free key, an empty
// Color a palette colour.
func (s *Store) AddLabel(ctx context.Context, l model.Label) (model.Label, error) {
	l.Name = model.LabelName(l.Name)
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		labels, err := listLabels(ctx, tx)
		if err != nil {
			return err
		}
		if len(labels) >= MaxLabels {
			return fmt.Errorf("the label set is full (%d labels, keys 1–9)", MaxLabels)
		}
		used := map[string]bool{}
		for _, x := range labels {
			if x.Name == l.Name {
				return fmt.Errorf("label %s already exists", l.Name)
			}
			used[x.Key] = true
		}
		if l.Key == "" {
			for k := '1'; k <= '9'; k++ {
				if !used[string(k)] {
					l.Key = string(k)
					break
				}
			}
		}
		if l.Color == "" {
			l.Color = palette[len(labels)%len(palette)]
		}
		if err := ValidateLabel(l); err != nil {
			return err
		}
		if used[l.Key] {
			return fmt.Errorf("key %s is already used by another label", l.Key)
		}
		return insertLabel(ctx, tx, l, len(labels))
	})
	return l, err
}

// UpdateLabel changes the label named name: a new name (existing
// annotations follow the rename), key, colour or description.
func (s *Store) UpdateLabel(ctx context.Context, name string, l model.Label) error {
	name = model.LabelName(name)
	l.Name = model.LabelName(l.Name)
	if err := ValidateLabel(l); err != nil {
		return err
	}
	return s.withTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "UPDATE labels SET name = ?, key = ?, color = ?, description = ? WHERE name = ?",
			l.Name, l.Key, l.Color, l.Description, name)
		if err != nil {
			return fmt.Errorf("update label %s: %w", name, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("no label named %s", name)
		}
		return nil
	})
}

// palette is the Okabe–Ito colour-blind-safe palette, used for new labels.
var palette = []string{"#0072B2", "#009E73", "#E69F00", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000", "#999999"}

func insertLabel(ctx context.Context, tx *sql.Tx, l model.Label, position int) error {
	_, err := tx.ExecContext(ctx, "INSERT INTO labels(name, key, color, description, position) VALUES (?, ?, ?, ?, ?)",
		l.Name, l.Key, l.Color, l.Description, position)
	return err
}

func listLabels(ctx context.Context, q querier) ([]model.Label, error) {
	rows, err := q.QueryContext(ctx, "SELECT name, key, color, description FROM labels ORDER BY key")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []model.Label
	for rows.Next() {
		var l model.Label
		if err := rows.Scan(&l.Name, &l.Key, &l.Color, &l.Description); err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, rows.Err()
}
