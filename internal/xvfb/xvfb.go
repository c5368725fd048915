// Package xvfb starts a virtual X server for tests that run the real
// desktop app.
package xvfb

import (
	"fmt"
	"os"
	"os/exec"
	"testing"
	"time"
)

// Start starts a virtual X server (1280×800) on a free display for the
// rest of the test and returns the display, e.g. ":90". The end-to-end
// test and the scale report run the real app on it.
func Start(t testing.TB) string {
	t.Helper()
	for n := 90; n < 130; n++ {
		if _, err := os.Stat(fmt.Sprintf("/tmp/.X11-unix/X%d", n)); err == nil {
			continue
		}
		display := fmt.Sprintf(":%d", n)
		x := exec.Command("Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
		if err := x.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { x.Process.Kill(); x.Wait() })
		for range 50 {
			if _, err := os.Stat(fmt.Sprintf("/tmp/.X11-unix/X%d", n)); err == nil {
				return display
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Fatalf("Xvfb %s did not start", display)
	}
	t.Fatal("no free X display")
	return ""
}
