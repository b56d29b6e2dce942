package events

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word or punctuation mark of a sentence.
type token struct {
	s, e  int    // byte offsets into the caller's text
	w     string // lower-case form ("n't", "'s" for clitics; folded apostrophes)
	unit  int    // index of the actor unit covering it, -1 for none
	cls   uint32 // word classes of w (data/words.tsv)
	first int32  // index in lexicon.firstSets of the patterns that may start at w; 0 for none
	id    int32  // vocabEntry.id of w, 0 when w is not in the lexicon
	cap   bool   // starts with an upper-case letter
	punct bool
}

// asciiWord marks the ASCII letters and digits (asciiAlnum), and the
// capitals (asciiUpper too).
var asciiWord = func() (t [256]uint8) {
	for b := '0'; b <= 'z'; b++ {
		if isWordRune(b) {
			t[b] = asciiAlnum
		}
		if 'A' <= b && b <= 'Z' {
			t[b] |= asciiUpper
		}
	}
	return t
}()

// Bits of asciiWord.
const (
	asciiAlnum = 1 << iota
	asciiUpper
)

// Kinds of rune that start a token, or not, in tokenize.
const (
	kindPunct = iota
	kindSpace // skipped: white space, control, invalid UTF-8
	kindWord
	kindApos
)

// runeKind returns the kind of the rune r of size bytes.
func runeKind(r rune, size int) uint8 {
	switch {
	case r == ' ' || unicode.IsSpace(r) || r == utf8.RuneError && size <= 1 || unicode.IsControl(r):
		return kindSpace
	case isWordRune(r):
		return kindWord
	case isApos(r):
		return kindApos
	}
	return kindPunct
}

// asciiKind holds runeKind of the ASCII runes.
var asciiKind = func() (t [utf8.RuneSelf]uint8) {
	for b := range t {
		t[b] = runeKind(rune(b), 1)
	}
	return t
}()

// isApos reports whether r is an apostrophe or right single quote.
func isApos(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u02bc' }

// isWordRune reports whether r belongs to a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// decode returns the rune at text[i:end] and its size, with a fast path
// for ASCII.
func decode(text string, i, end int) (rune, int) {
	if b := text[i]; b < utf8.RuneSelf {
		return rune(b), 1
	}
	return utf8.DecodeRuneInString(text[i:end])
}

// clitic returns the token form of the clitic c written after an
// apostrophe ("s", "re", "ve", "ll", "d" in any case), or "".
func clitic(c string) string {
	switch {
	case strings.EqualFold(c, "s"):
		return "'s"
	case strings.EqualFold(c, "re"):
		return "'re"
	case strings.EqualFold(c, "ve"):
		return "'ve"
	case strings.EqualFold(c, "ll"):
		return "'ll"
	case strings.EqualFold(c, "d"):
		return "'d"
	}
	return ""
}

// tokenize splits text[start:end] into c.toks, with their word classes and
// the patterns that may start at them. Offsets stay in the caller's text.
// Clitics are split off ("Russia's" -> "russia" "'s", "didn't" -> "did"
// "n't"), hyphens and dashes are tokens of their own.
func (c *coder) tokenize(start, end int) {
	text := c.text
	toks := c.toks[:0]
	// Words with capitals are lower-cased into c.low; pend lists them.
	c.low, c.pend = c.low[:0], c.pend[:0]
	i := start
	for i < end {
		if text[i] == ' ' {
			i++
			continue
		}
		var r rune
		var size int
		var kind uint8
		if b := text[i]; b < utf8.RuneSelf {
			r, size, kind = rune(b), 1, asciiKind[b]
		} else {
			r, size = utf8.DecodeRuneInString(text[i:end])
			kind = runeKind(r, size)
		}
		switch kind {
		case kindSpace:
			i += size
		case kindWord:
			j := i + size
			// An ASCII word is hashed (FNV-1a of its lower-case form) as
			// it is read.
			ascii := r < utf8.RuneSelf
			var seen, h = uint8(0), uint32(0)
			if ascii {
				cl := asciiWord[r]
				seen = cl
				h = (fnvOffset ^ uint32(byte(r)|(cl&asciiUpper)<<4)) * fnvPrime
			}
			for j < end {
				b := text[j]
				cl := asciiWord[b]
				if cl == 0 {
					break
				}
				seen |= cl
				// ASCII letters and digits; asciiUpper<<4 is 'a'-'A'.
				h = (h ^ uint32(b|(cl&asciiUpper)<<4)) * fnvPrime
				j++
			}
			// The run ends here unless a letter outside ASCII or a '.'
			// follows (an ASCII letter or digit would have been read).
			if j < end && (text[j] >= utf8.RuneSelf || text[j] == '.') {
				for j < end {
					r2, s2 := decode(text, j, end)
					if isWordRune(r2) {
						ascii = false
						j += s2
						continue
					}
					// U.S., U.N.: a single letter followed by '.' and another
					// letter stays one word.
					if r2 == '.' && j+1 < end {
						r3, _ := decode(text, j+1, end)
						if unicode.IsLetter(r3) && j-i <= 2 {
							j += s2
							continue
						}
					}
					break
				}
			}
			if j > i+1 && text[j-1] == '.' {
				ascii = false // "U.S" + "." is not read as one ASCII run
			}
			// The lower-case form: the text itself, or c.low[a:b].
			var lw string
			a, b := -1, -1
			switch {
			case ascii && seen&asciiUpper == 0:
				lw = text[i:j]
			case ascii:
				a = len(c.low)
				for k := i; k < j; k++ {
					c.low = append(c.low, text[k]|(asciiWord[text[k]]&asciiUpper)<<4)
				}
				b = len(c.low)
			default:
				h = 0 // not hashed
				if a, b = c.lower(text[i:j]); a < 0 {
					lw = text[i:j] // no capitals
				}
			}
			isCap := r < utf8.RuneSelf && 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r)
			// "didn't": split the n off when an apostrophe and t follow.
			// (An apostrophe starts with one of the bytes tested first.)
			if j < end && (text[j] == '\'' || text[j] == 0xe2 || text[j] == 0xca) &&
				(a < 0 && len(lw) > 1 && lw[len(lw)-1] == 'n' || a >= 0 && b-a > 1 && c.low[b-1] == 'n') {
				if t, next, ok := c.splitNt(toks, i, j, end, a, b, lw, isCap); ok {
					toks, i = t, next
					continue
				}
			}
			if a >= 0 {
				if h == 0 {
					h = fnvBytes(c.low[a:b])
				}
				toks = c.addLowered(toks, token{s: i, e: j, cap: isCap, unit: -1}, a, b, h)
			} else {
				toks = append(toks, token{s: i, e: j, w: lw, cap: isCap, unit: -1})
				c.know(&toks[len(toks)-1], h)
			}
			i = j
		case kindApos:
			// Clitic: 's 're 've 'll 'd after a word; otherwise a quote mark.
			j := i + size
			if t, next, ok := c.apostrophe(toks, i, j, end); ok {
				toks, i = t, next
				continue
			}
			toks = c.add(toks, token{s: i, e: j, w: "'", punct: true, unit: -1}, 0)
			i = j
		default: // kindPunct
			toks, i = c.punct(toks, i, end, r, size)
		}
	}
	c.toks = toks
}

// add appends t to toks with what the lexicon knows of t.w; h is the hash
// of t.w (fnvString), or 0 for not computed.
func (c *coder) add(toks []token, t token, h uint32) []token {
	if h == 0 {
		h = fnvString(t.w)
	}
	if v := c.lx.findHashed(t.w, h); v != nil {
		t.cls, t.first, t.id = v.cls, v.first, v.id
	}
	return append(toks, t)
}

// know fills in what the lexicon knows of t.w, whose hash is h
// (fnvString), or 0 for not computed.
func (c *coder) know(t *token, h uint32) {
	if h == 0 {
		h = fnvString(t.w)
	}
	if v := c.lx.findHashed(t.w, h); v != nil {
		t.cls, t.first, t.id = v.cls, v.first, v.id
	}
}

// addLowered appends t, whose lower-case form is c.low[a:b] with hash h
// (fnvBytes), to toks: with the lexicon's string when the lexicon has the
// word, else with w "" until spell.
func (c *coder) addLowered(toks []token, t token, a, b int, h uint32) []token {
	if v := c.lx.findBytes(c.low[a:b], h); v != nil {
		t.w, t.cls, t.first, t.id = v.w, v.cls, v.first, v.id
	} else {
		c.pend = append(c.pend, pending{tok: len(toks), a: a, b: b})
	}
	return append(toks, t)
}

// spell gives the words that tokenize lower-cased and did not find in the
// lexicon their lower-case form, slices of one copy of c.low. Until then
// their w is "": they are not in the lexicon, so only code that compares
// words with strings other than the lexicon's needs it.
//
// The copy is appended to c.spelt, which only ever grows, so that the
// strings it gave out stay valid; a full builder is replaced by a new one.
// One allocation thus serves the capitalized words of many sentences.
func (c *coder) spell() {
	if len(c.pend) == 0 {
		return
	}
	if c.spelt == nil || c.spelt.Len()+len(c.low) > c.spelt.Cap() {
		c.spelt = new(strings.Builder)
		c.spelt.Grow(max(spellChunk, len(c.low)))
	}
	start := c.spelt.Len()
	c.spelt.Write(c.low)
	low := c.spelt.String()[start:]
	for _, p := range c.pend {
		c.toks[p.tok].w = low[p.a:p.b]
	}
	c.pend = c.pend[:0]
}

// spellChunk is the size of the builders of spell.
const spellChunk = 4096

// pending is a token whose lower-case form is c.low[a:b].
type pending struct{ tok, a, b int }

// lower appends the lower-case form of the word w to c.low and returns its
// range there, or -1, -1 (and appends nothing) when w has no capitals.
func (c *coder) lower(w string) (int, int) {
	a := len(c.low)
	same := true
	for i := 0; i < len(w); {
		if b := w[i]; b < utf8.RuneSelf {
			if 'A' <= b && b <= 'Z' {
				b += 'a' - 'A'
				same = false
			}
			c.low = append(c.low, b)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		l := unicode.ToLower(r)
		same = same && l == r
		c.low = utf8.AppendRune(c.low, l)
		i += size
	}
	if same {
		c.low = c.low[:a]
		return -1, -1
	}
	return a, len(c.low)
}

// splitNt reads "n't" after the word text[i:j] when an apostrophe and t
// follow ("didn't", "can't"): it appends the stem (with "ca", "wo" and "sha"
// read as can, will and shall) and "n't" to toks and returns the index
// after them, with the grown toks. The word's lower-case form is lw, or c.low[a:b] when a >= 0.
func (c *coder) splitNt(toks []token, i, j, end, a, b int, lw string, isCap bool) (_ []token, next int, ok bool) {
	text := c.text
	r2, s2 := decode(text, j, end)
	if !isApos(r2) || j+s2 >= end || text[j+s2] != 't' && text[j+s2] != 'T' ||
		j+s2+1 < end && isWordRune(rune(text[j+s2+1])) {
		return toks, i, false
	}
	var stem string
	if a < 0 {
		stem = lw[:len(lw)-1]
	} else {
		b--
	}
	switch {
	case a < 0 && stem == "ca", a >= 0 && string(c.low[a:b]) == "ca":
		stem = "can"
	case a < 0 && stem == "wo", a >= 0 && string(c.low[a:b]) == "wo":
		stem = "will"
	case a < 0 && stem == "sha", a >= 0 && string(c.low[a:b]) == "sha":
		stem = "shall"
	}
	if stem == "" {
		toks = c.addLowered(toks, token{s: i, e: j - 1, cap: isCap, unit: -1}, a, b, fnvBytes(c.low[a:b]))
	} else {
		toks = c.add(toks, token{s: i, e: j - 1, w: stem, cap: isCap, unit: -1}, 0)
	}
	toks = c.add(toks, token{s: j - 1, e: j + s2 + 1, w: "n't", unit: -1}, 0)
	return toks, j + s2 + 1, true
}

// apostrophe reads what an apostrophe at text[i:j] starts right after a word:
// a clitic ('s 're 've 'll 'd) or, alone, a plural possessive ("the
// countries' leaders"), appended to toks. ok is false when it is neither,
// and the apostrophe is a quotation mark.
func (c *coder) apostrophe(toks []token, i, j, end int) (_ []token, next int, ok bool) {
	text := c.text
	k := j
	for k < end && k-j < 3 && isWordRune(rune(text[k])) && text[k] < utf8.RuneSelf {
		k++
	}
	after := len(toks) > 0 && !toks[len(toks)-1].punct && toks[len(toks)-1].e == i
	if cl := clitic(text[j:k]); after && cl != "" && (k >= end || !isWordRune(rune(text[k]))) {
		return c.add(toks, token{s: i, e: k, w: cl, unit: -1}, 0), k, true
	}
	if after && k == j {
		return c.add(toks, token{s: i, e: j, w: "'s", unit: -1}, 0), j, true
	}
	return toks, i, false
}

// punct appends the punctuation mark r (size bytes) at text[i:] to toks,
// with dashes read as "-", double quotation marks as "\"" and "--" as one
// mark, and returns the index after it.
func (c *coder) punct(toks []token, i, end int, r rune, size int) ([]token, int) {
	text := c.text
	w := text[i : i+size]
	switch r {
	case '\u2013', '\u2014', '\u2012', '\u2010', '\u2011':
		w = "-"
	case '\u201c', '\u201d', '\u00ab', '\u00bb', '\u201e':
		w = "\""
	}
	if r == '-' && i+1 < end && text[i+1] == '-' {
		w = "--"
		size = 2
	}
	return c.add(toks, token{s: i, e: i + size, w: w, punct: true, unit: -1}, 0), i + size
}
