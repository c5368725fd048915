package gui

import (
	"time"

	"fyne.io/fyne/v2"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/gui/team"
	vwidget "github.com/veritag/veritag/gui/widget"
)

// labelState is the project's label set as the views draw it.
type labelState struct {
	labels []model.Label
	styles map[string]vwidget.LabelStyle
}

// libraryState is the list of articles and the annotator's progress.
type libraryState struct {
	docs     []model.Document
	progress map[int64]int // labelled sentences, by document id
}

// articleState is the open article and the selection in it.
type articleState struct {
	doc      model.Document // the open article (Text left empty once shaped)
	sents    []model.Sentence
	shapes   []shape
	mine     map[int]model.Annotation   // the annotator's, by sentence index
	others   map[int][]model.Annotation // everyone else's
	adjudged map[int]string             // adjudicated final labels, by sentence index
	selected int
	openGen  int // drops the results of superseded loads
}

// newArticleState is no article open.
func newArticleState() articleState {
	return articleState{selected: -1, mine: map[int]model.Annotation{}, others: map[int][]model.Annotation{}, adjudged: map[int]string{}}
}

// nextUnlabelled is the first sentence or heading from index from on that
// the annotator has not labelled (navigation lines are skipped), or -1.
func (s *articleState) nextUnlabelled(from int) int {
	for i := from; i < len(s.sents); i++ {
		if _, ok := s.mine[i]; !ok && s.sents[i].Kind.Counted() {
			return i
		}
	}
	return -1
}

// pending is the changes on their way to the database and quitting, which
// waits for them.
type pending struct {
	queued   map[sentenceKey]model.AnnotationState // changes sent but not yet committed
	quitting bool                                  // Ctrl+Q pressed: waiting for the queued changes
	unsaved  int                                   // changes the database refused since quitting began
	exit     func()                                // ends the app once quitting may: app.Quit, or a test's probe
}

// views are the window's parts and the dialogs and windows it opened.
type views struct {
	library     *libraryView
	article     *articleView
	panel       *panelView
	search      *searchView
	status      *statusBar
	body        *fyne.Container // library | article and search | panel
	layout      *bodyLayout     // how body fits the window's width
	help        *helpOverlay
	exporter    *exportDialog     // the last export dialog shown
	labelEditor *labelEditor      // the last label set editor shown
	guides      *guidelinesWindow // the guidelines window while it is open
	team        *team.Windows     // agreement and adjudication
	hubDialog   *hubDialog        // the Team hub dialog while it is open
}

// hubState is the team hub link as the window shows it.
type hubState struct {
	hub     TeamHub          // opts.Hub
	hubLink hubLink          // the team hub link's state
	now     func() time.Time // the clock of "Synced 3 s ago"
}
