package gui

import (
	"context"
	"time"

	"fyne.io/fyne/v2"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/data/suggest"
)

// prefSuggestThreshold is the cross-validated macro-F1 from which the app
// shows suggestions.
const prefSuggestThreshold = "suggestThreshold"

// retrainDelay is how long the labels must stay unchanged before the
// model is retrained in the background.
const retrainDelay = 800 * time.Millisecond

// suggestions is what the UI knows about the suggestion model.
type suggestions struct {
	status    suggest.Status
	on        bool // the project's switch (store project setting)
	read      bool // on has been read from the project
	cache     map[int]suggest.Suggestion
	retrainer *suggest.Retrainer
}

// suggestionSwitch is implemented by backends that keep the per-project
// switch (the SQLite store).
type suggestionSwitch interface {
	SuggestionsOn(ctx context.Context) (bool, error)
}

// suggestionAcceptor is implemented by backends that record an accepted
// suggestion as such (the SQLite store); others store a plain tag.
type suggestionAcceptor interface {
	AcceptSuggestion(ctx context.Context, a model.Annotation) (model.Event, error)
}

// startSuggestions retrains in the background from now on: at once, and
// after every burst of tags.
func (u *UI) startSuggestions() {
	u.sugg.retrainer = suggest.NewRetrainer(u.loadCorpus(), retrainDelay, func(st suggest.Status) {
		on := u.suggestionSwitchOn()
		fyne.Do(func() { u.setSuggestions(st, on) })
	})
}

// retrainNow retrains at once on the calling goroutine (tests, and a
// UI without the background retrainer).
func (u *UI) retrainNow() {
	on := u.suggestionSwitchOn()
	suggest.Retrain(context.Background(), u.loadCorpus(), suggest.DefaultOptions(), func(st suggest.Status) {
		u.setSuggestions(st, on)
	})
}

// labelsChanged schedules a retraining after a committed change.
func (u *UI) labelsChanged() {
	if u.sugg.retrainer != nil {
		u.sugg.retrainer.Changed()
	}
}

// loadCorpus reads every document's final labels through the Backend.
func (u *UI) loadCorpus() func(ctx context.Context) (*suggest.Corpus, error) {
	return func(ctx context.Context) (*suggest.Corpus, error) { return suggest.Load(ctx, u.b, -1) }
}

// suggestionSwitchOn reads the project's switch; one that cannot be read
// is off. Blind mode is the UI's own state (blindMode).
func (u *UI) suggestionSwitchOn() bool {
	sw, ok := u.b.(suggestionSwitch)
	if !ok {
		return true
	}
	on, err := sw.SuggestionsOn(context.Background())
	return err == nil && on
}

// setSuggestions installs a new model status and redraws what shows it.
func (u *UI) setSuggestions(st suggest.Status, on bool) {
	u.sugg.status, u.sugg.on, u.sugg.read = st, on, true
	u.sugg.cache = map[int]suggest.Suggestion{}
	for i := range u.sents {
		u.article.refreshRow(i)
	}
	u.panel.update()
}

// threshold is the preferred macro-F1 from which suggestions show.
func (u *UI) threshold() float64 {
	return u.app.Preferences().FloatWithFallback(prefSuggestThreshold, suggest.DefaultThreshold)
}

// suggestionsShown reports whether suggestions may be shown now: switched
// on for the project, not in blind mode, and the model good enough.
func (u *UI) suggestionsShown() bool {
	return u.sugg.on && !u.blind.on && u.sugg.status.Ready(u.threshold())
}

// suggestionFor is the suggestion for sentence i of the open article,
// when suggestions are shown and the annotator has not tagged it.
func (u *UI) suggestionFor(i int) (suggest.Suggestion, bool) {
	if !u.suggestionsShown() || i < 0 || i >= len(u.sents) {
		return suggest.Suggestion{}, false
	}
	if _, tagged := u.mine[i]; tagged {
		return suggest.Suggestion{}, false
	}
	if s, ok := u.sugg.cache[i]; ok {
		return s, true
	}
	if u.sugg.cache == nil {
		u.sugg.cache = map[int]suggest.Suggestion{}
	}
	s := u.sugg.status.Model.Suggest(u.sents[i].Text)
	u.sugg.cache[i] = s
	return s, true
}

// acceptSuggestion tags the selected sentence with its suggested label,
// recorded as accepted from a suggestion, and moves on.
func (u *UI) acceptSuggestion() {
	s, ok := u.suggestionFor(u.selected)
	if !ok {
		return
	}
	cur := u.current(u.selected)
	u.commitFrom(u.selected, model.AnnotationState{Label: s.Label, Confidence: cur.Confidence, Note: cur.Note}, model.SourceSuggestion)
	u.move(1)
}

// nextUncertain selects the untagged sentence of the open article whose
// suggestion the model is least sure of (smallest margin between its two
// best labels), skipping the selected one: the uncertain-first queue.
func (u *UI) nextUncertain() {
	var idx []int
	var sugs []suggest.Suggestion
	for i := range u.sents {
		if s, ok := u.suggestionFor(i); ok && i != u.selected && !u.shapes[i].heading {
			idx, sugs = append(idx, i), append(sugs, s)
		}
	}
	if order := suggest.UncertainFirst(sugs); len(order) > 0 {
		u.selectSentence(idx[order[0]])
	}
}
