package main

import (
	"os"
	"os/signal"
	"syscall"
)

// quitOnSignal calls quit when the session asks the app to end: SIGTERM
// and SIGHUP at logout or shutdown (on Windows the console's close,
// logoff and shutdown events arrive as SIGTERM), and Ctrl+C in the
// terminal that started it. quit is the same path as Ctrl+Q, so every
// queued change is committed before the app exits. The returned stop
// ends the watch.
func quitOnSignal(quit func()) (stop func()) {
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-signals:
				quit()
			case <-done:
				return
			}
		}
	}()
	return func() {
		signal.Stop(signals)
		close(done)
	}
}
