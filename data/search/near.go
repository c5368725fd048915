package search

// near calls fn with the id and distance of every vocabulary word within
// maxEdits edits of q: a letter dropped, added, wrong, or two adjacent
// letters swapped (the optimal string alignment distance, where a swap
// counts as one edit).
//
// It walks the sorted vocabulary as the trie it implicitly is: a word
// shares the rows of the distance table of its common prefix with the
// word before, and once every entry of a row exceeds maxEdits no word with
// that prefix can come within reach, so the walk skips them all, reading
// only how many runes each shares with the one before.
func (v *vocab) near(q []rune, maxEdits int, fn func(id uint32, dist int)) {
	m := len(q)
	cols := m + 1
	// rows[d*cols+j] is the distance of the walked word's first d letters
	// to q[:j]; walked holds those letters.
	rows := make([]int, cols, cols*(m+maxEdits+2))
	for j := range cols {
		rows[j] = j
	}
	var walked, w []rune
	for i := 0; i < len(v.sorted); {
		w = w[:0]
		for _, r := range v.word(i) {
			w = append(w, r)
		}
		common := min(int(v.shared[i]), len(walked)) // walked is a prefix of the word before
		walked = append(walked[:common], w[common:]...)
		rows = rows[:(common+1)*cols]
		pruned := -1
		for d := common + 1; d <= len(w); d++ {
			rows = appendRow(rows, q, w, d)
			if rowMin(rows[d*cols:]) > maxEdits {
				pruned = d
				break
			}
		}
		i++
		if pruned < 0 {
			if dist := rows[len(w)*cols+m]; dist <= maxEdits {
				fn(v.sorted[i-1], dist)
			}
			continue
		}
		// Every word starting with w[:pruned] is out of reach.
		walked = walked[:pruned]
		for i < len(v.sorted) && int(v.shared[i]) >= pruned {
			i++
		}
	}
}

// appendRow appends row d of the distance table of w[:d] to q.
func appendRow(rows []int, q, w []rune, d int) []int {
	cols := len(q) + 1
	prev := rows[(d-1)*cols : d*cols]
	rows = append(rows, d)
	c := w[d-1]
	for j := 1; j < cols; j++ {
		cost := 1
		if q[j-1] == c {
			cost = 0
		}
		best := min(prev[j]+1, rows[len(rows)-1]+1, prev[j-1]+cost)
		if d > 1 && j > 1 && c == q[j-2] && w[d-2] == q[j-1] {
			best = min(best, rows[(d-2)*cols+j-2]+1)
		}
		rows = append(rows, best)
	}
	return rows
}

// rowMin returns the smallest entry of a row.
func rowMin(row []int) int {
	m := row[0]
	for _, x := range row[1:] {
		m = min(m, x)
	}
	return m
}
