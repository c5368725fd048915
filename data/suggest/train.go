package suggest

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"
)

// Example is one training sentence with its final label.
type Example struct {
	Text  string
	Label string
}

// Limits that keep training bounded on any input.
const (
	// MaxLabels is the most labels a model learns; more is refused.
	MaxLabels = 100
	// maxWeights bounds features × labels, so memory stays small.
	maxWeights = 1 << 20
)

// ErrTooFewLabels says why a model cannot be trained yet.
var ErrTooFewLabels = errors.New("suggestions need at least two labels in use")

// Options tune the learner. The zero value is not useful: start from
// DefaultOptions.
type Options struct {
	// C is the inverse L2 regularisation strength (as in the usual
	// logistic regression): larger fits the labels more closely.
	C float64
	// Balanced weighs each label's examples inversely to its frequency,
	// so that rare labels count as much as common ones (macro-F1).
	Balanced bool
	// Blocks scales the word, character and cue feature blocks.
	Blocks [numBlocks]float32
	// Lexicon supplies cue features; nil for none.
	Lexicon *Lexicon
}

// DefaultOptions is the learner Veritag uses: word and character n-grams
// and the shipped cue lexicons, balanced labels.
func DefaultOptions() Options {
	return Options{C: 10, Balanced: true, Blocks: [numBlocks]float32{1, 1, 0.5}, Lexicon: BuiltinLexicon()}
}

// Model is a trained multinomial logistic regression over TF-IDF word and
// character n-grams and cue features.
type Model struct {
	labels []string
	x      extractor
	vocab  *vocabulary
	w      []float64 // feature-major: w[col*K+k]
	b      []float64
}

// Labels are the labels the model predicts, sorted.
func (m *Model) Labels() []string { return m.labels }

// Train fits a model to examples; examples with an empty label are
// skipped. It fails, saying why, when fewer than two labels are in use.
func Train(examples []Example, opt Options) (*Model, error) {
	x := extractor{lexicon: opt.Lexicon}
	labels, y, texts := encodeLabels(examples)
	if err := checkLabels(labels); err != nil {
		return nil, err
	}
	return fit(x, x.extractAll(texts), y, labels, opt), nil
}

// extractAll extracts the features of many sentences, sharing the work
// among lossParts goroutines.
func (x extractor) extractAll(texts []string) [][]rawFeature {
	rows := make([][]rawFeature, len(texts))
	var wg sync.WaitGroup
	for part := range lossParts {
		wg.Go(func() {
			for i := part; i < len(texts); i += lossParts {
				rows[i] = x.rawFeatures(texts[i])
			}
		})
	}
	wg.Wait()
	return rows
}

// checkLabels refuses label sets a model cannot learn.
func checkLabels(labels []string) error {
	switch {
	case len(labels) < 2:
		if len(labels) == 1 {
			return fmt.Errorf("%w (only %s so far)", ErrTooFewLabels, labels[0])
		}
		return fmt.Errorf("%w (no sentence has a final label yet)", ErrTooFewLabels)
	case len(labels) > MaxLabels:
		return fmt.Errorf("suggestions support at most %d labels, the labelled sentences use %d", MaxLabels, len(labels))
	}
	return nil
}

// encodeLabels gives the sorted label names and each example's label
// number; examples without a label are dropped.
func encodeLabels(examples []Example) (labels []string, y []int, texts []string) {
	index := map[string]int{}
	for _, e := range examples {
		if l := strings.TrimSpace(e.Label); l != "" {
			index[l] = 0
		}
	}
	for l := range index {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	for i, l := range labels {
		index[l] = i
	}
	for _, e := range examples {
		if l := strings.TrimSpace(e.Label); l != "" {
			y = append(y, index[l])
			texts = append(texts, e.Text)
		}
	}
	return labels, y, texts
}

// fit trains on extracted features; y holds label numbers into labels.
func fit(x extractor, rows [][]rawFeature, y []int, labels []string, opt Options) *Model {
	k := len(labels)
	vocab := buildVocabulary(rows, opt.Blocks, maxWeights/k)
	vecs := make([]sparseRow, len(rows))
	for i, r := range rows {
		vecs[i] = vocab.vectorize(r)
	}
	d := len(vocab.idf)
	weights := sampleWeights(y, k, opt.Balanced)
	lambda := 1 / (opt.C * float64(len(y)))
	theta := make([]float64, d*k+k)
	p := &problem{rows: vecs, y: y, weights: weights, k: k, lambda: lambda}
	minimize(p.logLoss, theta)
	return &Model{labels: labels, x: x, vocab: vocab, w: theta[:d*k], b: theta[d*k:]}
}

// sampleWeights are 1 each, or n/(k·n_label) when balanced, divided by
// n so that they sum to 1.
func sampleWeights(y []int, k int, balanced bool) []float64 {
	w := make([]float64, len(y))
	counts := make([]float64, k)
	for _, c := range y {
		counts[c]++
	}
	used := 0.0
	for _, c := range counts {
		if c > 0 {
			used++
		}
	}
	for i, c := range y {
		w[i] = 1
		if balanced {
			w[i] = float64(len(y)) / (used * counts[c])
		}
		w[i] /= float64(len(y))
	}
	return w
}

// lossParts is how many goroutines share the loss over rows: fixed, so
// sums are added in the same order on any machine.
const lossParts = 2

// logLoss is the weighted mean cross-entropy of the softmax plus
// lambda/2·|W|² (biases unpenalised), with its gradient into grad. Rows
// are split between lossParts goroutines, each with its own gradient,
// added up in a fixed order.
func (p *problem) logLoss(theta, grad []float64) float64 {
	k := p.k
	d := (len(theta) - k) / k
	w := theta[:d*k]
	loss := 0.0
	for i := range w {
		loss += w[i] * w[i]
	}
	loss *= p.lambda / 2
	var wg sync.WaitGroup
	losses := make([]float64, lossParts)
	chunk := (len(p.rows) + lossParts - 1) / lossParts
	for part := range lossParts {
		if len(p.grads[part]) != len(theta) {
			p.grads[part] = make([]float64, len(theta))
		}
		lo, hi := min(part*chunk, len(p.rows)), min((part+1)*chunk, len(p.rows))
		wg.Go(func() { losses[part] = p.partLoss(theta, p.grads[part], lo, hi) })
	}
	wg.Wait()
	for i := range grad {
		grad[i] = 0
	}
	for part := range lossParts {
		loss += losses[part]
		axpy(1, p.grads[part], grad)
	}
	axpy(p.lambda, w, grad[:d*k])
	return loss
}

// partLoss adds the loss of rows [lo, hi) and writes its gradient to grad.
func (p *problem) partLoss(theta, grad []float64, lo, hi int) float64 {
	k := p.k
	d := (len(theta) - k) / k
	w, b := theta[:d*k], theta[d*k:]
	gw, gb := grad[:d*k], grad[d*k:]
	clear(grad)
	loss := 0.0
	scores := make([]float64, k)
	for i := lo; i < hi; i++ {
		r := p.rows[i]
		copy(scores, b)
		for j, c := range r.cols {
			v := float64(r.vals[j])
			base := int(c) * k
			wc := w[base : base+k : base+k]
			sc := scores[:len(wc)]
			for l, x := range wc {
				sc[l] += v * x
			}
		}
		lse := logSumExp(scores)
		c := p.weights[i]
		y := p.y[i]
		loss += c * (lse - scores[y])
		for l := range scores {
			scores[l] = c * math.Exp(scores[l]-lse)
		}
		scores[y] -= c
		for l, g := range scores {
			gb[l] += g
		}
		for j, col := range r.cols {
			v := float64(r.vals[j])
			base := int(col) * k
			gc := gw[base : base+k : base+k]
			sc := scores[:len(gc)]
			for l := range gc {
				gc[l] += v * sc[l]
			}
		}
	}
	return loss
}

// problem is one training run: vectorised rows, label numbers, sample
// weights normalised to sum 1, and scratch gradients.
type problem struct {
	rows    []sparseRow
	y       []int
	weights []float64
	k       int
	lambda  float64
	grads   [lossParts][]float64
}

func logSumExp(s []float64) float64 {
	m := math.Inf(-1)
	for _, v := range s {
		m = math.Max(m, v)
	}
	t := 0.0
	for _, v := range s {
		t += math.Exp(v - m)
	}
	return m + math.Log(t)
}

// probabilities of each label for a vectorised sentence, summing to 1.
func (m *Model) probabilities(r sparseRow) []float64 {
	k := len(m.labels)
	p := append([]float64(nil), m.b...)
	for j, c := range r.cols {
		v := float64(r.vals[j])
		base := int(c) * k
		for l := range k {
			p[l] += v * m.w[base+l]
		}
	}
	lse := logSumExp(p)
	for l := range p {
		p[l] = math.Exp(p[l] - lse)
	}
	return p
}
