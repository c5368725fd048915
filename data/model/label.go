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

// LabelUse counts what carries a label: annotations and final labels.
type LabelUse struct {
	Annotations, Adjudications int
}

// Total is every use of the label.
func (u LabelUse) Total() int { return u.Annotations + u.Adjudications }
