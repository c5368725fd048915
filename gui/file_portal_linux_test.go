//go:build linux

package gui

import (
	"bufio"
	"context"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/godbus/dbus/v5"
	"github.com/godbus/dbus/v5/prop"
)

// readyWithin asks the portal chooser whether it is there, bounded by a
// deadline so that a hang fails the test instead of stalling it.
func readyWithin(t *testing.T) bool {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	return portalChooser{}.ready(ctx)
}

func TestPortalAbsentWithoutABus(t *testing.T) {
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "")
	t.Setenv("XDG_RUNTIME_DIR", t.TempDir()) // no bus socket in it
	if readyWithin(t) {
		t.Error("no session bus, yet the portal counts as there")
	}
	if got := os.Getenv("DBUS_SESSION_BUS_ADDRESS"); got != "" {
		t.Errorf("looking for the portal set DBUS_SESSION_BUS_ADDRESS=%q (a bus was started or guessed)", got)
	}
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path="+filepath.Join(t.TempDir(), "no-such-socket"))
	if readyWithin(t) {
		t.Error("a bus address with nothing behind it counts as a portal")
	}
}

func TestPortalAbsentWhenTheBusDoesNotAnswer(t *testing.T) {
	sock := filepath.Join(t.TempDir(), "silent")
	ln, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() { // accepts and never says a word
		if c, err := ln.Accept(); err == nil {
			t.Cleanup(func() { c.Close() })
		}
	}()
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path="+sock)
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	if (portalChooser{}).ready(ctx) {
		t.Error("a silent bus counts as a portal")
	}
}

// privateBus starts a D-Bus session daemon of its own and returns its
// address; the test is skipped where dbus-daemon is not installed.
func privateBus(t *testing.T) string {
	t.Helper()
	bin, err := exec.LookPath("dbus-daemon")
	if err != nil {
		t.Skip("dbus-daemon not installed")
	}
	cmd := exec.Command(bin, "--session", "--nofork", "--print-address", "--address=unix:path="+filepath.Join(t.TempDir(), "bus"))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	addr, err := bufio.NewReader(out).ReadString('\n') // printed once it listens
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(addr)
}

func TestPortalDetectedOnlyWithAFileChooser(t *testing.T) {
	addr := privateBus(t)
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", addr)
	if readyWithin(t) {
		t.Fatal("a bus without a portal counts as one")
	}
	conn, err := dbus.Connect(addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if reply, err := conn.RequestName(portalName, dbus.NameFlagDoNotQueue); err != nil || reply != dbus.RequestNameReplyPrimaryOwner {
		t.Fatalf("cannot stand in for the portal: %v %v", reply, err)
	}
	other := prop.Map{"org.freedesktop.portal.Settings": {"version": {Value: uint32(2)}}}
	if _, err := prop.Export(conn, portalPath, other); err != nil {
		t.Fatal(err)
	}
	if readyWithin(t) {
		t.Error("a portal without a file chooser backend counts as one")
	}
	chooser := prop.Map{portalInterface: {"version": {Value: uint32(4)}}}
	if _, err := prop.Export(conn, portalPath, chooser); err != nil {
		t.Fatal(err)
	}
	if !readyWithin(t) {
		t.Error("a portal with a file chooser is not found")
	}
}

func TestPortalPathsAreLocalFiles(t *testing.T) {
	got := localPaths([]string{"file:///home/anna/news/a b.txt", "sftp://host/x.txt", "file://relative", "/bare/path.txt"})
	if want := []string{"/home/anna/news/a b.txt"}; !reflect.DeepEqual(got, want) {
		t.Errorf("paths %q, want %q", got, want)
	}
}
