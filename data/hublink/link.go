// Package hublink is the desktop app's link to a team hub: it syncs the
// open file with the hub in the background (hubsync.Watch), tells each step
// as a model.HubReport, and keeps a password in the OS keyring when the
// user asks. It never imports a GUI toolkit; gui/ reaches it through a
// small interface.
package hublink

import (
	"context"
	"errors"
	"strings"
	"sync"
	"time"

	"github.com/veritag/veritag/data/hub"
	"github.com/veritag/veritag/data/hubsync"
	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/data/store"
)

// Link syncs one local file with at most one hub at a time.
type Link struct {
	st *store.Store

	mu    sync.Mutex
	stop  context.CancelFunc // ends the running watch; nil when none
	done  chan struct{}      // closed when the running watch has returned
	hubID string             // the hub's identity, once known
	user  string             // the login the hub knows the link as
}

// New returns a link for st that is not connected yet.
func New(st *store.Store) *Link { return &Link{st: st} }

// Connect stops any running link, then syncs with the hub named by c in
// the background until Disconnect: at once, then whenever the hub or the
// local file changes, retrying with backoff while the hub is down. report
// is called from that background goroutine with every step. A hub that
// refuses the first connection (wrong password, not a hub, a newer
// schema, no rights) is reported once and not retried: the user must
// change something first.
func (l *Link) Connect(c model.HubLink, report func(model.HubReport)) {
	l.Disconnect()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	l.mu.Lock()
	l.stop, l.done, l.hubID, l.user = cancel, done, c.HubID, ""
	l.mu.Unlock()
	go func() {
		defer close(done)
		l.run(ctx, c, report)
	}()
}

// Disconnect stops syncing and waits until the watch has returned. A round
// cut short is rolled back on the hub and resumed by the next connection;
// local changes not yet pushed stay queued in the file. Calling it when
// not connected does nothing.
func (l *Link) Disconnect() {
	l.mu.Lock()
	stop, done := l.stop, l.done
	l.stop, l.done = nil, nil
	l.mu.Unlock()
	if stop != nil {
		stop()
		<-done
	}
}

// Pending counts the local changes the hub has not taken yet; -1 when the
// hub has never been reached, so its identity is unknown.
func (l *Link) Pending(ctx context.Context) (int, error) {
	l.mu.Lock()
	id := l.hubID
	l.mu.Unlock()
	if id == "" {
		return -1, nil
	}
	return l.st.PendingForHub(ctx, id)
}

// run connects once to learn the hub's identity (and to refuse what can
// never work), then watches until ctx ends.
func (l *Link) run(ctx context.Context, c model.HubLink, report func(model.HubReport)) {
	url, err := ConnString(c)
	if err != nil {
		report(model.HubReport{State: model.HubRefused, Err: oneLine(err), Pending: -1})
		return
	}
	report(model.HubReport{State: model.HubSyncing, Pending: -1})
	switch err := l.identify(ctx, url); {
	case ctx.Err() != nil:
		return
	case err == nil:
	case hub.IsOffline(err):
		report(l.offline(ctx, err))
	default:
		report(l.refused(err))
		return
	}
	hubsync.Watch(ctx, l.st, url, func(r hubsync.Result, err error) {
		if ctx.Err() != nil {
			return
		}
		switch {
		case err == nil:
			if l.known().HubID == "" {
				l.identify(ctx, url) // the hub was down at first
			}
			rep := l.known()
			rep.State, rep.At, rep.Pushed, rep.Pulled = model.HubSynced, time.Now(), r.Pushed, r.Pulled
			report(rep)
		case hub.IsOffline(err):
			report(l.offline(ctx, err))
		default:
			report(l.refused(err))
		}
	})
}

// identify opens the hub once to learn its identity and the login.
func (l *Link) identify(ctx context.Context, url string) error {
	h, err := hub.Open(ctx, url)
	if err != nil {
		return err
	}
	defer h.Close()
	l.mu.Lock()
	l.hubID, l.user = h.ID, h.User
	l.mu.Unlock()
	return nil
}

// known is a report carrying what is known of the hub's identity.
func (l *Link) known() model.HubReport {
	l.mu.Lock()
	defer l.mu.Unlock()
	return model.HubReport{HubID: l.hubID, User: l.user, Pending: -1}
}

// offline reports the hub unreachable, with the changes waiting for it.
func (l *Link) offline(ctx context.Context, err error) model.HubReport {
	rep := l.known()
	rep.State, rep.Err = model.HubOffline, reason(err)
	if n, perr := l.Pending(ctx); perr == nil {
		rep.Pending = n
	}
	return rep
}

// refused reports the hub refusing the link.
func (l *Link) refused(err error) model.HubReport {
	rep := l.known()
	rep.State, rep.Err = model.HubRefused, reason(err)
	return rep
}

// reason is the hub's own one-line message, without the hub's name (the
// app shows that beside it) and without a repeated "refused:".
func reason(err error) string {
	var he *hub.Error
	if errors.As(err, &he) {
		msg := he.Msg
		if rest, ok := strings.CutPrefix(msg, "refused: "); ok {
			msg = rest
		}
		return oneLine(errors.New(msg))
	}
	return oneLine(err)
}

// oneLine folds an error's message onto one line.
func oneLine(err error) string { return strings.Join(strings.Fields(err.Error()), " ") }
