package gui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/veritag/veritag/data/model"
	vwidget "github.com/veritag/veritag/gui/widget"
)

// Search limits: results shown, and candidates fetched when a label filter
// will drop some.
const (
	searchShown    = 100
	searchFiltered = 1000
)

// searcher finds sentences across all articles by fuzzy match.
type searcher interface {
	Search(ctx context.Context, query string, limit int) ([]searchHit, error)
}

// searchHit is one sentence found; matched are rune indexes into text.
// A sentence found by a note has the note as text and its annotator as
// noteBy.
type searchHit struct {
	docID   int64
	index   int
	text    string
	matched []int
	noteBy  string
}

// sentenceKey names a sentence across articles.
type sentenceKey struct {
	doc   int64
	index int
}

// searchView is the fuzzy search bar above the article and the results
// that replace the article while searching.
type searchView struct {
	u        *UI
	bar      *fyne.Container
	entry    *vwidget.KeyEntry
	filter   *widget.Select
	state    *widget.Label
	busy     *widget.ProgressBarInfinite
	results  *fyne.Container
	list     *widget.List
	hits     []searchHit
	cursor   int                    // the result Enter opens
	index    searcher               // nil until built
	indexer  *indexer               // keeps the index up to date
	labels   map[sentenceKey]string // the annotator's labels, for filters
	cancel   context.CancelFunc
	gen      int // drops results of superseded searches
	indexGen int // drops superseded label reads
	// settingLabels is set while setLabels changes the filter.
	settingLabels bool
}

func newSearchView(u *UI) *searchView {
	s := &searchView{u: u, labels: map[sentenceKey]string{}, state: widget.NewLabel(""), busy: widget.NewProgressBarInfinite()}
	s.entry = vwidget.NewKeyEntry(s.typedKey)
	s.entry.SetPlaceHolder(lang.L("Search sentences in all articles…") + "  (Ctrl+F)")
	s.entry.OnChanged = func(string) { s.run() }
	s.entry.OnSubmitted = func(string) { s.openCursor() }
	s.filter = widget.NewSelect(nil, func(string) {
		if s.settingLabels {
			return // a reload, not the user: a closed search stays closed
		}
		s.run()
		if s.results.Visible() {
			u.win.Canvas().Focus(s.entry)
		}
	})
	s.state.Importance = widget.LowImportance
	s.busy.Hide()
	s.list = widget.NewList(func() int { return len(s.hits) }, s.newRow, s.updateRow)
	library := widget.NewButtonWithIcon("", theme.MenuIcon(), u.toggleLibrary)
	library.Importance = widget.LowImportance
	left := container.NewHBox(library, widget.NewIcon(theme.SearchIcon()))
	s.bar = container.NewBorder(nil, widget.NewSeparator(), left,
		container.NewHBox(s.filter, container.NewStack(s.busy, s.state)), s.entry)
	s.results = container.NewStack(s.list)
	s.results.Hide()
	return s
}

// setLabels offers every label, and "untagged", as filters.
func (s *searchView) setLabels(labels []model.Label) {
	opts := []string{lang.L("All labels")}
	for _, l := range labels {
		opts = append(opts, l.Name)
	}
	s.filter.Options = append(opts, lang.L("Untagged"))
	s.settingLabels = true
	s.filter.SetSelectedIndex(0)
	s.settingLabels = false
	if s.results.Visible() {
		s.run()
	}
}

// setLabel records the annotator's label on a sentence for the filters.
func (s *searchView) setLabel(doc int64, index int, label string) {
	k := sentenceKey{doc, index}
	if label == "" {
		delete(s.labels, k)
	} else {
		s.labels[k] = label
	}
	for i, h := range s.hits {
		if h.docID == doc && h.index == index {
			s.list.RefreshItem(i)
		}
	}
}

// focus puts the keyboard in the search entry and shows the results.
func (s *searchView) focus() {
	s.u.win.Canvas().Focus(s.entry)
	s.entry.TypedShortcut(&fyne.ShortcutSelectAll{})
	s.run()
}

// hide puts the article back in place of the results.
func (s *searchView) hide() {
	if s.cancel != nil {
		s.cancel()
	}
	s.results.Hide()
	s.state.SetText("")
	s.u.article.Show()
	if s.u.win.Canvas().Focused() == s.entry {
		s.u.win.Canvas().Unfocus()
	}
}

// typedKey moves through the results with Up and Down; Escape goes back to
// the article.
func (s *searchView) typedKey(k *fyne.KeyEvent) bool {
	switch k.Name {
	case fyne.KeyEscape:
		s.hide()
	case fyne.KeyDown:
		s.moveCursor(1)
	case fyne.KeyUp:
		s.moveCursor(-1)
	default:
		return false
	}
	return true
}

func (s *searchView) moveCursor(delta int) {
	if len(s.hits) == 0 {
		return
	}
	s.cursor = max(0, min(s.cursor+delta, len(s.hits)-1))
	s.list.Refresh()
	s.list.ScrollTo(s.cursor)
}

// openCursor opens the article at the highlighted result.
func (s *searchView) openCursor() {
	if s.cursor < 0 || s.cursor >= len(s.hits) {
		return
	}
	h := s.hits[s.cursor]
	s.hide()
	s.u.goTo(h.docID, h.index)
}

// filterLabel is the label the filter keeps: "" for all, untagged for
// sentences without one.
func (s *searchView) filterLabel() (label string, untagged bool) {
	i := s.filter.SelectedIndex()
	switch {
	case i <= 0:
		return "", false
	case i == len(s.filter.Options)-1:
		return "", true
	}
	return s.filter.Selected, false
}

// keep reports whether a sentence passes the label filter.
func (s *searchView) keep(doc int64, index int) bool {
	label, untagged := s.filterLabel()
	got := s.labels[sentenceKey{doc, index}]
	if untagged {
		return got == ""
	}
	return label == "" || got == label
}

// run searches for the entry's text off the UI thread, cancelling the
// search before; with an empty query and a filter it lists the sentences
// the filter keeps.
func (s *searchView) run() {
	if s.cancel != nil {
		s.cancel()
	}
	s.gen++
	q := s.entry.Text
	label, untagged := s.filterLabel()
	if q == "" && label == "" && !untagged {
		s.setHits(nil)
		s.state.SetText("")
		s.results.Hide()
		s.u.article.Show()
		return
	}
	s.results.Show()
	s.u.article.Hide()
	if s.index == nil {
		return
	}
	if q == "" {
		s.browse()
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	gen, idx := s.gen, s.index
	limit := searchShown
	if label != "" || untagged {
		limit = searchFiltered
	}
	s.u.spawn(func() {
		hits, err := idx.Search(ctx, q, limit)
		fyne.Do(func() {
			if gen != s.gen || ctx.Err() != nil {
				return
			}
			if err != nil {
				s.state.SetText(err.Error())
				return
			}
			kept := hits[:0]
			for _, h := range hits {
				if s.keep(h.docID, h.index) && len(kept) < searchShown {
					kept = append(kept, h)
				}
			}
			s.setHits(kept)
		})
	})
}

// setHits shows results with the first one highlighted.
func (s *searchView) setHits(hits []searchHit) {
	s.hits, s.cursor = hits, 0
	s.list.Refresh()
	s.list.ScrollToTop()
	s.state.SetText(lang.N("{{.Count}} results", len(hits), map[string]any{"Count": len(hits)}))
}
