// Package gui is Veritag's desktop interface: the library of articles, the
// open article sentence by sentence and the annotation panel, driven from
// the keyboard. It reaches the data only through Backend and the data
// packages, never database/sql.
package gui

import (
	"context"
	"time"

	"github.com/veritag/veritag/gui/team"
	vwidget "github.com/veritag/veritag/gui/widget"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"

	"github.com/veritag/veritag/assets"
	"github.com/veritag/veritag/data/model"
)

// Options are what the command line hands to the UI.
type Options struct {
	// Annotator is the --annotator flag; when empty VERITAG_ANNOTATOR, the
	// saved preference or the OS user name is used, in that order.
	Annotator string
	// DBPath is the database file, shown in the settings.
	DBPath string
	// Hub links the database to a team hub (File → Team hub…); nil leaves
	// the app without one.
	Hub TeamHub
}

// UI is the main window. Its state is grouped into the pieces declared in
// window_state.go (the bridge to the Backend, the label set, the library,
// the open article, pending changes, the views and the team hub link),
// embedded so each piece's fields read as the UI's. It keeps references
// to its widgets so tests can tap and type into them and read what they
// show. All fields are touched on the UI thread only; Backend calls run on
// the bridge's queue and hand their results back with fyne.Do.
type UI struct {
	app  fyne.App
	win  fyne.Window
	opts Options
	svc  services

	annotator string
	theme     *appTheme
	sugg      suggestions // the suggestion model and what it shows
	blind     blindMode   // the project's blind mode
	picking   filePicking // choosing files: the desktop's chooser or the in-app one

	bridge
	labelState
	libraryState
	articleState
	pending
	views
	hubState
}

// New builds the main window on b. Call ShowAndRun to start.
func New(a fyne.App, b Backend, opts Options) *UI {
	return newUI(a, b, opts, func(f func()) { go f() }, defaultServices())
}

// newUI is New with the way background work starts and the data services
// chosen, so tests run everything in order on one goroutine.
func newUI(a fyne.App, b Backend, opts Options, spawn func(func()), svc services) *UI {
	u := &UI{app: a, opts: opts, svc: svc,
		bridge:       bridge{b: b, spawn: spawn, db: &serial{spawn: spawn}},
		libraryState: libraryState{progress: map[int64]int{}},
		articleState: newArticleState(),
		pending:      pending{exit: a.Quit, queued: map[sentenceKey]model.AnnotationState{}},
		hubState:     hubState{hub: opts.Hub, now: time.Now}}
	u.hubLink.queue = &serial{spawn: func(job func()) { u.spawn(job) }}
	loadTranslations(a)
	u.theme = &appTheme{variant: u.pref(prefTheme, themeSystem)}
	a.Settings().SetTheme(u.theme)
	u.annotator = u.resolveAnnotator()

	u.win = a.NewWindow("Veritag")
	u.win.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	u.team = team.New(u.teamHost())
	u.build()
	u.bindKeys()
	u.win.SetMainMenu(u.mainMenu())
	u.win.Resize(fyne.NewSize(1280, 800))
	u.win.SetOnClosed(u.savePosition)
	u.win.SetCloseIntercept(u.quit) // closing the window drains the queue as Ctrl+Q does
	u.win.SetOnDropped(u.dropped)
	u.start()
	return u
}

// build lays out the window: library, article (or search results) and
// annotation panel side by side when there is room (see bodyLayout), the
// status bar below.
func (u *UI) build() {
	u.blind.badge = newBlindBadge(u)
	u.status = newStatusBar(u, u.showHelp, u.unlessModal(u.showHubDialog), u.blind.badge)
	u.library = newLibraryView(u)
	u.article = newArticleView(u)
	u.search = newSearchView(u)
	u.panel = newPanelView(u)
	centre := container.NewBorder(u.search.bar, nil, nil, nil, container.NewStack(u.article, u.search.results))
	u.body, u.layout = u.newBody(centre)
	u.win.SetContent(container.NewBorder(nil, u.status.box, nil, nil, u.body))
}

// Window returns the main window.
func (u *UI) Window() fyne.Window { return u.win }

// ShowAndRun shows the window, asks for the annotator's name on first run
// and runs the app until it quits.
func (u *UI) ShowAndRun() {
	u.Show()
	u.app.Run()
}

// Show shows the window and starts its background work, in an app that
// already runs (or is about to).
func (u *UI) Show() {
	u.win.Show()
	u.askAnnotator()
	u.watch()
	u.resumeHub()
	u.startSuggestions()
}

// start loads the label set and the library, then reopens the last article
// and builds the search index in the background.
func (u *UI) start() {
	annotator := u.annotator
	type started struct {
		labels  []model.Label
		library libraryState
		blind   bool
	}
	fetch(&u.bridge, func(ctx context.Context, b Backend) (s started, err error) {
		u.wrote(ctx)
		if s.labels, err = b.Labels(ctx); err == nil && len(s.labels) == 0 {
			s.labels = model.DefaultLabels
		}
		if err == nil {
			s.library, err = readLibrary(ctx, b, annotator)
		}
		s.blind = u.projectBlind(ctx)
		return s, err
	}, func(s started, err error) {
		if err != nil {
			u.showError(lang.L("Could not read the database"), err)
			return
		}
		u.setBlind(s.blind)
		u.setLabels(s.labels)
		u.setLibrary(s.library.docs, s.library.progress)
		u.openLast()
	})
	u.rebuildIndex()
}

// setLabels installs the label set in the panel and the article.
func (u *UI) setLabels(labels []model.Label) {
	if len(labels) > 9 {
		labels = labels[:9]
	}
	u.labels = labels
	u.styles = vwidget.NewLabelStyles(labels)
	u.panel.setLabels(labels)
	u.search.setLabels(labels)
	u.article.remeasure()
	u.refreshGuidelines()
}

// openLast opens the article open when the app last quit, else the first.
func (u *UI) openLast() {
	if len(u.docs) == 0 {
		u.showEmpty()
		return
	}
	id := int64(u.app.Preferences().Int(prefLastDoc))
	for _, d := range u.docs {
		if d.ID == id {
			u.open(id, firstUnlabelled)
			return
		}
	}
	u.open(u.docs[0].ID, firstUnlabelled)
}
