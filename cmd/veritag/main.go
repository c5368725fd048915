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
	ctx := context.Background()
	st, err := store.Open(ctx, path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "veritag:", err)
		gui.ShowFatal(a, err)
		os.Exit(1)
	}
	defer st.Close()
	empty, err := st.IsEmpty(ctx)
	worthBackup := err == nil && !empty // checked before the sample goes into a new database
	if _, err := st.SeedIfEmpty(ctx, sample()); err != nil {
		fmt.Fprintln(os.Stderr, "veritag: adding the sample article:", err)
	}
	link := hublink.New(st)
	ui := gui.New(a, st, gui.Options{Annotator: *annotator, DBPath: path, Hub: link})
	var backup sync.WaitGroup
	backupCtx, stopBackup := context.WithCancel(ctx)
	if worthBackup {
		backup.Go(func() { backUp(backupCtx, st, path) })
	}
	stopSignals := quitOnSignal(ui.Quit) // logout, shutdown, Ctrl+C: committed first, as Ctrl+Q
	ui.ShowAndRun()
	link.Disconnect() // quitting already stopped it; this covers any other way out, before the file closes
	stopSignals()
	stopBackup() // quitting does not wait for a long backup: a cut-short copy is removed
	backup.Wait()
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
