package main

import (
	"bufio"
	"flag"
	"fmt"
	"strings"

	"github.com/veritag/veritag/data/hub"
)

// hubFlags are the flags of hub init, user and status.
type hubFlags struct {
	hub  string
	role string
	json bool
}

func (f *hubFlags) define(fs *flag.FlagSet) {
	defineHubURL(fs, &f.hub)
	fs.StringVar(&f.role, "role", "", "hub user: annotator, adjudicator or owner")
	fs.BoolVar(&f.json, "json", false, "hub status: print JSON")
}

// defineHubURL adds --hub.
func defineHubURL(fs *flag.FlagSet, to *string) {
	fs.StringVar(to, "hub", "", "the team hub: a PostgreSQL URI or key=value string; the password comes from PGPASSWORD or ~/.pgpass")
}

// hubURL checks --hub: given, and without a password in it.
func hubURL(s string) (string, error) {
	switch {
	case s == "":
		return "", usageError{"--hub URL is required"}
	case hub.URLHasPassword(s):
		return "", usageError{"the --hub URL holds a password: put it in PGPASSWORD or ~/.pgpass (a command line is visible to every user of the machine)"}
	}
	return s, nil
}

// runHub runs hub init, hub user or hub status.
func runHub(e *env, f *hubFlags) error {
	if len(e.args) == 0 {
		return usageError{"expected init, user or status"}
	}
	url, err := hubURL(f.hub)
	if err != nil {
		return err
	}
	sub := e.args[0]
	if sub != "user" && f.role != "" {
		return usageError{"--role is for hub user"}
	}
	if sub != "status" && f.json {
		return usageError{"--json is for hub status"}
	}
	switch sub {
	case "init":
		if err := e.wantArgs(1, 1); err != nil {
			return err
		}
		if _, err := hub.Init(e.ctx, url); err != nil {
			return err
		}
		fmt.Fprintln(e.stdout, "hub ready")
		return nil
	case "user":
		return runHubUser(e, f, url)
	case "status":
		return runHubStatus(e, f, url)
	}
	return usageError{fmt.Sprintf("unknown hub command %q: expected init, user or status", sub)}
}

// runHubUser creates or changes a member; the password is stdin's first line.
func runHubUser(e *env, f *hubFlags, url string) error {
	if err := e.wantArgs(2, 2); err != nil {
		return err
	}
	name := e.args[1]
	if f.role == "" {
		return usageError{"--role annotator|adjudicator|owner is required"}
	}
	line, err := bufio.NewReader(e.stdin).ReadString('\n')
	if err != nil && line == "" {
		return fmt.Errorf("no password on stdin for %s (give it as the first line)", name)
	}
	password := strings.TrimRight(line, "\r\n")
	h, err := hub.Open(e.ctx, url)
	if err != nil {
		return err
	}
	defer h.Close()
	if err := h.AddUser(e.ctx, name, f.role, password); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "user %s %s\n", printable(name), f.role)
	return nil
}

// runHubStatus prints what the hub holds.
func runHubStatus(e *env, f *hubFlags, url string) error {
	if err := e.wantArgs(1, 1); err != nil {
		return err
	}
	h, err := hub.Open(e.ctx, url)
	if err != nil {
		return err
	}
	defer h.Close()
	st, err := h.Status(e.ctx)
	if err != nil {
		return err
	}
	if f.json {
		return writeJSONLine(e.stdout, st)
	}
	last := "never"
	if st.LastChange != nil {
		last = st.LastChange.Format("2006-01-02 15:04:05 MST")
	}
	fmt.Fprintf(e.stdout, "hub\t%s\ndocuments\t%d\nsentences\t%d\nannotations\t%d\nannotators\t%s\nlast change\t%s\n",
		printable(h.Name()), st.Documents, st.Sentences, st.Annotations, printable(strings.Join(st.Annotators, ", ")), last)
	return nil
}
