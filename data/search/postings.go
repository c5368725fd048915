package search

import "encoding/binary"

// postings holds, for every word id, the slots of the sentences that have
// the word, ascending, each stored as the uvarint gap from the one
// before: about one or two bytes a sentence instead of four.
type postings struct {
	lists [][]byte
	next  []uint32 // per word: its last slot + 1 (0: none yet)
	count []uint32 // per word: how many slots it lists
}

// add records that slot has word id; slots come in ascending order, and
// a word repeated in a sentence is recorded once.
func (p *postings) add(id, slot uint32) {
	for int(id) >= len(p.lists) {
		p.lists = append(p.lists, nil)
		p.next = append(p.next, 0)
		p.count = append(p.count, 0)
	}
	if p.next[id] > slot {
		return
	}
	prev := int64(p.next[id]) - 1
	p.lists[id] = binary.AppendUvarint(p.lists[id], uint64(int64(slot)-prev))
	p.next[id] = slot + 1
	p.count[id]++
}

// each calls fn with every slot listed for word id, ascending.
func (p *postings) each(id uint32, fn func(slot uint32)) {
	list := p.lists[id]
	slot := int64(-1)
	for len(list) > 0 {
		gap, n := binary.Uvarint(list)
		list = list[n:]
		slot += int64(gap)
		fn(uint32(slot))
	}
}

// size returns how many slots word id lists.
func (p *postings) size(id uint32) int {
	if int(id) >= len(p.count) {
		return 0
	}
	return int(p.count[id])
}
