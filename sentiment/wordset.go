package sentiment

// wordSet is an immutable set of words, read far more often than built: a
// word is rejected by its length or first byte before the table is read,
// which is what most words of a text get, and found by open addressing with
// the sketch of the lexicon table otherwise. It replaces map[string]bool on
// the paths that ask about every token.
type wordSet struct {
	lens  uint64    // bit n: some word has n bytes (n < 64)
	first [4]uint64 // bit b: some word starts with byte b
	long  bool      // some word has 64 bytes or more
	slots []string  // power-of-two table; "" is an empty slot
}

// set returns the set of the words ws, none of them empty.
func set(ws ...string) *wordSet {
	s := &wordSet{}
	n := 8
	for n < 2*len(ws) {
		n *= 2
	}
	s.slots = make([]string, n)
	mask := uint32(n - 1)
	for _, w := range ws {
		if w == "" || s.has(w) {
			continue
		}
		if len(w) < 64 {
			s.lens |= 1 << len(w)
		} else {
			s.long = true
		}
		s.first[w[0]>>6] |= 1 << (w[0] & 63)
		i := slot(sketch(w), mask)
		for s.slots[i] != "" {
			i = (i + 1) & mask
		}
		s.slots[i] = w
	}
	return s
}

// has reports whether w is in the set.
func (s *wordSet) has(w string) bool {
	if len(w) == 0 || s.first[w[0]>>6]&(1<<(w[0]&63)) == 0 {
		return false
	}
	if len(w) < 64 && s.lens&(1<<len(w)) == 0 || len(w) >= 64 && !s.long {
		return false
	}
	return s.lookup(w)
}

// lookup finds w in the table of s.
func (s *wordSet) lookup(w string) bool {
	mask := uint32(len(s.slots) - 1)
	for i := slot(sketch(w), mask); ; i = (i + 1) & mask {
		switch s.slots[i] {
		case "":
			return false
		case w:
			return true
		}
	}
}
