package main

import (
	"fmt"
	"strings"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/data/store"
)

func init() {
	commands["labels"] = command{
		usage: "labels [--db P] [list | add NAME [--key K] [--color #rrggbb] [--description D] | set NAME [--name NEW] [--key K] [--color C] [--description D]]",
		flags: func(e *env) {
			withDB(e)
			e.fs.String("name", "", "new name (set)")
			e.fs.String("key", "", "key 1-9")
			e.fs.String("color", "", "colour #rrggbb")
			e.fs.String("description", "", "one-line guideline")
		},
		run: runLabels,
	}
}

func runLabels(e *env) error {
	if err := e.wantArgs(0, 2); err != nil {
		return err
	}
	action := "list"
	if len(e.args) > 0 {
		action = e.args[0]
	}
	return e.withStore(func(st *store.Store) error {
		switch {
		case action == "list" && len(e.args) <= 1:
		case action == "add" && len(e.args) == 2:
			l := model.Label{Name: e.args[1], Key: e.flag("key"), Color: e.flag("color"), Description: e.flag("description")}
			if _, err := st.AddLabel(e.ctx, l); err != nil {
				return err
			}
		case action == "set" && len(e.args) == 2:
			if err := setLabel(e, st, e.args[1]); err != nil {
				return err
			}
		default:
			return usageError{fmt.Sprintf("unknown labels action %q", strings.Join(e.args, " "))}
		}
		labels, err := st.Labels(e.ctx)
		if err != nil {
			return err
		}
		for _, l := range labels {
			fmt.Fprintf(e.stdout, "%s\t%s\t%s\t%s\n", printable(l.Key), printable(l.Name), printable(l.Color), printable(l.Description))
		}
		return nil
	})
}

// setLabel changes the fields given on the command line, keeping the rest.
func setLabel(e *env, st *store.Store, name string) error {
	labels, err := st.Labels(e.ctx)
	if err != nil {
		return err
	}
	for _, l := range labels {
		if !strings.EqualFold(l.Name, name) {
			continue
		}
		for field, into := range map[string]*string{"name": &l.Name, "key": &l.Key, "color": &l.Color, "description": &l.Description} {
			if v := e.flag(field); v != "" {
				*into = v
			}
		}
		return st.UpdateLabel(e.ctx, name, l)
	}
	return fmt.Errorf("no label named %s", strings.ToUpper(name))
}
