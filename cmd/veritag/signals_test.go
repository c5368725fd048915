//go:build !windows

package main

import (
	"syscall"
	"testing"
	"time"
)

// TestTerminationSignalsQuitTheApp sends the process SIGTERM and SIGHUP
// (what a logout sends) and checks that each reaches the quit path,
// which would otherwise kill the app before its queued changes are
// committed.
func TestTerminationSignalsQuitTheApp(t *testing.T) {
	quits := make(chan struct{}, 2)
	stop := quitOnSignal(func() { quits <- struct{}{} })
	defer stop()
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGHUP} {
		if err := syscall.Kill(syscall.Getpid(), sig); err != nil {
			t.Fatal(err)
		}
		select {
		case <-quits:
		case <-time.After(time.Minute):
			t.Fatalf("%v did not reach quit", sig)
		}
	}
}
