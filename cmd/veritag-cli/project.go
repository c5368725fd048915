package main

import (
	"fmt"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/data/store"
)

// runProject shows or changes the project settings that hold for everyone
// using the database: blind mode and who may switch it off.
func runProject(e *env, f *annotatorFlags) error {
	if err := e.wantArgs(0, 3); err != nil {
		return err
	}
	return f.withStore(e, func(st *store.Store) error {
		switch {
		case len(e.args) == 0 || (e.args[0] == "show" && len(e.args) == 1):
		case e.args[0] == "blind" && len(e.args) == 2 && (e.args[1] == "on" || e.args[1] == "off"):
			if err := st.SetBlind(e.ctx, f.name(), e.args[1] == "on"); err != nil {
				return err
			}
		case e.args[0] == "role" && len(e.args) == 3:
			role := model.Role(e.args[2])
			if e.args[2] == "annotator" {
				role = model.RoleAnnotator
			}
			if err := st.SetRole(e.ctx, f.name(), e.args[1], role); err != nil {
				return err
			}
		default:
			return usageError{fmt.Sprintf("unknown project action %q", e.args)}
		}
		p, err := st.ProjectSettings(e.ctx)
		if err != nil {
			return err
		}
		blind := "off"
		if p.HidesOthers() {
			blind = "on"
		}
		fmt.Fprintf(e.stdout, "blind\t%s\n", blind)
		return nil
	})
}
