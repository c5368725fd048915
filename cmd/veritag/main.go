// Command veritag is the Veritag desktop app: read news articles sentence by
// sentence and tag each one as CLAIM, FACT or SPECULATION.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"fyne.io/fyne/v2/app"

	"github.com/veritag/veritag/assets"
	"github.com/veritag/veritag/data/config"
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
	if _, err := st.SeedIfEmpty(ctx, sample()); err != nil {
		fmt.Fprintln(os.Stderr, "veritag: adding the sample article:", err)
	}
	gui.New(a, st, gui.Options{Annotator: *annotator, DBPath: path}).ShowAndRun()
}

// sample is the article a new database starts with.
func sample() model.ImportDoc {
	text := assets.SampleArticle
	return model.ImportDoc{Title: assets.SampleTitle, Source: "sample", Lang: "it", Text: text, Sentences: segment.Split(text, "it")}
}
