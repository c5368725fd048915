package main

import (
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/veritag/veritag/data/hubsync"
	"github.com/veritag/veritag/data/store"
)

// syncFlags are sync's flags.
type syncFlags struct {
	dbFlags
	hub   string
	watch bool
}

func (f *syncFlags) define(fs *flag.FlagSet) {
	f.dbFlags.define(fs)
	defineHubURL(fs, &f.hub)
	fs.BoolVar(&f.watch, "watch", false, "keep syncing as changes arrive, until SIGINT or SIGTERM")
}

// runSync syncs the local file with the hub once, or with --watch until
// interrupted, printing "pushed N pulled M".
func runSync(e *env, f *syncFlags) error {
	if err := e.wantArgs(0, 0); err != nil {
		return err
	}
	url, err := hubURL(f.hub)
	if err != nil {
		return err
	}
	return f.withStore(e, func(st *store.Store) error {
		if !f.watch {
			r, err := hubsync.Once(e.ctx, st, url)
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "pushed %d pulled %d\n", r.Pushed, r.Pulled)
			return nil
		}
		ctx, stop := signal.NotifyContext(e.ctx, os.Interrupt, syscall.SIGTERM)
		defer stop()
		first, lastErr := true, ""
		return hubsync.Watch(ctx, st, url, func(r hubsync.Result, err error) {
			if err != nil {
				if msg := printable(oneLine(err.Error())); msg != lastErr {
					fmt.Fprintf(e.stderr, "veritag-cli sync: %s (retrying)\n", msg)
					lastErr = msg
				}
				return
			}
			lastErr = ""
			if first || r.Pushed+r.Pulled > 0 {
				fmt.Fprintf(e.stdout, "pushed %d pulled %d\n", r.Pushed, r.Pulled)
				first = false
			}
		})
	})
}
