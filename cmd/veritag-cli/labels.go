package main

import (
	"flag"
	"fmt"
	"strings"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/data/store"
)

// labelsFlags are the label fields labels add and labels set take, and
// where labels delete moves a used label's annotations.
type labelsFlags struct {
	annotatorFlags
	newName     string
	moveTo      string
	key         string
	color       string
	description string
}

func (f *labelsFlags) define(fs *flag.FlagSet) {
	f.annotatorFlags.define(fs)
	fs.StringVar(&f.newName, "name", "", "new name (set)")
	fs.StringVar(&f.moveTo, "move-to", "", "label that takes over the annotations of a deleted label (delete)")
	fs.StringVar(&f.key, "key", "", "key 1-9")
	fs.StringVar(&f.color, "color", "", "colour #rrggbb")
	fs.StringVar(&f.description, "description", "", "one-line guideline")
}

func runLabels(e *env, f *labelsFlags) error {
	if err := e.wantArgs(0, 2); err != nil {
		return err
	}
	action := "list"
	if len(e.args) > 0 {
		action = e.args[0]
	}
	return f.withStore(e, func(st *store.Store) error {
		switch {
		case action == "list" && len(e.args) <= 1:
		case action == "add" && len(e.args) == 2:
			l := model.Label{Name: e.args[1], Key: f.key, Color: f.color, Description: f.description}
			if _, err := st.AddLabel(e.ctx, l); err != nil {
				return err
			}
		case action == "set" && len(e.args) == 2:
			if err := setLabel(e, f, st, e.args[1]); err != nil {
				return err
			}
		case action == "delete" && len(e.args) == 2:
			moved, err := st.DeleteLabel(e.ctx, f.annotatorFlags.name(), e.args[1], f.moveTo)
			if err != nil {
				return err
			}
			if moved.Total() > 0 {
				fmt.Fprintf(e.stderr, "moved %d annotations and %d final labels to %s\n", moved.Annotations, moved.Adjudications, printable(model.LabelName(f.moveTo)))
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
func setLabel(e *env, f *labelsFlags, st *store.Store, name string) error {
	labels, err := st.Labels(e.ctx)
	if err != nil {
		return err
	}
	for _, l := range labels {
		if l.Name != model.LabelName(name) {
			continue
		}
		for _, field := range []struct{ given, into *string }{{&f.newName, &l.Name}, {&f.key, &l.Key}, {&f.color, &l.Color}, {&f.description, &l.Description}} {
			if *field.given != "" {
				*field.into = *field.given
			}
		}
		return st.UpdateLabel(e.ctx, name, l)
	}
	return fmt.Errorf("no label named %s", model.LabelName(name))
}
