package gui

import (
	"context"

	"fyne.io/fyne/v2"
)

// bridge is the way between the Backend and the UI thread: Backend calls
// run in order on db, off the UI thread, and their results come back
// through fyne.Do; spawn starts other background work (inline in tests).
type bridge struct {
	b           Backend
	spawn       func(func())
	db          *serial
	dataVersion int64 // the database version last seen; db jobs only
}

// fetch runs read on br's queue and hands what it returned to show on the
// UI thread.
func fetch[T any](br *bridge, read func(ctx context.Context, b Backend) (T, error), show func(T, error)) {
	br.db.do(func() {
		v, err := read(context.Background(), br.b)
		fyne.Do(func() { show(v, err) })
	})
}

// write runs change on the queue, records the data version that includes
// it, so that only other programs' changes cause a reload, and hands its
// error to done on the UI thread.
func (br *bridge) write(change func(ctx context.Context, b Backend) error, done func(err error)) {
	br.db.do(func() {
		ctx := context.Background()
		err := change(ctx, br.b)
		br.wrote(ctx)
		fyne.Do(func() { done(err) })
	})
}

// wrote records, from a queued job that just committed, the data version
// that includes the UI's own change.
func (br *bridge) wrote(ctx context.Context) {
	if v, err := br.b.DataVersion(ctx); err == nil {
		br.dataVersion = v
	}
}
