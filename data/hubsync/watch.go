package hubsync

import (
	"context"
	"time"

	"github.com/veritag/veritag/data/hub"
	"github.com/veritag/veritag/data/store"
)

// Timing of a watch: how often the local file is checked for new tags,
// the shortest time between the starts of two rounds (a busy watch syncs
// at most ten times a second, each round carrying what came meanwhile, so
// that a team does not send the hub one transaction, and every member one
// notification and one pull, per tag), the longest wait between syncs
// when nothing wakes it, and the backoff bounds for reconnecting to a hub
// that is down.
const (
	localPoll   = 25 * time.Millisecond
	roundGap    = 100 * time.Millisecond
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
// commit pushes, a notification from the hub pulls what is new since the
// cursor (the hub notifies a push's own commit too, and that pull stores
// the push's cursor), and an idle spell does both.
func watchHub(ctx context.Context, st *store.Store, h *hub.Hub, report func(Result, error), backoff *time.Duration) error {
	if err := h.Listen(ctx); err != nil {
		return err
	}
	version, err := st.DataVersion(ctx)
	if err != nil {
		return err
	}
	var unstored store.HubCursor
	var started time.Time
	defer func() { // a push's cursor that no pull has stored yet
		ctx := context.WithoutCancel(ctx)
		if cur, err := st.HubCursor(ctx, h.ID); err == nil {
			if pos := (position{stored: cur, now: later(cur, unstored)}); pos.moved() {
				st.SetHubCursor(ctx, h.ID, pos.now)
			}
		}
	}()
	for local, notified := true, true; ; {
		sleep(ctx, time.Until(started.Add(roundGap)))
		started = time.Now()
		r, err := round(ctx, st, h, &unstored, local, notified)
		if err != nil {
			return err
		}
		*backoff = minBackoff
		report(r, nil)
		if local, notified, err = wake(ctx, st, h, &version); err != nil {
			return err
		}
	}
}

// wake waits until the local file changes (it then updates *version), the
// hub notifies a change, or idleResync passes (both), and says which.
func wake(ctx context.Context, st *store.Store, h *hub.Hub, version *int64) (local, notified bool, err error) {
	deadline := time.Now().Add(idleResync)
	for time.Now().Before(deadline) {
		notified, err := h.Wait(ctx, localPoll)
		if err != nil {
			return false, false, err
		}
		v, err := st.DataVersion(ctx)
		if err != nil {
			return false, false, err
		}
		if local = v != *version; local || notified {
			*version = v
			return local, notified, nil
		}
	}
	return true, true, nil
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
