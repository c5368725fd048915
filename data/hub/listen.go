package hub

import (
	"context"
	"errors"
	"time"
)

// notifyChannel is the channel the hub's triggers notify on commit. A
// notification only wakes a syncing client up: the change log is the truth.
const notifyChannel = "veritag_changes"

// Listen subscribes this connection to the hub's change notifications.
func (h *Hub) Listen(ctx context.Context) error {
	_, err := h.conn.Exec(ctx, "LISTEN "+notifyChannel)
	return h.fail(err)
}

// Wait waits up to d for a change notification and reports whether one
// came; the notifications queued behind it are dropped, since one wake-up
// reads everything new. An error means the connection is gone.
func (h *Hub) Wait(ctx context.Context, d time.Duration) (bool, error) {
	wctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	_, err := h.conn.WaitForNotification(wctx)
	switch {
	case err == nil:
		h.drain()
		return true, nil
	case ctx.Err() != nil:
		return false, ctx.Err()
	case errors.Is(wctx.Err(), context.DeadlineExceeded) && !h.conn.IsClosed():
		return false, nil
	}
	return false, h.fail(err)
}

// drain drops the notifications already received: with a context that is
// already done, pgx returns a queued one or nothing, without reading.
func (h *Hub) drain() {
	done, cancel := context.WithCancel(context.Background())
	cancel()
	for {
		if n, _ := h.conn.WaitForNotification(done); n == nil {
			return
		}
	}
}
