package suggest

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"unicode"
)

// referenceOptions is the baseline the quality bar names: plain TF-IDF
// over lower-cased word unigrams with a logistic regression at C = 1,
// no character n-grams, no cues, no label balancing.
var referenceOptions = Options{C: 1, Blocks: [numBlocks]float32{1, 0, 0}}

// referenceFeatures are lower-cased word unigrams of two or more letters,
// as scikit-learn's default TfidfVectorizer takes them.
func referenceFeatures(text string) []rawFeature {
	counts := map[uint64]float32{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_'
	}) {
		if len([]rune(w)) >= 2 {
			counts[hashString(blockWord, w)]++
		}
	}
	var out []rawFeature
	for h, c := range counts {
		out = append(out, rawFeature{key: featureKey(h, blockWord), count: c})
	}
	sortRaw(out)
	return out
}

// readLabelled reads "LABEL<TAB>sentence" lines.
func readLabelled(t testing.TB, path string) []Example {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []Example
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		label, text, ok := strings.Cut(sc.Text(), "\t")
		if ok {
			out = append(out, Example{Text: text, Label: label})
		}
	}
	return out
}

// referenceEvaluation cross-validates the reference on examples.
func referenceEvaluation(examples []Example) Evaluation {
	labels, y, texts := encodeLabels(examples)
	rows := make([][]rawFeature, len(texts))
	for i, s := range texts {
		rows[i] = referenceFeatures(s)
	}
	return evaluate(extractor{}, rows, y, labels, referenceOptions)
}
