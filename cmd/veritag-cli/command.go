package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/veritag/veritag/data/config"
	"github.com/veritag/veritag/data/store"
)

// command is one veritag-cli sub-command.
type command struct {
	name  string
	usage string
	// bind defines the command's flags on fs and returns the function that
	// runs the command once fs has parsed them.
	bind func(fs *flag.FlagSet) func(e *env) error
}

// flagSet is a command's typed flags: a struct that defines each of its
// fields as a flag.
type flagSet interface {
	define(fs *flag.FlagSet)
}

// newCommand makes a command whose flags parse into a fresh F.
func newCommand[F any, PF interface {
	*F
	flagSet
}](name, usage string, run func(e *env, f *F) error) command {
	return command{name: name, usage: usage, bind: func(fs *flag.FlagSet) func(*env) error {
		f := PF(new(F))
		f.define(fs)
		return func(e *env) error { return run(e, f) }
	}}
}

// lookup finds a command by name.
func lookup(name string) (command, bool) {
	for _, c := range commands {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

// env is what a command runs with: its streams and positional arguments.
type env struct {
	ctx    context.Context
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	args   []string // positional arguments after flag parsing
}

// noFlags is the flag set of a command without flags.
type noFlags struct{}

func (*noFlags) define(*flag.FlagSet) {}

// dbFlags is --db: the database path.
type dbFlags struct{ db string }

func (f *dbFlags) define(fs *flag.FlagSet) {
	fs.StringVar(&f.db, "db", "", "database path (default: VERITAG_DB or the user data dir)")
}

// withStore opens the database named by --db, VERITAG_DB or the default
// path for fn and closes it afterwards.
func (f *dbFlags) withStore(e *env, fn func(st *store.Store) error) error {
	return f.with(e, store.Open, fn)
}

// withBatchStore is withStore for a command that writes in bulk and exits
// (store.OpenBatch).
func (f *dbFlags) withBatchStore(e *env, fn func(st *store.Store) error) error {
	return f.with(e, store.OpenBatch, fn)
}

// withReader is withStore for a command that only reads: on a read-only
// medium or folder the database is opened read-only instead of failing.
func (f *dbFlags) withReader(e *env, fn func(st *store.Store) error) error {
	return f.with(e, store.OpenForReading, fn)
}

// with opens the database with open for fn and closes it afterwards.
func (f *dbFlags) with(e *env, open func(context.Context, string) (*store.Store, error), fn func(st *store.Store) error) error {
	st, err := open(e.ctx, config.DBPath(f.db))
	if err != nil {
		return err
	}
	defer st.Close()
	return fn(st)
}

// dbJSONFlags is --db and --json.
type dbJSONFlags struct {
	dbFlags
	json bool
}

func (f *dbJSONFlags) define(fs *flag.FlagSet) {
	f.dbFlags.define(fs)
	fs.BoolVar(&f.json, "json", false, "print JSON")
}

// annotatorFlags is --db and --annotator.
type annotatorFlags struct {
	dbFlags
	annotator string
}

func (f *annotatorFlags) define(fs *flag.FlagSet) {
	f.dbFlags.define(fs)
	fs.StringVar(&f.annotator, "annotator", "", "annotator name (default: VERITAG_ANNOTATOR or the OS user)")
}

// name resolves --annotator as DESIGN.md says.
func (f *annotatorFlags) name() string {
	name, _ := config.Annotator(f.annotator, "")
	return name
}

// wantArgs checks the number of positional arguments.
func (e *env) wantArgs(min, max int) error {
	if len(e.args) < min || (max >= 0 && len(e.args) > max) {
		return usageError{fmt.Sprintf("expected %s, got %d", argCount(min, max), len(e.args))}
	}
	return nil
}

func argCount(min, max int) string {
	switch {
	case min == max:
		return fmt.Sprintf("%d argument(s)", min)
	case max < 0:
		return fmt.Sprintf("at least %d argument(s)", min)
	default:
		return fmt.Sprintf("%d to %d arguments", min, max)
	}
}
