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
	var r Result
	var err error
	if r.Pushed, err = push(ctx, st, h); err != nil {
		return r, err
	}
	r.Pulled, err = pull(ctx, st, h)
	return r, err
}

// push sends missing labels, then documents, then logged changes in
// batches; after each batch the hub commits before the local cursor moves.
func push(ctx context.Context, st *store.Store, h *hub.Hub) (int, error) {
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
		cur, err := st.HubCursor(ctx, h.ID)
		if err != nil {
			return pushed, err
		}
		batch, err := st.ChangesForHub(ctx, cur.PushedEvent, eventBatch)
		if err != nil || batch.LastEvent == cur.PushedEvent {
			return pushed, err
		}
		if len(batch.Annotations)+len(batch.Adjudications) > 0 {
			p, err := h.PushChanges(ctx, batch.Annotations, batch.Adjudications)
			if err != nil {
				return pushed, err
			}
			pushed += p.Changed
		}
		cur.PushedEvent = batch.LastEvent
		if err := st.SetHubCursor(ctx, h.ID, cur); err != nil {
			return pushed, err
		}
	}
}

// pull applies the hub's changes after the local cursor, batch by batch,
// each batch and its cursor in one local transaction.
func pull(ctx context.Context, st *store.Store, h *hub.Hub) (int, error) {
	labels, err := h.Labels(ctx)
	if err != nil {
		return 0, err
	}
	pulled := 0
	for first := true; ; first = false {
		cur, err := st.HubCursor(ctx, h.ID)
		if err != nil {
			return pulled, err
		}
		changes, err := h.Changes(ctx, cur.PulledSeq, pullBatch)
		if err != nil {
			return pulled, err
		}
		if len(changes) == 0 && (!first || hasLabels(ctx, st, labels)) {
			return pulled, nil // nothing to write locally
		}
		upTo := cur.PulledSeq
		if len(changes) > 0 {
			upTo = changes[len(changes)-1].Seq
		}
		n, err := st.ApplyHubChanges(ctx, h.ID, labels, changes, upTo)
		pulled += n
		if err != nil {
			return pulled, err
		}
		if len(changes) == 0 {
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
