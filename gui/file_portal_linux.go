//go:build linux

package gui

import (
	"context"
	"os"
	"path/filepath"
	"strings"

	"github.com/godbus/dbus/v5"
	"github.com/rymdport/portal/filechooser"
)

// The XDG desktop portal's name and object on the session bus.
const (
	portalName      = "org.freedesktop.portal.Desktop"
	portalPath      = "/org/freedesktop/portal/desktop"
	portalInterface = "org.freedesktop.portal.FileChooser"
)

// portalChooser is the desktop's file chooser reached through the XDG
// desktop portal (GNOME's, KDE's, …): several files at once, a typed path,
// the user's bookmarks.
type portalChooser struct{}

// newNativeChooser is the desktop's file chooser on Linux: the portal.
func newNativeChooser() nativeChooser { return portalChooser{} }

// busAddress is the session bus the portal would be on, or "" when there
// is none. It never starts a bus (godbus would autolaunch one under X11).
func busAddress() string {
	if a := os.Getenv("DBUS_SESSION_BUS_ADDRESS"); a != "" && a != "autolaunch:" {
		return a
	}
	if dir := os.Getenv("XDG_RUNTIME_DIR"); dir != "" {
		p := filepath.Join(dir, "bus")
		if fi, err := os.Stat(p); err == nil && fi.Mode()&os.ModeSocket != 0 {
			return "unix:path=" + p
		}
	}
	return ""
}

// ready reports whether a portal with a file chooser answers on the
// session bus before ctx ends. No bus, no portal, a portal without a file
// chooser backend or a bus that does not answer all mean no.
func (portalChooser) ready(ctx context.Context) bool {
	addr := busAddress()
	if addr == "" {
		return false
	}
	answer := make(chan bool, 1)
	go func() { answer <- portalAnswers(ctx, addr) }()
	select {
	case ok := <-answer:
		return ok
	case <-ctx.Done():
		return false
	}
}

// portalAnswers asks the bus at addr for the file chooser's version. The
// connection closes when ctx ends, which also ends a stalled handshake.
func portalAnswers(ctx context.Context, addr string) bool {
	conn, err := dbus.Connect(addr, dbus.WithContext(ctx))
	if err != nil {
		return false
	}
	defer conn.Close()
	var version dbus.Variant
	err = conn.Object(portalName, portalPath).CallWithContext(ctx, "org.freedesktop.DBus.Properties.Get", 0,
		portalInterface, "version").Store(&version)
	return err == nil
}

// pick shows the portal's chooser and waits for the user's answer.
func (portalChooser) pick(r pickRequest) ([]string, error) {
	opts := &filechooser.OpenFileOptions{Multiple: r.many, Directory: r.folder, CurrentFolder: r.dir, AcceptLabel: r.accept}
	if len(r.exts) > 0 {
		f := &filechooser.Filter{Name: r.filterName}
		for _, e := range r.exts {
			f.Rules = append(f.Rules, filechooser.Rule{Type: filechooser.GlobPattern, Pattern: "*" + e},
				filechooser.Rule{Type: filechooser.GlobPattern, Pattern: "*" + strings.ToUpper(e)})
		}
		opts.Filters = []*filechooser.Filter{f}
		opts.CurrentFilter = f
	}
	uris, err := filechooser.OpenFile(r.parent, r.title, opts)
	if err != nil {
		return nil, err
	}
	return localPaths(uris), nil
}

// localPaths turns the portal's file URIs into paths; other schemes
// (a phone, a network share not mounted) are left out. The portal library
// has already unescaped them.
func localPaths(uris []string) []string {
	var paths []string
	for _, u := range uris {
		if p, ok := strings.CutPrefix(u, "file://"); ok && filepath.IsAbs(p) {
			paths = append(paths, p)
		}
	}
	return paths
}
