package hubsync

import (
	"context"
	"time"

	"github.com/veritag/veritag/data/hub"
	"github.com/veritag/veritag/data/store"
)

// Timing of a watch: how often the local file is checked for new tags,
// the longest wait between syncs when nothing wakes it, and the backoff
// bounds for reconnecting to a hub that is down.
const (
	localPoll   = 25 * time.Millisecond
	idleResync  = 30 * time.Second
	minBackoff  = time.Second
	maxBackoff  = 30 * time.Second
	backoffRate = 2
)

// Watch syncs st with the hub at url now and again whenever the hub
// notifies a change or the local file changes, until ctx ends; then it
// returns nil. report receives each round's result or error; a hub that
// is down or refuses is retried with exponential backoff.
func Watch(ctx context.Context, st *store.Store, url string, report func(Result, error)) error {
	backoff := minBackoff
	for ctx.Err() == nil {
		h, err := hub.Open(ctx, url)
		if err == nil {
			err = watchHub(ctx, st, h, report, &backoff)
			h.Close()
		}
		if ctx.Err() != nil {
			break
		}
		report(Result{}, err)
		sleep(ctx, backoff)
		backoff = min(backoff*backoffRate, maxBackoff)
	}
	return nil
}

// watchHub syncs over one connection until it fails or ctx ends: a local
// commit pushes (and pulls), a notification from the hub only pulls what
// is new since the cursor.
func watchHub(ctx context.Context, st *store.Store, h *hub.Hub, report func(Result, error), backoff *time.Duration) error {
	if err := h.Listen(ctx); err != nil {
		return err
	}
	version, err := st.DataVersion(ctx)
	if err != nil {
		return err
	}
	for pushToo := true; ; {
		var r Result
		if pushToo {
			r, err = Sync(ctx, st, h)
		} else {
			r.Pulled, err = pull(ctx, st, h)
		}
		if err != nil {
			return err
		}
		*backoff = minBackoff
		report(r, nil)
		if pushToo, err = wake(ctx, st, h, &version); err != nil {
			return err
		}
	}
}

// wake waits until the local file changes (it then updates *version and
// says to push), the hub notifies a change (pull only), or idleResync
// passes (push and pull).
func wake(ctx context.Context, st *store.Store, h *hub.Hub, version *int64) (bool, error) {
	deadline := time.Now().Add(idleResync)
	for time.Now().Before(deadline) {
		notified, err := h.Wait(ctx, localPoll)
		if err != nil {
			return false, err
		}
		v, err := st.DataVersion(ctx)
		if err != nil {
			return false, err
		}
		if v != *version {
			*version = v
			return true, nil
		}
		if notified {
			return false, nil
		}
	}
	return true, nil
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}
