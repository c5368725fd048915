package suggest

import (
	"context"
	"time"
)

// Status is what the app knows about its model at one moment: the model
// (nil while none can be trained, Reason saying why) and, once measured,
// its cross-validated figures and the sentences it disagrees with.
type Status struct {
	Labelled      int     // sentences with a final label
	Model         *Model  // nil when no model can be trained yet
	Reason        string  // why Model is nil
	Report        *Report // nil until measured, or when it cannot be (ReportReason)
	ReportReason  string
	Disagreements []Flagged // most confident first
}

// Flagged is a labelled sentence the cross-validated model confidently
// contradicts.
type Flagged struct {
	Ref
	Text string
	Disagreement
}

// Retrainer keeps a model trained on the project's latest labels. It
// works in its own goroutine: Changed only schedules a retraining, which
// starts once the labels have been quiet for the delay (debounced), so
// neither tagging nor the UI ever waits for it.
type Retrainer struct {
	load    func(ctx context.Context) (*Corpus, error)
	publish func(Status)
	delay   time.Duration
	opt     Options
	wake    chan struct{}
	cancel  context.CancelFunc
}

// NewRetrainer starts retraining in the background: once now, and after
// every burst of Changed calls. publish receives each new status, from
// the retrainer's goroutine: first with the model, then with its figures.
func NewRetrainer(load func(ctx context.Context) (*Corpus, error), delay time.Duration, publish func(Status)) *Retrainer {
	ctx, cancel := context.WithCancel(context.Background())
	r := &Retrainer{load: load, publish: publish, delay: delay, opt: DefaultOptions(), wake: make(chan struct{}, 1), cancel: cancel}
	r.Changed()
	go r.loop(ctx)
	return r
}

// Changed says the labels changed; it never blocks.
func (r *Retrainer) Changed() {
	select {
	case r.wake <- struct{}{}:
	default: // a retraining is already due
	}
}

// Close stops retraining; a run under way finishes without publishing.
func (r *Retrainer) Close() { r.cancel() }

func (r *Retrainer) loop(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-r.wake:
		}
		if !r.quiet(ctx) {
			return
		}
		r.run(ctx)
	}
}

// quiet waits until no change has come for the delay; false if closed.
func (r *Retrainer) quiet(ctx context.Context) bool {
	t := time.NewTimer(r.delay)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return false
		case <-r.wake:
			t.Reset(r.delay)
		case <-t.C:
			return true
		}
	}
}

// run retrains once, publishing unless closed meanwhile.
func (r *Retrainer) run(ctx context.Context) {
	Retrain(ctx, r.load, r.opt, func(st Status) {
		if ctx.Err() == nil {
			r.publish(st)
		}
	})
}

// Retrain loads the corpus, trains and publishes the model, then measures
// it and publishes the figures and flagged sentences. A corpus that gives
// no model is published once, with the reason. It is what a Retrainer
// runs each time, for callers that want it at a moment of their choosing.
func Retrain(ctx context.Context, load func(ctx context.Context) (*Corpus, error), opt Options, publish func(Status)) {
	c, err := load(ctx)
	if err != nil {
		publish(Status{Reason: err.Error(), ReportReason: err.Error()})
		return
	}
	st := Status{Labelled: len(c.Examples)}
	st.Model, err = Train(c.Examples, opt)
	if err != nil {
		st.Reason, st.ReportReason = err.Error(), err.Error()
		publish(st)
		return
	}
	st.ReportReason = "measuring…"
	publish(st)
	ev, err := CrossValidate(c.Examples, opt)
	if err != nil {
		st.ReportReason = err.Error()
		publish(st)
		return
	}
	st.Report, st.ReportReason = &ev.Report, ""
	for _, d := range Disagreements(ev, DefaultDisagreement) {
		st.Disagreements = append(st.Disagreements, Flagged{Ref: c.ExampleRefs[d.Example], Text: c.Examples[d.Example].Text, Disagreement: d})
	}
	publish(st)
}

// DefaultThreshold is the cross-validated macro-F1 from which the app
// shows suggestions unless the user prefers another.
const DefaultThreshold = 0.6

// Ready reports whether suggestions may be shown: there is a model, and
// its cross-validated macro-F1 reaches threshold (a model not yet
// measured is not ready).
func (s Status) Ready(threshold float64) bool {
	return s.Model != nil && s.Report != nil && s.Report.MacroF1 >= threshold
}
