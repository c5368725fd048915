package search

import (
	"encoding/binary"
	"strings"
)

// A sentence is stored as its words and the separators around them, each
// as the id of its spelling: the record of a sentence is the uvarint id of
// the separator before its first word, then, per word, the id of the
// word's spelling and of the separator after it. News text repeats its
// words and its ", " so much that this takes a third of the text's bytes,
// and the text comes back exactly as given.

// lexicon interns strings: each distinct one gets the next id.
type lexicon struct {
	ids  map[string]uint32
	strs []string
}

// id returns the id of s, adding it if new, and whether it was.
func (l *lexicon) id(s []byte) (uint32, bool) {
	if id, ok := l.ids[string(s)]; ok {
		return id, false
	}
	if l.ids == nil {
		l.ids = map[string]uint32{}
	}
	id := uint32(len(l.strs))
	str := string(s)
	l.ids[str] = id
	l.strs = append(l.strs, str)
	return id, true
}

// token is one word of a stored sentence.
type token struct {
	word   uint32 // its folded word's vocabulary id
	start  int    // byte offset of the word in the text
	before byte   // the byte before it (0 at the start)
}

// tokens calls fn with every word of the sentence in slot s, in order, and
// returns the text's length.
func (ix *Index) tokens(s uint32, fn func(pos int32, t token)) int {
	rec := ix.texts.record(int(s))
	sep, n := binary.Uvarint(rec)
	rec = rec[n:]
	at, last := 0, ix.seps.strs[sep]
	at += len(last)
	for pos := int32(0); len(rec) > 0; pos++ {
		form, n := binary.Uvarint(rec)
		rec = rec[n:]
		t := token{word: ix.formWord[form], start: at}
		if len(last) > 0 {
			t.before = last[len(last)-1]
		}
		fn(pos, t)
		at += len(ix.forms.strs[form])
		sep, n = binary.Uvarint(rec)
		rec = rec[n:]
		last = ix.seps.strs[sep]
		at += len(last)
	}
	return at
}

// text returns the text of the sentence in slot s.
func (ix *Index) text(s uint32) string {
	var b strings.Builder
	b.Grow(ix.texts.size(int(s)))
	rec := ix.texts.record(int(s))
	for isSep := true; len(rec) > 0; isSep = !isSep {
		id, n := binary.Uvarint(rec)
		rec = rec[n:]
		if isSep {
			b.WriteString(ix.seps.strs[id])
		} else {
			b.WriteString(ix.forms.strs[id])
		}
	}
	return b.String()
}
