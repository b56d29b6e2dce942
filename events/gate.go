package events

import (
	"math/bits"
	"unicode/utf8"
)

// The gate decides, before a sentence is tokenized, whether any pattern of
// the lexicon could match in it. Most sentences of wire copy hold no
// trigger; for them the gate's one pass over the bytes replaces tokenizing,
// which costs several times more.
//
// The gate reads the sentence's words as a bag: it looks the lower-case
// form of every ASCII word up in a table of the pattern words, by hash
// only, and says yes when "must" occurs (findDemands) or when, for some
// pattern, the first word and a word of every other required (neither
// optional nor "~") position of the pattern occur. A match of the pattern
// needs all of them, so the gate says no only when mayMatch would say no
// too; when it says yes, the patterns whose words all occur are the only
// ones that mayMatch and findTriggers try. To stay on the safe side it
// over-approximates the tokenizer:
//   - a word with a letter outside ASCII makes it say yes at once;
//   - an apostrophe marks every clitic ('s, n't, ...), and a word ending
//     in "n" before an apostrophe marks its stem too ("did" of "didn't",
//     "can", "will", "shall");
//   - a word whose hash equals a pattern word's marks that word without
//     comparing the two (a collision only marks one word too many).

// gateInfo is what the gate needs of the lexicon, built with it.
type gateInfo struct {
	clitics []int32 // vocab ids of the clitic tokens in the vocabulary
	can     int32   // vocab ids of "can", "will" and "shall", or 0
	will    int32
	shall   int32
	must    int32 // vocab id of "must", or 0
	// bits has the bit h>>16 set for the hash h of every word marked
	// gate: most words are not, and one bit tells.
	bits [1 << 16 / 64]uint64
	// slots is an open-addressing table of the gate entries: the hash of
	// the word above its vocab id; 0 marks an empty slot.
	slots []uint64
	mask  uint32
	// usable is false when the lexicon is beyond the limits of gateState.
	usable bool
	// sameHash is true when two gate words share a hash: markHash must
	// then look past the first entry it finds.
	sameHash bool
}

// buildGate fills lx.gate and marks the vocabulary entries the gate notes:
// the words of the patterns at positions that are not optional, and
// "must".
func (lx *lexicon) buildGate() {
	id := func(w string) int32 {
		if e := lx.find(w); e != nil {
			return e.id
		}
		return 0
	}
	g := &lx.gate
	for _, w := range []string{"'s", "'re", "'ve", "'ll", "'d", "n't"} {
		if i := id(w); i != 0 {
			g.clitics = append(g.clitics, i)
		}
	}
	g.can, g.will, g.shall, g.must = id("can"), id("will"), id("shall"), id("must")
	g.usable = len(lx.table.ents) < gateMaxVocab && len(lx.pats) <= gateMaxPats
	ents := lx.table.ents
	for i := range lx.pats {
		for _, t := range lx.pats[i].toks {
			if t.opt {
				continue // patterns skips optional words
			}
			for _, id := range t.ids {
				ents[id-1].gate = true
			}
		}
	}
	if g.must != 0 {
		ents[g.must-1].gate = true
	}
	n := 0
	for i := range ents {
		if ents[i].gate {
			n++
		}
	}
	size := 64
	for size < 3*n {
		size *= 2
	}
	g.slots, g.mask = make([]uint64, size), uint32(size-1)
	for i := range ents {
		if !ents[i].gate {
			continue
		}
		h := gateHash(ents[i].w)
		g.bits[h>>16/64] |= 1 << (h >> 16 % 64)
		j := h & g.mask
		for g.slots[j] != 0 {
			g.sameHash = g.sameHash || uint32(g.slots[j]>>32) == h
			j = (j + 1) & g.mask
		}
		g.slots[j] = uint64(h)<<32 | uint64(ents[i].id)
	}
}

// Limits of gateState; a lexicon beyond them is not gated (gate.usable).
const (
	gateMaxVocab   = 4096 // vocab ids
	gateMaxPats    = 1024 // patterns
	gateMaxPresent = 64   // different pattern words in one sentence
)

// patSet is a set of pattern indexes.
type patSet [gateMaxPats / 64]uint64

func (s *patSet) has(pi int) bool { return s[pi/64]&(1<<(pi%64)) != 0 }
func (s *patSet) add(pi int)      { s[pi/64] |= 1 << (pi % 64) }

// gateState is the scratch of one run of the gate. It is small enough to
// live on the stack, so that a sentence the gate turns away costs no
// coder from the pool.
type gateState struct {
	lx       *lexicon
	marked   [gateMaxVocab / 64]uint64 // the vocab ids marked
	present  [gateMaxPresent]int32     // the same, in the order marked
	n        int                       // of present
	overflow bool                      // more than gateMaxPresent words
	possible patSet                    // the patterns whose words all occur
	hits     [32]uint32                // hashes of words to look up (scan)
	nhits    int                       // of hits
}

// run reports whether a pattern or "must" may occur in text[start:end]
// (see the comment at the top of this file): when it says no, mayMatch
// says no for the tokens of text[start:end]. When it says yes and
// g.gated() holds, only the patterns in g.possible may match.
func (g *gateState) run(lx *lexicon, text string, start, end int) bool {
	g.lx = lx
	if !lx.gate.usable {
		return true
	}
	if g.scan(text[start:end]) || g.overflow {
		g.lx = nil // not gated
		return true
	}
	return g.patterns()
}

// gated reports whether g.possible holds the patterns that may match.
func (g *gateState) gated() bool { return g.lx != nil && g.lx.gate.usable }

// scan marks the vocabulary entries of the words of s; it returns true
// when it cannot tell (a letter outside ASCII, a long word with a '.').
//
// It reads eight bytes at a time (see alnumBytes): most words end within
// the first eight, which spares the processor a mispredicted branch per
// byte loop.
func (g *gateState) scan(s string) bool {
	gi := &g.lx.gate
	for i := 0; i < len(s); {
		b := s[i]
		if lowerASCII[b] == 0 {
			switch {
			case b >= utf8.RuneSelf:
				r, size := utf8.DecodeRuneInString(s[i:])
				if isWordRune(r) {
					return true
				}
				if isApos(r) {
					g.markIDs(gi.clitics)
				}
				i += size
			case b == '\'':
				g.markIDs(gi.clitics)
				i++
			default:
				i++
			}
			continue
		}
		// An ASCII word: its lower case is hashed by gateHash, a chunk
		// of eight bytes at a time.
		ws := i
		h := uint64(gateSeed)
		for {
			x := load8(s, i)
			stop := ^alnumBytes(x) & 0x8080808080808080
			if stop == 0 {
				h = gateMix(h, x|0x2020202020202020) // letters and digits: |0x20 lowers
				i += 8
				continue
			}
			n := bits.TrailingZeros64(stop) / 8
			if n > 0 {
				h = gateMix(h, (x|0x2020202020202020)&(1<<(8*n)-1))
			}
			i += n
			break
		}
		if i < len(s) && s[i] == '.' && i-ws <= 2 && i+1 < len(s) && (s[i+1] >= utf8.RuneSelf || lowerASCII[s[i+1]] >= 'a') {
			// "U.S": a '.' in the first three bytes of a word, before a
			// letter, belongs to the word.
			end, ok := g.dotted(s, ws)
			if !ok {
				return true
			}
			i = end
			continue
		}
		hh := gateFinish(h)
		// Words whose bit is set are looked up later, in a batch: the
		// test is then no branch, which the processor would mispredict
		// for about one word in three.
		g.hits[g.nhits] = hh
		g.nhits += int(gi.bits[hh>>16/64] >> (hh >> 16 % 64) & 1)
		if g.nhits == len(g.hits) {
			g.markHits()
		}
		// "didn't", "can't", "won't": tokenize splits "n't" off.
		if i < len(s) && i-ws > 1 && (s[i] == '\'' || s[i] == 0xe2 || s[i] == 0xca) && s[i-1]|0x20 == 'n' {
			g.markStem(s[ws : i-1])
		}
	}
	g.markHits()
	return false
}

// dotted reads the word with a '.' at s[ws:], as tokenize does ("U.S"),
// marks it, and returns where it ends; ok is false for a word it cannot
// read (a letter outside ASCII, or too long).
func (g *gateState) dotted(s string, ws int) (end int, ok bool) {
	var buf [32]byte
	n := 0
	i := ws
	for i < len(s) {
		l := lowerASCII[s[i]]
		if l == 0 {
			if s[i] != '.' || i-ws > 2 || i+1 >= len(s) {
				break
			}
			if nb := s[i+1]; nb >= utf8.RuneSelf {
				return 0, false // maybe a letter outside ASCII
			} else if lowerASCII[nb] < 'a' {
				break // not a letter
			}
			l = '.'
		}
		if n == len(buf) {
			return 0, false
		}
		buf[n] = l
		n++
		i++
	}
	if i < len(s) && s[i] >= utf8.RuneSelf {
		return 0, false // the word may go on
	}
	g.markHash(gateHash(string(buf[:n])))
	return i, true
}

// markStem marks the word that tokenize makes of the ASCII stem before
// "n't".
func (g *gateState) markStem(stem string) {
	gi := &g.lx.gate
	var buf [32]byte
	if len(stem) > len(buf) {
		stem = stem[:0] // too long to be a pattern word
	}
	for i := 0; i < len(stem); i++ {
		buf[i] = lowerASCII[stem[i]]
		if buf[i] == 0 {
			buf[i] = stem[i] // the '.' of "U.S"
		}
	}
	g.markHash(gateHash(string(buf[:len(stem)])))
	switch {
	case len(stem) == 2 && stem[0]|0x20 == 'c' && stem[1]|0x20 == 'a':
		g.mark(gi.can)
	case len(stem) == 2 && stem[0]|0x20 == 'w' && stem[1]|0x20 == 'o':
		g.mark(gi.will)
	case len(stem) == 3 && stem[0]|0x20 == 's' && stem[1]|0x20 == 'h' && stem[2]|0x20 == 'a':
		g.mark(gi.shall)
	}
}

// load8 returns the eight bytes of s from i as a little-endian number,
// with zeros past the end of s.
func load8(s string, i int) uint64 {
	if i+8 <= len(s) {
		s = s[i : i+8]
		return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	}
	var x uint64
	for k := len(s) - 1; k >= i; k-- {
		x = x<<8 | uint64(s[k])
	}
	return x
}

// alnumBytes sets the high bit of each byte of x that is an ASCII letter
// or digit, and only those: for a byte v below 0x80, v+(0x80-lo) has its
// high bit set when v >= lo, and v+(0x7f-hi) when v > hi, without a carry
// into the next byte.
func alnumBytes(x uint64) uint64 {
	const (
		low7 = 0x7f7f7f7f7f7f7f7f
		ones = 0x0101010101010101
	)
	x7 := x & low7
	y7 := (x | 0x2020202020202020) & low7 // letters lower-cased
	digit := (x7 + (0x80-'0')*ones) &^ (x7 + (0x7f-'9')*ones)
	letter := (y7 + (0x80-'a')*ones) &^ (y7 + (0x7f-'z')*ones)
	return (digit | letter) &^ x & 0x8080808080808080
}

// The gate's hash of a lower-case word: its bytes in chunks of eight
// (little-endian, the last one padded with zeros), mixed in turn.
const gateSeed = 0x9e3779b97f4a7c15

func gateMix(h, chunk uint64) uint64 { return (h ^ chunk) * 0xff51afd7ed558ccd }

func gateFinish(h uint64) uint32 { return uint32((h ^ h>>29) >> 16) }

// gateHash is the hash that scan computes for the word w, given in lower
// case.
func gateHash(w string) uint32 {
	h := uint64(gateSeed)
	for i := 0; i < len(w); i += 8 {
		h = gateMix(h, load8(w[:min(len(w), i+8)], i))
	}
	return gateFinish(h)
}

// markHits marks the words of g.hits.
func (g *gateState) markHits() {
	for _, h := range g.hits[:g.nhits] {
		g.markHash(h)
	}
	g.nhits = 0
}

// lowerASCII maps the ASCII letters and digits to their lower case, and
// every other byte to 0.
var lowerASCII = func() (t [256]byte) {
	for b := 0; b < 256; b++ {
		if asciiWord[b]&asciiAlnum != 0 {
			t[b] = byte(b) | (asciiWord[b]&asciiUpper)<<4
		}
	}
	return t
}()

// markHash marks every gate entry whose hash is h (gateHash).
func (g *gateState) markHash(h uint32) {
	gi := &g.lx.gate
	for i := h & gi.mask; ; i = (i + 1) & gi.mask {
		s := gi.slots[i]
		if s == 0 {
			return
		}
		if uint32(s>>32) == h {
			g.mark(int32(uint32(s)))
			if !gi.sameHash {
				return // no other gate word has hash h
			}
		}
	}
}

// mark notes that the word with vocab id id occurs (0: none).
func (g *gateState) mark(id int32) {
	if id == 0 || g.marked[id/64]&(1<<(id%64)) != 0 {
		return
	}
	g.marked[id/64] |= 1 << (id % 64)
	if g.n == len(g.present) {
		g.overflow = true
		return
	}
	g.present[g.n] = id
	g.n++
}

func (g *gateState) markIDs(ids []int32) {
	for _, id := range ids {
		g.mark(id)
	}
}

// isMarked reports whether the word with vocab id id occurs.
func (g *gateState) isMarked(id int32) bool { return g.marked[id/64]&(1<<(id%64)) != 0 }

// patterns notes in g.possible the patterns whose first word and a word
// of every other required position are marked, and reports whether there
// is one or "must" is marked.
func (g *gateState) patterns() bool {
	lx := g.lx
	found := false
	for _, id := range g.present[:g.n] {
		first := lx.table.ents[id-1].first
		if first == 0 {
			continue
		}
	pats:
		for _, pi := range lx.firstSets[first] {
			if g.possible.has(pi) {
				continue
			}
			p := &lx.pats[pi]
			for k := 1; k < len(p.toks); k++ {
				pt := &p.toks[k]
				if pt.gap || pt.opt {
					continue
				}
				any := false
				for _, w := range pt.ids {
					if g.isMarked(w) {
						any = true
						break
					}
				}
				if !any {
					continue pats
				}
			}
			g.possible.add(pi)
			found = true
		}
	}
	if m := lx.gate.must; m != 0 && g.isMarked(m) {
		found = true
	}
	return found
}

// mayTry reports whether pattern pi may match in the sentence: always,
// unless the gate has found the patterns that may.
func (c *coder) mayTry(pi int) bool {
	return !c.gated || c.possible.has(pi)
}
