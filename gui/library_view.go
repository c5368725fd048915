package gui

import (
	"context"
	"image/color"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/veritag/veritag/data/model"
	vwidget "github.com/veritag/veritag/gui/widget"
)

// libraryWidth is the library's width in multiples of the text size.
const libraryWidth = 19

// libraryView lists every article with its language, size and the
// annotator's progress, filtered by a fuzzy match on titles.
type libraryView struct {
	u            *UI
	box          *fyne.Container
	filter       *vwidget.KeyEntry
	list         *widget.List
	shown        []int // indexes into u.docs, in display order
	importFiles  *widget.Button
	importFolder *widget.Button
}

func newLibraryView(u *UI) *libraryView {
	l := &libraryView{u: u}
	l.filter = vwidget.NewKeyEntry(func(k *fyne.KeyEvent) bool {
		if k.Name != fyne.KeyEscape {
			return false
		}
		u.win.Canvas().Unfocus()
		u.closeDrawer()
		return true
	})
	l.filter.SetPlaceHolder(lang.L("Filter articles…"))
	l.filter.OnChanged = func(string) { l.applyFilter() }
	l.filter.OnSubmitted = func(string) { l.openFirst() }
	l.list = widget.NewList(func() int { return len(l.shown) }, l.newRow, l.updateRow)
	l.importFiles = widget.NewButtonWithIcon(lang.L("Files…"), theme.FileIcon(), u.chooseFiles)
	l.importFolder = widget.NewButtonWithIcon(lang.L("Folder…"), theme.FolderOpenIcon(), u.chooseFolder)
	imports := container.NewVBox(widget.NewLabelWithStyle(lang.L("Import"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		container.NewGridWithColumns(2, l.importFiles, l.importFolder))
	title := widget.NewLabelWithStyle(lang.L("Library"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	top := container.NewVBox(title, l.filter)
	l.box = container.New(&vwidget.SideWidth{Width: libraryWidth},
		container.NewBorder(nil, nil, nil, widget.NewSeparator(),
			container.NewBorder(top, container.NewPadded(imports), nil, nil, l.list)))
	return l
}

// libraryRow is one article in the list; tapping it opens the article.
// Rows take their own taps so the list never takes the keyboard from the
// article.
type libraryRow struct {
	widget.BaseWidget
	l        *libraryView
	bg       *canvas.Rectangle // marks the open article
	title    *vwidget.WrapLabel
	meta     *widget.Label
	progress *vwidget.ThinBar
	del      *widget.Button
	content  fyne.CanvasObject
	docIndex int
}

// CreateRenderer draws the row's widgets.
func (r *libraryRow) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(r.content) }

// Tapped opens the row's article.
func (r *libraryRow) Tapped(*fyne.PointEvent) {
	u := r.l.u
	u.win.Canvas().Unfocus()
	u.closeDrawer()
	if r.docIndex < len(u.docs) && u.docs[r.docIndex].ID != u.doc.ID {
		u.open(u.docs[r.docIndex].ID, firstUnlabelled)
	}
}

// Cursor shows a pointing hand.
func (r *libraryRow) Cursor() desktop.Cursor { return desktop.PointerCursor }

func (l *libraryView) newRow() fyne.CanvasObject {
	r := &libraryRow{l: l, bg: canvas.NewRectangle(color.Transparent), title: vwidget.NewWrapLabel("", l.titleWidth),
		meta: widget.NewLabel(""), progress: vwidget.NewThinBar()}
	r.bg.CornerRadius = theme.Size(theme.SizeNameSelectionRadius)
	r.title.Style.Bold = true
	r.title.MaxLines = 2
	r.meta.SizeName = theme.SizeNameCaptionText
	r.del = widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { l.confirmDelete(r.docIndex) })
	r.del.Importance = widget.LowImportance
	text := container.NewVBox(r.title, r.meta, r.progress)
	r.content = container.NewStack(r.bg, container.NewBorder(nil, nil, nil, container.NewVBox(r.del), container.NewPadded(text)))
	r.ExtendBaseWidget(r)
	return r
}

func (l *libraryView) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	r := o.(*libraryRow)
	if id >= len(l.shown) {
		return
	}
	r.docIndex = l.shown[id]
	d := l.u.docs[r.docIndex]
	done := l.u.progress[d.ID]
	r.bg.FillColor = color.Transparent
	if d.ID == l.u.doc.ID {
		r.bg.FillColor = theme.Color(theme.ColorNameSelection)
	}
	r.bg.Refresh()
	r.title.SetText(d.Title)
	share := 0.0
	if d.Counted > 0 { // navigation lines do not count
		share = min(float64(done)/float64(d.Counted), 1)
	}
	r.meta.SetText(lang.L("{{.Lang}} · {{.N}} sentences · {{.Percent}}% tagged",
		map[string]any{"Lang": strings.ToUpper(d.Lang), "N": d.SentenceCount, "Percent": int(share*100 + 0.5)}))
	r.progress.SetValue(share)
}

// titleWidth is the room a title has in a row before it is laid out.
func (l *libraryView) titleWidth() float32 {
	th := l.u.app.Settings().Theme()
	return libraryWidth*th.Size(theme.SizeNameText) - th.Size(theme.SizeNameInlineIcon)*2 - 4*th.Size(theme.SizeNamePadding)
}

// setLibrary installs the list of articles and the annotator's progress.
func (u *UI) setLibrary(docs []model.Document, progress map[int64]int) {
	u.docs, u.progress = docs, progress
	if u.progress == nil {
		u.progress = map[int64]int{}
	}
	u.library.applyFilter()
}

// reloadLibrary reads the articles and progress again.
func (u *UI) reloadLibrary() {
	annotator := u.annotator
	fetch(&u.bridge, func(ctx context.Context, b Backend) (libraryState, error) {
		return readLibrary(ctx, b, annotator)
	}, func(l libraryState, err error) {
		if err != nil {
			u.showError(lang.L("Could not read the database"), err)
			return
		}
		u.setLibrary(l.docs, l.progress)
		if u.doc.ID != 0 && u.docTitle(u.doc.ID) == "" {
			u.openLast() // deleted by another program
		}
	})
}

// readLibrary reads the articles and the annotator's progress.
func readLibrary(ctx context.Context, b Articles, annotator string) (libraryState, error) {
	var l libraryState
	var err error
	if l.docs, err = b.Documents(ctx); err == nil {
		l.progress, err = b.Progress(ctx, annotator)
	}
	return l, err
}

// applyFilter shows the articles whose titles match the filter, best
// match first.
func (l *libraryView) applyFilter() {
	q := l.filter.Text
	l.shown = l.shown[:0]
	scores := map[int]int{}
	for i, d := range l.u.docs {
		if s, ok := fuzzyScore(q, d.Title); ok {
			l.shown = append(l.shown, i)
			scores[i] = s
		}
	}
	if q != "" {
		sort.SliceStable(l.shown, func(a, b int) bool { return scores[l.shown[a]] > scores[l.shown[b]] })
	}
	l.list.Refresh()
}

// openFirst opens the best match of the filter and gives the keys back to
// the article.
func (l *libraryView) openFirst() {
	l.u.win.Canvas().Unfocus()
	l.u.closeDrawer()
	if len(l.shown) > 0 && l.u.docs[l.shown[0]].ID != l.u.doc.ID {
		l.u.open(l.u.docs[l.shown[0]].ID, firstUnlabelled)
	}
}

// refreshProgress redraws the progress bars.
func (l *libraryView) refreshProgress() { l.list.Refresh() }

// markOpen highlights the open article's row and scrolls to it.
func (l *libraryView) markOpen(id int64) {
	l.list.Refresh()
	for row, i := range l.shown {
		if l.u.docs[i].ID == id {
			l.list.ScrollTo(row)
		}
	}
}

// confirmDelete asks before deleting article docs[i] with its annotations.
func (l *libraryView) confirmDelete(i int) {
	u := l.u
	if i < 0 || i >= len(u.docs) {
		return
	}
	d := u.docs[i]
	msg := lang.L("Delete “{{.Title}}” with all its annotations? This cannot be undone.", map[string]any{"Title": d.Title})
	dialog.ShowConfirm(lang.L("Delete article"), msg, func(ok bool) {
		if ok {
			u.deleteDocument(d.ID)
		}
	}, u.win)
}

// deleteDocument removes an article and shows another if it was open.
func (u *UI) deleteDocument(id int64) {
	u.write(func(ctx context.Context, b Backend) error { return b.DeleteDocument(ctx, id) }, func(err error) {
		if err != nil {
			u.showError(lang.L("Could not delete the article"), err)
			return
		}
		var rest []model.Document
		for _, d := range u.docs {
			if d.ID != id {
				rest = append(rest, d)
			}
		}
		u.setLibrary(rest, u.progress)
		if id == u.doc.ID {
			u.openLast()
		}
		u.rebuildIndex()
	})
}
