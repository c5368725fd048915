package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"strings"
)

// Exit codes (DESIGN.md): 0 ok, 1 failure, 2 usage.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

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
	cmd, ok := lookup(name)
	if !ok {
		fmt.Fprintf(stderr, "veritag-cli: unknown command %q (run veritag-cli help)\n", name)
		return exitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	e := &env{ctx: ctx, stdin: stdin, stdout: stdout, stderr: stderr}
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	runCmd := cmd.bind(fs)
	if err := parseInterspersed(fs, args[1:], &e.args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintf(stdout, "usage: veritag-cli %s\n", cmd.usage)
			return exitOK
		}
		fmt.Fprintf(stderr, "veritag-cli %s: %s (usage: veritag-cli %s)\n", name, printable(err.Error()), cmd.usage)
		return exitUsage
	}
	err := runCmd(e)
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
// A negative number ("-1") is a positional argument, never a flag, so
// that it gets the command's own message about its value.
func parseInterspersed(fs *flag.FlagSet, args []string, positional *[]string) error {
	for {
		for len(args) > 0 && isNegativeNumber(args[0]) {
			*positional = append(*positional, args[0])
			args = args[1:]
		}
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

// isNegativeNumber reports whether arg is "-" followed by digits.
func isNegativeNumber(arg string) bool {
	return len(arg) > 1 && arg[0] == '-' && strings.Trim(arg[1:], "0123456789") == ""
}

// oneLine folds an error message onto one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// printHelp lists the commands.
func printHelp(w io.Writer) {
	fmt.Fprintln(w, "veritag-cli — Veritag's headless tool. Commands:")
	sorted := slices.SortedFunc(slices.Values(commands), func(a, b command) int { return strings.Compare(a.name, b.name) })
	for _, c := range sorted {
		fmt.Fprintf(w, "  veritag-cli %s\n", c.usage)
	}
	fmt.Fprintln(w, "DOC is a document id (see list), SENTENCE a 0-based index, LABEL e.g. CLAIM, FACT, SPECULATION.")
}
