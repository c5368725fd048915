package model

import "strings"

// LabelName is how a label name the user typed is matched: trimmed and
// upper-cased in ASCII only, so "claim" is CLAIM but "claım" (dotless ı)
// or "ſtatement" (long s) are not folded into another label's name.
func LabelName(s string) string {
	s = strings.TrimSpace(s)
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return r - 'a' + 'A'
		}
		return r
	}, s)
}
