// Package hubsync syncs a local Veritag file with a team hub: it pushes the
// local changes the hub lacks and pulls the hub's changes since the last
// one seen, with the same rules as merge. Every cursor moves only after the
// hub has committed what it covers, so a sync killed at any moment resumes
// correctly, and a replay changes nothing.
package hubsync

import (
	"context"

	"github.com/veritag/veritag/data/hub"
	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/data/store"
)

// Batch sizes: each is one transaction on the hub (and one locally), which
// keeps a large sync in bounded memory.
const (
	documentBatch = 100
	eventBatch    = 5000
	pullBatch     = 5000
)

// Result is what one sync moved each way: changes the hub took from this
// file, and changes this file took from the hub.
type Result struct {
	Pushed, Pulled int
}

// Once connects to the hub at url, syncs st with it and disconnects.
func Once(ctx context.Context, st *store.Store, url string) (Result, error) {
	h, err := hub.Open(ctx, url)
	if err != nil {
		return Result{}, err
	}
	defer h.Close()
	return Sync(ctx, st, h)
}

// Sync pushes what the hub lacks, then pulls what st lacks.
func Sync(ctx context.Context, st *store.Store, h *hub.Hub) (Result, error) {
	var unstored store.HubCursor
	return round(ctx, st, h, &unstored, true, true)
}

// round pushes (when push is set) and pulls (when pull is set). The last
// push batch's cursor is stored with the next pull's changes, in one local
// transaction; until then it waits in *unstored.
func round(ctx context.Context, st *store.Store, h *hub.Hub, unstored *store.HubCursor, push, pull bool) (Result, error) {
	var r Result
	stored, err := st.HubCursor(ctx, h.ID)
	if err != nil {
		return r, err
	}
	pos := position{stored: stored, now: later(stored, *unstored)}
	if push {
		if r.Pushed, err = pushAll(ctx, st, h, &pos); err != nil {
			return r, err
		}
	}
	if pull {
		if r.Pulled, err = pullAll(ctx, st, h, &pos); err != nil {
			return r, err
		}
	}
	*unstored = pos.now
	return r, nil
}

// position is a cursor as this sync has moved it (now; every move after
// the hub's commit) and as the local file stores it.
type position struct {
	now, stored store.HubCursor
}

// moved reports whether now is ahead of what the file stores.
func (p *position) moved() bool {
	return p.now.PushedEvent > p.stored.PushedEvent || p.now.PulledSeq > p.stored.PulledSeq
}

// later is each part of the cursor at its furthest.
func later(a, b store.HubCursor) store.HubCursor {
	a.PushedEvent, a.PulledSeq = max(a.PushedEvent, b.PushedEvent), max(a.PulledSeq, b.PulledSeq)
	return a
}

// pushAll sends missing labels, then documents, then logged changes in
// batches; the cursor moves after each batch's commit on the hub and is
// stored before the next batch goes, so a crash replays at most one.
func pushAll(ctx context.Context, st *store.Store, h *hub.Hub, pos *position) (int, error) {
	labels, err := st.Labels(ctx)
	if err != nil {
		return 0, err
	}
	pushed, err := h.PushLabels(ctx, labels)
	if err != nil {
		return pushed, err
	}
	for {
		docs, err := st.DocumentsForHub(ctx, h.ID, documentBatch)
		if err != nil {
			return pushed, err
		}
		if len(docs) == 0 {
			break
		}
		n, err := h.PushDocuments(ctx, docs)
		if err != nil {
			return pushed, err
		}
		pushed += n
		hashes := make([]string, len(docs))
		for i, d := range docs {
			hashes[i] = d.Hash
		}
		if err := st.MarkOnHub(ctx, h.ID, hashes); err != nil {
			return pushed, err
		}
	}
	for {
		batch, err := st.ChangesForHub(ctx, pos.now.PushedEvent, eventBatch)
		if err != nil || batch.LastEvent == pos.now.PushedEvent {
			return pushed, err
		}
		if pos.moved() {
			if err := st.SetHubCursor(ctx, h.ID, pos.now); err != nil {
				return pushed, err
			}
			pos.stored = pos.now
		}
		if len(batch.Annotations)+len(batch.Adjudications) > 0 {
			p, err := h.PushChanges(ctx, batch.Annotations, batch.Adjudications)
			if err != nil {
				return pushed, err
			}
			pushed += p.Changed
			if pos.now.PulledSeq, err = h.PastOwn(ctx, p, pos.now.PulledSeq); err != nil {
				return pushed, err
			}
		}
		pos.now.PushedEvent = batch.LastEvent
	}
}

// pullAll applies the hub's changes after the cursor, batch by batch, each
// batch and the cursor in one local transaction.
func pullAll(ctx context.Context, st *store.Store, h *hub.Hub, pos *position) (int, error) {
	pulled := 0
	for first := true; ; first = false {
		p, err := h.Changes(ctx, pos.now.PulledSeq, pullBatch)
		if err != nil {
			return pulled, err
		}
		if len(p.Changes) == 0 && !pos.moved() && (!first || hasLabels(ctx, st, p.Labels)) {
			return pulled, nil // nothing to write locally
		}
		if len(p.Changes) > 0 {
			pos.now.PulledSeq = p.Changes[len(p.Changes)-1].Seq
		}
		// a batch is applied whole: without a context that can end, the
		// SQLite driver does not start a watcher goroutine per statement
		n, cur, err := st.ApplyHubChanges(context.WithoutCancel(ctx), h.ID, p.Labels, p.Changes, pos.now)
		pulled += n
		if err != nil {
			return pulled, err
		}
		pos.now, pos.stored = cur, cur
		if len(p.Changes) == 0 {
			return pulled, nil
		}
	}
}

// hasLabels reports whether st's label set has every one of labels (an
// unreadable label set counts as not having them).
func hasLabels(ctx context.Context, st *store.Store, labels []model.Label) bool {
	ours, err := st.Labels(ctx)
	if err != nil {
		return false
	}
	have := map[string]bool{}
	for _, l := range ours {
		have[l.Name] = true
	}
	for _, l := range labels {
		if !have[l.Name] {
			return false
		}
	}
	return true
}
