package gui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// heldUI is a UI whose background work waits in held until the test runs
// it, as a slow disk would make it wait, and whose exits are counted.
func heldUI(t *testing.T, f *fakeBackend) (u *UI, held *[]func(), exits *int) {
	t.Helper()
	held, exits = new([]func()), new(int)
	u = newUI(test.NewTempApp(t), f, Options{Annotator: "alice"}, inline, defaultServices())
	u.win.Resize(fyne.NewSize(1280, 800))
	u.spawn = func(job func()) { *held = append(*held, job) }
	u.db.spawn = u.spawn
	u.exit = func() { *exits++ }
	return u, held, exits
}

// runHeld runs the held background work, and what it queues, in order.
func runHeld(held *[]func()) {
	for len(*held) > 0 {
		job := (*held)[0]
		*held = (*held)[1:]
		job()
	}
}

func TestQuitCommitsEveryQueuedTagFirst(t *testing.T) {
	f := newFakeBackend()
	doc := kursk(f)
	u, held, exits := heldUI(t, f)
	press(u, "123")
	shortcut(u, scQuit)
	if *exits != 0 {
		t.Fatal("the app quit with three tags still queued")
	}
	runHeld(held)
	if *exits != 1 {
		t.Fatalf("the app quit %d times once the queue drained, want 1", *exits)
	}
	got := map[int]string{}
	anns, _ := f.Annotations(context.Background(), doc)
	for _, a := range anns {
		got[a.SentenceIndex] = a.Label
	}
	if got[0] != "CLAIM" || got[1] != "FACT" || got[2] != "SPECULATION" {
		t.Errorf("stored before quitting: %v", got)
	}
}

func TestQuitAsksWhenTheDiskRefusedAChange(t *testing.T) {
	f := newFakeBackend()
	kursk(f)
	u, held, exits := heldUI(t, f)
	f.fail = errTest
	press(u, "1")
	shortcut(u, scQuit)
	runHeld(held)
	if *exits != 0 {
		t.Fatal("the app quit silently although a tag was not saved")
	}
	if u.unsaved != 1 || u.win.Canvas().Overlays().Top() == nil {
		t.Errorf("no question shown: %d unsaved", u.unsaved)
	}
}
