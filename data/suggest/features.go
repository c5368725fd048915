package suggest

import (
	"cmp"
	"math"
	"slices"
)

// Feature blocks: each is weighted by TF-IDF and scaled to unit length on
// its own, so that many character n-grams do not drown the few words.
const (
	blockWord = iota // folded word unigrams and bigrams
	blockChar        // character 3- and 4-grams inside words
	blockCue         // cue kinds from the lexicon, numbers, quotes
	numBlocks
)

// Char n-gram sizes, inside a word padded with < and >: 3- and 4-grams
// measured as good as 3- to 5-grams on the fixtures, with a third fewer
// features to train on.
const (
	minGram = 3
	maxGram = 4
)

// featureFunc receives one feature occurrence: its hash, block, and the
// tokens [first, last] it comes from.
type featureFunc func(hash uint64, block int, first, last int)

// extractor turns sentences into features.
type extractor struct {
	lexicon *Lexicon
}

// visit calls fn for every feature occurrence of the tokens.
func (x extractor) visit(tokens []token, fn featureFunc) {
	prev := ""
	for i, t := range tokens {
		w := t.folded
		if t.kind == numberToken {
			w = numberShape(w)
		}
		fn(hashString(blockWord, w), blockWord, i, i)
		if i > 0 {
			fn(hashPair(prev, w), blockWord, i-1, i)
		}
		prev = w
		if t.kind == wordToken {
			x.charGrams(w, i, fn)
		}
	}
	if x.lexicon != nil {
		for _, c := range x.lexicon.find(tokens) {
			fn(hashString(blockCue, c.kind), blockCue, c.first, c.last)
		}
	}
}

// charGrams emits the n-grams of one word padded with < and >, never
// splitting a letter.
func (x extractor) charGrams(w string, tok int, fn featureFunc) {
	var buf [maxTokenRunes*4 + 2]byte
	padded := append(append(append(buf[:0], '<'), w...), '>')
	if isASCII(w) {
		for size := minGram; size <= maxGram; size++ {
			for i := 0; i+size <= len(padded); i++ {
				fn(hashBytes(blockChar, padded[i:i+size]), blockChar, tok, tok)
			}
		}
		return
	}
	starts := make([]int, 0, len(padded)+1)
	for i := range string(padded) {
		starts = append(starts, i)
	}
	n := len(starts)
	starts = append(starts, len(padded))
	for size := minGram; size <= maxGram; size++ {
		for i := 0; i+size <= n; i++ {
			fn(hashBytes(blockChar, padded[starts[i]:starts[i+size]]), blockChar, tok, tok)
		}
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// numberShape writes every digit as 0: "1.200" and "3.500" share a shape.
func numberShape(s string) string {
	b := []byte(s)
	for i, c := range b {
		if '0' <= c && c <= '9' {
			b[i] = '0'
		}
	}
	return string(b)
}

// FNV-1a, seeded by the block so that blocks never share a hash.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashString(block int, s string) uint64 {
	h := uint64(fnvOffset) ^ uint64(block+1)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

func hashBytes(block int, s []byte) uint64 {
	h := uint64(fnvOffset) ^ uint64(block+1)
	for _, c := range s {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

func hashPair(a, b string) uint64 {
	h := hashString(blockWord, a)
	h = (h ^ ' ') * fnvPrime
	for i := 0; i < len(b); i++ {
		h = (h ^ uint64(b[i])) * fnvPrime
	}
	return h
}

// rawFeature is a feature of one sentence with its count; its block is
// in the top two bits of its key.
type rawFeature struct {
	key   uint64
	count float32
}

func (f rawFeature) block() int { return int(f.key >> 62) }

// featureKey puts a feature's block into the top bits of its hash.
func featureKey(hash uint64, block int) uint64 { return hash&^(3<<62) | uint64(block)<<62 }

// occurrence is one feature occurrence and the tokens it comes from.
type occurrence struct {
	key         uint64
	first, last int32
}

// occurrences lists every feature occurrence of the tokens.
func (x extractor) occurrences(tokens []token) []occurrence {
	out := make([]occurrence, 0, len(tokens)*16)
	x.visit(tokens, func(h uint64, block, first, last int) {
		out = append(out, occurrence{featureKey(h, block), int32(first), int32(last)})
	})
	return out
}

// countFeatures turns occurrences into features with counts, sorted by key.
func countFeatures(occ []occurrence) []rawFeature {
	keys := make([]uint64, len(occ))
	for i, o := range occ {
		keys[i] = o.key
	}
	slices.Sort(keys)
	out := make([]rawFeature, 0, len(keys))
	for _, k := range keys {
		if n := len(out); n > 0 && out[n-1].key == k {
			out[n-1].count++
			continue
		}
		out = append(out, rawFeature{key: k, count: 1})
	}
	return out
}

// rawFeatures counts the features of one sentence, sorted by key.
func (x extractor) rawFeatures(text string) []rawFeature {
	return countFeatures(x.occurrences(tokenize(text)))
}

// sortRaw orders features by key.
func sortRaw(fs []rawFeature) {
	slices.SortFunc(fs, func(a, b rawFeature) int { return cmp.Compare(a.key, b.key) })
}

// vocabulary maps feature hashes to columns and holds their IDF.
type vocabulary struct {
	column map[uint64]int32
	idf    []float32
	block  []uint8
	weight [numBlocks]float32 // scale of each block after normalising
}

// buildVocabulary indexes the features seen in rows, with smoothed IDF
// log((1+n)/(1+df))+1, as the usual TF-IDF does. When there are more than
// maxFeatures, the most frequent are kept (earlier seen first on a tie).
func buildVocabulary(rows [][]rawFeature, weights [numBlocks]float32, maxFeatures int) *vocabulary {
	type seen struct {
		key uint64
		df  float32
	}
	index := map[uint64]int{}
	var all []seen
	for _, r := range rows {
		for _, f := range r {
			i, ok := index[f.key]
			if !ok {
				i = len(all)
				index[f.key] = i
				all = append(all, seen{key: f.key})
			}
			all[i].df++
		}
	}
	if len(all) > maxFeatures {
		slices.SortStableFunc(all, func(a, b seen) int { return cmp.Compare(b.df, a.df) })
		all = all[:maxFeatures]
	}
	v := &vocabulary{column: make(map[uint64]int32, len(all)), weight: weights,
		idf: make([]float32, len(all)), block: make([]uint8, len(all))}
	n := float64(len(rows))
	for i, f := range all {
		v.column[f.key] = int32(i)
		v.block[i] = uint8(f.key >> 62)
		v.idf[i] = float32(math.Log((1+n)/(1+float64(f.df))) + 1)
	}
	return v
}

// sparseRow is one sentence as a vector: column indices and values.
type sparseRow struct {
	cols []int32
	vals []float32
}

// vectorize weights the known features of a sentence by sublinear TF
// times IDF, scales each block to unit length, then by the block weight.
func (v *vocabulary) vectorize(raw []rawFeature) sparseRow {
	r, _ := v.vectorizeRaw(raw, false)
	return r
}

// vectorizeRaw is vectorize that can also say, for each raw feature, its
// position in the row (-1 for a feature the vocabulary lacks).
func (v *vocabulary) vectorizeRaw(raw []rawFeature, positions bool) (sparseRow, []int32) {
	r := sparseRow{cols: make([]int32, 0, len(raw)), vals: make([]float32, 0, len(raw))}
	var at []int32
	if positions {
		at = make([]int32, len(raw))
	}
	var norms [numBlocks]float64
	for i, f := range raw {
		c, ok := v.column[f.key]
		if positions {
			at[i] = -1
			if ok {
				at[i] = int32(len(r.cols))
			}
		}
		if !ok {
			continue
		}
		val := (1 + float32(math.Log(float64(f.count)))) * v.idf[c]
		r.cols = append(r.cols, c)
		r.vals = append(r.vals, val)
		norms[f.block()] += float64(val) * float64(val)
	}
	var scale [numBlocks]float32
	for b := range scale {
		if norms[b] > 0 {
			scale[b] = v.weight[b] / float32(math.Sqrt(norms[b]))
		}
	}
	for i, c := range r.cols {
		r.vals[i] *= scale[v.block[c]]
	}
	return r, at
}
