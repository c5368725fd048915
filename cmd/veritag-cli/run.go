package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"

	"github.com/veritag/veritag/data/config"
	"github.com/veritag/veritag/data/store"
)

// Exit codes (DESIGN.md): 0 ok, 1 failure, 2 usage.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

// env is what a command runs with: its streams and parsed flags.
type env struct {
	ctx    context.Context
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	fs     *flag.FlagSet
	args   []string // positional arguments after flag parsing
	db     *string
}

// command is one veritag-cli sub-command.
type command struct {
	usage string
	flags func(e *env)
	run   func(e *env) error
}

// commands maps names to sub-commands; filled in by the command files.
var commands = map[string]command{}

// usageError is a mistake in how the command was called: exit 2.
type usageError struct{ msg string }

func (u usageError) Error() string { return u.msg }

// run executes one command line and returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		printHelp(stderr)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	name := args[0]
	cmd, ok := commands[name]
	if !ok {
		fmt.Fprintf(stderr, "veritag-cli: unknown command %q (run veritag-cli help)\n", name)
		return exitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	e := &env{ctx: ctx, stdin: stdin, stdout: stdout, stderr: stderr, fs: flag.NewFlagSet(name, flag.ContinueOnError)}
	e.fs.SetOutput(io.Discard)
	if cmd.flags != nil {
		cmd.flags(e)
	}
	if err := parseInterspersed(e.fs, args[1:], &e.args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintf(stdout, "usage: veritag-cli %s\n", cmd.usage)
			return exitOK
		}
		fmt.Fprintf(stderr, "veritag-cli %s: %s (usage: veritag-cli %s)\n", name, printable(err.Error()), cmd.usage)
		return exitUsage
	}
	err := cmd.run(e)
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "veritag-cli %s: %s (usage: veritag-cli %s)\n", name, printable(ue.msg), cmd.usage)
		return exitUsage
	default:
		msg := printable(oneLine(err.Error()))
		if !strings.HasPrefix(msg, name+" ") { // "import FILE: ..." already names the command
			msg = name + ": " + msg
		}
		fmt.Fprintf(stderr, "veritag-cli %s\n", msg)
		return exitFailure
	}
}

// parseInterspersed parses flags that may stand before, between or after
// the positional arguments, collecting the positionals in order.
func parseInterspersed(fs *flag.FlagSet, args []string, positional *[]string) error {
	for {
		if err := fs.Parse(args); err != nil {
			return err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return nil
		}
		if len(args) > 0 && len(rest) < len(args) && args[len(args)-len(rest)-1] == "--" {
			*positional = append(*positional, rest...)
			return nil
		}
		*positional = append(*positional, rest[0])
		args = rest[1:]
	}
}

// withDB adds the --db flag.
func withDB(e *env) {
	e.db = e.fs.String("db", "", "database path (default: VERITAG_DB or the user data dir)")
}

// withDBJSON adds --db and --json.
func withDBJSON(e *env) {
	withDB(e)
	e.fs.Bool("json", false, "print JSON")
}

// flag is the value of a flag as given (or its default).
func (e *env) flag(name string) string { return e.fs.Lookup(name).Value.String() }

// on reports whether a boolean flag is set.
func (e *env) on(name string) bool { return e.flag(name) == "true" }

// withStore opens the database for fn and closes it afterwards.
func (e *env) withStore(fn func(st *store.Store) error) error {
	st, err := e.open()
	if err != nil {
		return err
	}
	defer st.Close()
	return fn(st)
}

// open opens the database named by --db, VERITAG_DB or the default path.
func (e *env) open() (*store.Store, error) {
	return store.Open(e.ctx, config.DBPath(*e.db))
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

// oneLine folds an error message onto one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// printHelp lists the commands.
func printHelp(w io.Writer) {
	fmt.Fprintln(w, "veritag-cli — Veritag's headless tool. Commands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  veritag-cli %s\n", commands[n].usage)
	}
	fmt.Fprintln(w, "DOC is a document id (see list), SENTENCE a 0-based index, LABEL e.g. CLAIM, FACT, SPECULATION.")
}
