package suggest

import (
	"cmp"
	"slices"
	"sort"
	"sync"
)

// Suggestion is the model's label for one sentence, with the cues that
// weighed most for it.
type Suggestion struct {
	Label  string    // the most probable label
	Score  float64   // its probability
	Scores []float64 // every label's probability, in Model.Labels order; they sum to 1
	Cues   []Cue     // strongest evidence first
}

// Margin is the gap between the two most probable labels: small means
// the model is unsure.
func (s Suggestion) Margin() float64 {
	first, second := 0.0, 0.0
	for _, p := range s.Scores {
		if p > first {
			first, second = p, first
		} else if p > second {
			second = p
		}
	}
	return first - second
}

// Cue is a stretch of the sentence that pushed the model towards its label.
type Cue struct {
	Start  int    // code points into the sentence
	End    int    // end exclusive
	Text   string // the sentence's text there
	Kind   string // a lexicon kind ("attribution", "hedge", ...), "number", "quote" or "word"
	Weight float64
}

// maxCues is how many cues a suggestion lists.
const maxCues = 5

// Suggest labels one sentence and finds the cues behind the label.
func (m *Model) Suggest(text string) Suggestion {
	tokens := tokenize(text)
	occ := m.x.occurrences(tokens)
	raw := countFeatures(occ)
	row, positions := m.vocab.vectorizeRaw(raw, true)
	p := m.probabilities(row)
	best := argmax(p)
	return Suggestion{Label: m.labels[best], Score: p[best], Scores: p, Cues: m.cues(text, tokens, occ, raw, row, positions, best)}
}

// suggestWorkers is how many goroutines SuggestAll uses.
const suggestWorkers = 2

// SuggestAll suggests for many sentences at once, sharing the work among
// a few goroutines; out[i] is Suggest(texts[i]).
func (m *Model) SuggestAll(texts []string) []Suggestion {
	out := make([]Suggestion, len(texts))
	var wg sync.WaitGroup
	for w := range suggestWorkers {
		wg.Go(func() {
			for i := w; i < len(texts); i += suggestWorkers {
				out[i] = m.Suggest(texts[i])
			}
		})
	}
	wg.Wait()
	return out
}

// Predict labels one sentence without looking for cues.
func (m *Model) Predict(text string) Suggestion {
	p := m.probabilities(m.vocab.vectorize(m.x.rawFeatures(text)))
	best := argmax(p)
	return Suggestion{Label: m.labels[best], Score: p[best], Scores: p}
}

// cues attributes the score of label best to stretches of the sentence:
// each feature's value times how much more it favours best than the other
// labels on average, shared among its occurrences and the tokens each
// comes from. Lexicon cues and tokens are the stretches; the strongest
// positive ones are returned.
func (m *Model) cues(text string, tokens []token, occ []occurrence, raw []rawFeature, row sparseRow, positions []int32, best int) []Cue {
	if len(tokens) == 0 {
		return nil
	}
	k := len(m.labels)
	perToken := make([]float64, len(tokens))
	for _, o := range occ {
		i, _ := slices.BinarySearchFunc(raw, o.key, func(f rawFeature, key uint64) int { return cmp.Compare(f.key, key) })
		at := positions[i]
		if at < 0 {
			continue
		}
		c := row.cols[at]
		wc := m.w[int(c)*k : int(c)*k+k]
		others := 0.0
		for l, x := range wc {
			if l != best {
				others += x
			}
		}
		favour := wc[best] - others/float64(k-1)
		share := float64(row.vals[at]) / float64(raw[i].count) * favour / float64(o.last-o.first+1)
		for t := o.first; t <= o.last; t++ {
			perToken[t] += share
		}
	}
	var out []Cue
	runes := []rune(text)
	add := func(first, last int, kind string) {
		w := 0.0
		for t := first; t <= last; t++ {
			w += perToken[t]
		}
		if w > 0 {
			s, e := tokens[first].start, tokens[last].end
			out = append(out, Cue{Start: s, End: e, Text: string(runes[s:e]), Kind: kind, Weight: w})
		}
	}
	covered := 0
	var spans []cueSpan
	if m.x.lexicon != nil {
		spans = m.x.lexicon.find(tokens)
	}
	for _, c := range spans {
		for t := covered; t < c.first; t++ {
			add(t, t, KindWord)
		}
		add(c.first, c.last, c.kind)
		covered = c.last + 1
	}
	for t := covered; t < len(tokens); t++ {
		add(t, t, KindWord)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Weight > out[j].Weight })
	return out[:min(len(out), maxCues)]
}
