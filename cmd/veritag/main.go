// Command veritag is the Veritag desktop app: read news articles sentence by
// sentence and tag each one as CLAIM, FACT or SPECULATION.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"github.com/veritag/veritag/assets"
	"github.com/veritag/veritag/data/config"
	"github.com/veritag/veritag/data/hublink"
	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/data/segment"
	"github.com/veritag/veritag/data/store"
	"github.com/veritag/veritag/gui"
)

func main() {
	db := flag.String("db", "", "database `path` (default $VERITAG_DB, else the user data folder)")
	annotator := flag.String("annotator", "", "annotator `name` (default $VERITAG_ANNOTATOR, else the saved name, else the OS user)")
	flag.Parse()

	a := app.NewWithID("io.veritag.app")
	path := config.DBPath(*db)
	size, scans := store.ScansOnOpen(path)
	if !scans {
		st, err := store.Open(context.Background(), path)
		if err != nil {
			fmt.Fprintln(os.Stderr, "veritag:", err)
			gui.ShowFatal(a, err)
			os.Exit(1)
		}
		s := start(a, st, path, *annotator)
		s.ui.ShowAndRun()
		s.stop()
		return
	}
	// a large file another program changed is read whole before it opens:
	// a window says so meanwhile
	checking := gui.ShowChecking(a, filepath.Base(path), size)
	var s *session
	failed := false
	go func() {
		st, err := store.Open(context.Background(), path)
		fyne.Do(func() {
			if err != nil {
				fmt.Fprintln(os.Stderr, "veritag:", err)
				gui.ShowFatalWindow(a, err)
				failed = true
			} else {
				s = start(a, st, path, *annotator)
				s.ui.Show()
			}
			checking.Close()
		})
	}()
	a.Run()
	if s != nil {
		s.stop()
	}
	if failed {
		os.Exit(1)
	}
}

// session is the open database with the window on it and what runs beside
// them.
type session struct {
	st          *store.Store
	ui          *gui.UI
	link        *hublink.Link
	stopSignals func()
	stopBackup  context.CancelFunc
	backup      sync.WaitGroup
}

// start builds the window on the open database st, adds the sample to a
// new database and starts the automatic backup and the signal handling.
func start(a fyne.App, st *store.Store, path, annotator string) *session {
	ctx := context.Background()
	empty, err := st.IsEmpty(ctx)
	worthBackup := err == nil && !empty // checked before the sample goes into a new database
	if _, err := st.SeedIfEmpty(ctx, sample()); err != nil {
		fmt.Fprintln(os.Stderr, "veritag: adding the sample article:", err)
	}
	s := &session{st: st, link: hublink.New(st)}
	s.ui = gui.New(a, st, gui.Options{Annotator: annotator, DBPath: path, Hub: s.link})
	var backupCtx context.Context
	backupCtx, s.stopBackup = context.WithCancel(ctx)
	if worthBackup {
		s.backup.Go(func() { backUp(backupCtx, st, path) })
	}
	s.stopSignals = quitOnSignal(s.ui.Quit) // logout, shutdown, Ctrl+C: committed first, as Ctrl+Q
	return s
}

// stop ends what start began, once the app has quit.
func (s *session) stop() {
	s.link.Disconnect() // quitting already stopped it; this covers any other way out, before the file closes
	s.stopSignals()
	s.stopBackup() // quitting does not wait for a long backup: a cut-short copy is removed
	s.backup.Wait()
	s.st.Close()
}

// backUp keeps the five newest copies of the database in a "backups"
// folder next to it. It runs beside the UI; a failure is only logged.
func backUp(ctx context.Context, st *store.Store, dbPath string) {
	dir := filepath.Join(filepath.Dir(dbPath), "backups")
	if _, err := st.RollingBackup(ctx, dir, 5); err != nil && ctx.Err() == nil {
		fmt.Fprintln(os.Stderr, "veritag: automatic backup:", err)
	}
}

// sample is the article a new database starts with.
func sample() model.ImportDoc {
	text := assets.SampleArticle
	return model.ImportDoc{Title: assets.SampleTitle, Source: "sample", Lang: "it", Text: text, Sentences: segment.Split(text, "it")}
}
