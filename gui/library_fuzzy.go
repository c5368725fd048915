package gui

import (
	"strings"
	"unicode"
)

// fuzzyScore matches query against title as a case-insensitive
// subsequence; runs of consecutive letters and word starts score higher.
func fuzzyScore(query, title string) (int, bool) {
	q := []rune(strings.ToLower(strings.Join(strings.Fields(query), "")))
	if len(q) == 0 {
		return 0, true
	}
	score, j, run := 0, 0, 0
	prev := ' '
	for _, r := range strings.ToLower(title) {
		if j < len(q) && r == q[j] {
			j++
			run++
			score += 2 * run
			if !unicode.IsLetter(prev) {
				score += 2
			}
		} else {
			run = 0
		}
		prev = r
	}
	return score, j == len(q)
}
