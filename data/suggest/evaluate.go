package suggest

import (
	"fmt"
	"math"
)

// LabelQuality is one label's cross-validated precision, recall and F1,
// and how many examples carry it.
type LabelQuality struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Support   int     `json:"support"`
}

// CurvePoint is the cross-validated quality when training on a fraction
// of the labels.
type CurvePoint struct {
	Fraction  float64 `json:"fraction"`
	TrainedOn int     `json:"trained_on"` // examples per training fold, on average
	MacroF1   float64 `json:"macro_f1"`
}

// Report is a model's quality on the project's own labels, measured by
// cross-validation.
type Report struct {
	TrainedOn     int                       `json:"trained_on"`
	Labels        []string                  `json:"labels"`
	MacroF1       float64                   `json:"macro_f1"`
	PerLabel      map[string]LabelQuality   `json:"per_label"`
	Confusion     map[string]map[string]int `json:"confusion"` // true label -> predicted label -> count
	Folds         int                       `json:"folds"`
	LearningCurve []CurvePoint              `json:"learning_curve"`
}

// Prediction is a cross-validated prediction for one example: made by a
// model that never saw it.
type Prediction struct {
	Label       string
	Probability float64
}

// Evaluation is a report with the out-of-fold prediction of every example
// (same order as the examples given, unlabelled ones left out).
type Evaluation struct {
	Report      Report
	Predictions []Prediction
	Gold        []string
}

// MaxFolds is the number of cross-validation folds when there is data
// enough; fewer examples give fewer folds.
const MaxFolds = 5

// minExamples is the fewest labelled examples cross-validation accepts.
const minExamples = 4

// curveFractions are the learning curve's points.
var curveFractions = []float64{0.25, 0.5, 0.75, 1}

// CrossValidate measures the learner on examples with stratified k-fold
// cross-validation (deterministic folds), with a learning curve. It says
// why when the examples are too few to measure anything.
func CrossValidate(examples []Example, opt Options) (Evaluation, error) {
	x := extractor{lexicon: opt.Lexicon}
	labels, y, texts := encodeLabels(examples)
	if err := checkLabels(labels); err != nil {
		return Evaluation{}, err
	}
	if len(y) < minExamples {
		return Evaluation{}, fmt.Errorf("a model needs at least %d labelled sentences to be measured, there are %d", minExamples, len(y))
	}
	return evaluate(x, x.extractAll(texts), y, labels, opt), nil
}

// evaluate cross-validates on extracted features.
func evaluate(x extractor, rows [][]rawFeature, y []int, labels []string, opt Options) Evaluation {
	folds := min(MaxFolds, len(y))
	fold := stratifiedFolds(y, len(labels), folds)
	var ev Evaluation
	for _, frac := range curveFractions {
		pred, prob, trained := crossPredict(x, rows, y, labels, opt, fold, folds, frac)
		q, macro := quality(y, pred, len(labels))
		ev.Report.LearningCurve = append(ev.Report.LearningCurve, CurvePoint{Fraction: frac, TrainedOn: trained, MacroF1: macro})
		if frac == 1 {
			ev.Report.MacroF1 = macro
			ev.Report.PerLabel = map[string]LabelQuality{}
			for l, name := range labels {
				ev.Report.PerLabel[name] = q[l]
			}
			ev.Report.Confusion = confusion(y, pred, labels)
			for i, p := range pred {
				ev.Predictions = append(ev.Predictions, Prediction{Label: labels[p], Probability: prob[i]})
				ev.Gold = append(ev.Gold, labels[y[i]])
			}
		}
	}
	ev.Report.TrainedOn, ev.Report.Labels, ev.Report.Folds = len(y), labels, folds
	return ev
}

// stratifiedFolds deals each label's examples round the folds in order,
// continuing where the previous label stopped, so folds keep the label
// proportions and sizes within one of each other.
func stratifiedFolds(y []int, k, folds int) []int {
	out := make([]int, len(y))
	next := 0
	for l := range k {
		for i, c := range y {
			if c == l {
				out[i] = next % folds
				next++
			}
		}
	}
	return out
}

// crossPredict predicts every example with a model trained on the other
// folds, using the first frac of each label's training examples. It
// returns the predicted labels, their probabilities and the mean
// training size.
func crossPredict(x extractor, rows [][]rawFeature, y []int, labels []string, opt Options, fold []int, folds int, frac float64) ([]int, []float64, int) {
	pred := make([]int, len(y))
	prob := make([]float64, len(y))
	trainedTotal := 0
	for f := range folds {
		train := trainingPart(y, len(labels), fold, f, frac)
		trainedTotal += len(train)
		trows := make([][]rawFeature, len(train))
		ty := make([]int, len(train))
		used := map[int]bool{}
		for j, i := range train {
			trows[j], ty[j] = rows[i], y[i]
			used[y[i]] = true
		}
		var m *Model
		if len(used) >= 2 {
			m = fit(x, trows, ty, labels, opt)
		}
		for i := range y {
			if fold[i] != f {
				continue
			}
			if m == nil { // one label to learn from: it is the prediction
				pred[i], prob[i] = ty[0], 1
				continue
			}
			p := m.probabilities(m.vocab.vectorize(rows[i]))
			best := argmax(p)
			pred[i], prob[i] = best, p[best]
		}
	}
	return pred, prob, int(math.Round(float64(trainedTotal) / float64(folds)))
}

// trainingPart lists the examples outside fold f, keeping for each label
// the first ceil(frac·n) of them.
func trainingPart(y []int, k int, fold []int, f int, frac float64) []int {
	avail := make([]int, k)
	for i, c := range y {
		if fold[i] != f {
			avail[c]++
		}
	}
	keep := make([]int, k)
	for l, n := range avail {
		keep[l] = int(math.Ceil(frac * float64(n)))
	}
	var out []int
	for i, c := range y {
		if fold[i] != f && keep[c] > 0 {
			out = append(out, i)
			keep[c]--
		}
	}
	return out
}

func argmax(p []float64) int {
	best := 0
	for l := range p {
		if p[l] > p[best] {
			best = l
		}
	}
	return best
}

// quality is each label's precision, recall and F1, and their macro
// average over the labels that occur as truth or prediction.
func quality(y, pred []int, k int) ([]LabelQuality, float64) {
	tp, fp, fn := make([]int, k), make([]int, k), make([]int, k)
	for i := range y {
		if y[i] == pred[i] {
			tp[y[i]]++
		} else {
			fp[pred[i]]++
			fn[y[i]]++
		}
	}
	q := make([]LabelQuality, k)
	sum, n := 0.0, 0
	for l := range k {
		q[l].Support = tp[l] + fn[l]
		if tp[l]+fp[l] > 0 {
			q[l].Precision = float64(tp[l]) / float64(tp[l]+fp[l])
		}
		if q[l].Support > 0 {
			q[l].Recall = float64(tp[l]) / float64(q[l].Support)
		}
		if q[l].Precision+q[l].Recall > 0 {
			q[l].F1 = 2 * q[l].Precision * q[l].Recall / (q[l].Precision + q[l].Recall)
		}
		if q[l].Support > 0 || fp[l] > 0 {
			sum += q[l].F1
			n++
		}
	}
	if n == 0 {
		return q, 0
	}
	return q, sum / float64(n)
}

// confusion counts true label -> predicted label.
func confusion(y, pred []int, labels []string) map[string]map[string]int {
	out := map[string]map[string]int{}
	for _, l := range labels {
		out[l] = map[string]int{}
		for _, p := range labels {
			out[l][p] = 0
		}
	}
	for i := range y {
		out[labels[y[i]]][labels[pred[i]]]++
	}
	return out
}
