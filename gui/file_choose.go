package gui

import (
	"context"
	"fmt"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver"
	"fyne.io/fyne/v2/storage"
)

// portalWait bounds the wait for the desktop portal to say it is there.
const portalWait = 3 * time.Second

// nativeChooser is the desktop's own file chooser (the XDG desktop portal
// on Linux). Tests put a fake in its place.
type nativeChooser interface {
	// ready reports whether the chooser is there, before ctx ends.
	ready(ctx context.Context) bool
	// pick shows the chooser and waits for the user; nil means cancelled.
	pick(r pickRequest) ([]string, error)
}

// pickRequest is one request for files or a folder.
type pickRequest struct {
	title, accept string
	filterName    string   // what the extensions are, e.g. "Articles"
	exts          []string // ".txt" …; empty for any file
	dir           string   // the folder to start in
	many          bool     // several files at once
	folder        bool     // a folder rather than files
	parent        string   // the main window's handle, "x11:…", or ""
}

// filePicking is the state of choosing files.
type filePicking struct {
	busy   bool         // a desktop chooser is open
	native int          // 0 not asked yet, 1 the desktop chooser is there, -1 it is not
	last   *filesDialog // the last in-app chooser shown
}

// choose asks for files, or a folder, for r: through the desktop's chooser
// when there is one, else Fyne's dialogs. It starts in the folder saved
// under dirPref, saves the folder of the answer there and hands the paths
// to then; a cancelled choice does nothing.
func (u *UI) choose(r pickRequest, dirPref string, then func(paths []string)) {
	if u.picking.busy {
		return
	}
	r.dir = u.pref(dirPref, "")
	done := func(paths []string) {
		if len(paths) == 0 {
			return
		}
		dir := paths[0]
		if !r.folder {
			dir = filepath.Dir(dir)
		}
		u.app.Preferences().SetString(dirPref, dir)
		then(paths)
	}
	nc := u.svc.native
	if nc == nil || u.picking.native < 0 {
		u.chooseInApp(r, done)
		return
	}
	r.parent = windowHandle(u.win)
	u.picking.busy = true
	known := u.picking.native > 0
	u.spawn(func() {
		ok := known
		if !ok {
			ctx, cancel := context.WithTimeout(context.Background(), portalWait)
			ok = nc.ready(ctx)
			cancel()
		}
		var paths []string
		var err error
		if ok {
			paths, err = nc.pick(r)
		}
		fyne.Do(func() {
			u.picking.busy = false
			if !ok || err != nil { // no portal, or it failed: Fyne's dialogs from now on
				u.picking.native = -1
				u.chooseInApp(r, done)
				return
			}
			u.picking.native = 1
			done(paths)
		})
	})
}

// chooseInApp asks with Fyne's dialogs: a folder dialog, or the in-app
// chooser of several files.
func (u *UI) chooseInApp(r pickRequest, done func(paths []string)) {
	if !r.folder {
		u.picking.last = u.showFilesDialog(r, done)
		return
	}
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil {
			u.showError(r.title, err)
			return
		}
		if dir != nil {
			done([]string{dir.Path()})
		}
	}, u.win)
	if l := listerFor(r.dir); l != nil {
		d.SetLocation(l)
	}
	d.Resize(dialogSize(u.win))
	d.Show()
}

// listerFor is the folder dir for a Fyne file dialog, or nil.
func listerFor(dir string) fyne.ListableURI {
	if dir == "" {
		return nil
	}
	l, err := storage.ListerForURI(storage.NewFileURI(dir))
	if err != nil {
		return nil
	}
	return l
}

// windowHandle is w's X11 handle as the portal takes it, so that its
// chooser opens in front of w; "" elsewhere.
func windowHandle(w fyne.Window) string {
	var handle string
	if nw, ok := w.(driver.NativeWindow); ok {
		nw.RunNative(func(ctx any) {
			if x, ok := ctx.(driver.X11WindowContext); ok && x.WindowHandle != 0 {
				handle = fmt.Sprintf("x11:%x", x.WindowHandle)
			}
		})
	}
	return handle
}
