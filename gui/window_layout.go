package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// readingEms is the narrowest reading column, in multiples of the
// article's text size (about 60 characters a line). Below it the window
// gives up side panels rather than squeeze the article.
const readingEms = 32

// stackedShare is the share of the height the annotation panel takes when
// it sits below the article.
const stackedShare = 0.42

// bodyLayout places the library, the reading column (the article or the
// search results) and the annotation panel by the window's width. With
// room for all three they stand side by side. When the library would leave
// the reading column too narrow it is hidden, and Ctrl+B shows it as a
// drawer over the article instead. When even the panel leaves it too
// narrow, the panel goes below the article.
type bodyLayout struct {
	u          *UI
	centre     fyne.CanvasObject
	drawerBack *canvas.Rectangle // the drawer's opaque background
	scrim      *scrim            // dims the rest of the window under the drawer; a tap closes it
	stackLine  *widget.Separator // between the article and the panel below it
	drawerOpen bool              // the library is asked for as a drawer
	narrow     bool              // the last layout had no room for the library beside the article
	stacked    bool              // the last layout put the panel below the article
}

// newBody builds the window's body around the reading column centre.
func (u *UI) newBody(centre fyne.CanvasObject) (*fyne.Container, *bodyLayout) {
	l := &bodyLayout{u: u, centre: centre, drawerBack: canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground)), stackLine: widget.NewSeparator()}
	l.scrim = newScrim(func() { u.closeDrawer() })
	return container.New(l, centre, u.panel.box, l.stackLine, l.scrim, l.drawerBack, u.library.box), l
}

// libraryWanted is the saved choice to show the library beside the article.
func (u *UI) libraryWanted() bool { return u.app.Preferences().BoolWithFallback(prefLibrary, true) }

// readingMin is the narrowest the reading column may get, in pixels.
func (l *bodyLayout) readingMin() float32 {
	return readingEms * theme.Size(theme.SizeNameText) * l.u.article.scale
}

// Layout places the parts for the body's size.
func (l *bodyLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	lib, panel := l.u.library.box, l.u.panel.box
	libW, panelW, reading := lib.MinSize().Width, panel.MinSize().Width, l.readingMin()
	l.narrow = size.Width < libW+panelW+reading
	l.stacked = size.Width-panelW < reading
	if !l.narrow {
		l.drawerOpen = false
	}
	x := float32(0)
	if !l.narrow && l.u.libraryWanted() {
		x = libW
	}
	w := size.Width - x
	if l.stacked {
		panelH := min(max(size.Height*stackedShare, 160), size.Height-120)
		line := l.stackLine.MinSize().Height
		l.centre.Move(fyne.NewPos(x, 0))
		l.centre.Resize(fyne.NewSize(w, size.Height-panelH-line))
		l.stackLine.Move(fyne.NewPos(x, size.Height-panelH-line))
		l.stackLine.Resize(fyne.NewSize(w, line))
		panel.Move(fyne.NewPos(x, size.Height-panelH))
		panel.Resize(fyne.NewSize(w, panelH))
	} else {
		l.centre.Move(fyne.NewPos(x, 0))
		l.centre.Resize(fyne.NewSize(w-panelW, size.Height))
		panel.Move(fyne.NewPos(size.Width-panelW, 0))
		panel.Resize(fyne.NewSize(panelW, size.Height))
	}
	l.u.panel.edge.Hidden = l.stacked
	l.stackLine.Hidden = !l.stacked

	drawer := l.narrow && l.drawerOpen
	lib.Hidden = !(drawer || !l.narrow && l.u.libraryWanted())
	l.drawerBack.Hidden = !drawer
	l.scrim.Hidden = !drawer
	lib.Move(fyne.NewPos(0, 0))
	lib.Resize(fyne.NewSize(min(libW, size.Width), size.Height))
	if drawer {
		l.scrim.Move(fyne.NewPos(0, 0))
		l.scrim.Resize(size)
		l.scrim.Refresh()
		l.drawerBack.FillColor = theme.Color(theme.ColorNameOverlayBackground)
		l.drawerBack.Move(fyne.NewPos(0, 0))
		l.drawerBack.Resize(lib.Size())
		l.drawerBack.Refresh()
	}
}

// MinSize lets the window shrink to a reading column with the panel below.
func (l *bodyLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	c := l.centre.MinSize()
	return fyne.NewSize(max(c.Width, l.u.panel.box.MinSize().Width), c.Height+160)
}

// toggleLibrary shows or hides the library: beside the article when the
// window has room (remembered), else as a drawer over the article, with
// the focus in its filter so that typing and Enter open an article.
func (u *UI) toggleLibrary() {
	l := u.layout
	if l.narrow {
		l.drawerOpen = !l.drawerOpen
		u.body.Refresh()
		if l.drawerOpen {
			u.win.Canvas().Focus(u.library.filter)
		} else if u.win.Canvas().Focused() == u.library.filter {
			u.win.Canvas().Unfocus()
		}
		return
	}
	u.app.Preferences().SetBool(prefLibrary, !u.libraryWanted())
	u.body.Refresh()
}

// closeDrawer hides the library drawer, if it is open; it reports whether
// it was.
func (u *UI) closeDrawer() bool {
	if !u.layout.drawerOpen {
		return false
	}
	u.layout.drawerOpen = false
	u.body.Refresh()
	return true
}

// scrim is a translucent shade over the window under the library drawer;
// tapping it closes the drawer.
type scrim struct {
	widget.BaseWidget
	shade *canvas.Rectangle
	tap   func()
}

func newScrim(tap func()) *scrim {
	s := &scrim{shade: canvas.NewRectangle(theme.Color(theme.ColorNameShadow)), tap: tap}
	s.Hidden = true
	s.ExtendBaseWidget(s)
	return s
}

// CreateRenderer draws the shade.
func (s *scrim) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(s.shade) }

// Refresh follows the theme's shadow colour.
func (s *scrim) Refresh() {
	s.shade.FillColor = theme.Color(theme.ColorNameShadow)
	s.BaseWidget.Refresh()
}

// Tapped closes the drawer.
func (s *scrim) Tapped(*fyne.PointEvent) { s.tap() }
