package timex

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	kWord  uint8 = iota // ASCII letters only
	kNum                // ASCII digits only
	kAlnum              // ASCII letters and digits mixed ("1990s", "28th", "Q3")
	kOther              // a run containing non-ASCII letters or digits
	kPunct              // one punctuation or symbol character
)

// tok is one token of the input with its byte offsets (32 bytes). What
// the rules know about its word is parser.infos[id] (see parser.info).
type tok struct {
	s          string // lower-cased text; punctuation normalized ("’" → "'", "–" → "-")
	start, end int32  // byte offsets into the original text
	id         uint16 // the word's id in the word table when s is one of its words; 0 otherwise
	kind       uint8
	cap        bool // starts with an upper-case letter
	space      bool // whitespace precedes the token
	nl         bool // a line break precedes the token
	abbr       bool // an abbreviation that a following "." does not end a sentence after
	cand       bool // an expression may start here: a number, a word with digits, a trigger word or "'"
}

// num is the value of a kNum token of at most 9 digits, else -1.
func (t *tok) num() int32 {
	if t.kind != kNum || len(t.s) > 9 {
		return -1
	}
	var n int32
	for k := 0; k < len(t.s); k++ {
		n = n*10 + int32(t.s[k]-'0')
	}
	return n
}

// Byte flags of the tokenizer (bytes >= utf8.RuneSelf have none).
const (
	fLower uint8 = 1 << iota
	fUpper
	fDigit
	fSpace
	fNewline
	fPunct

	fAlnum = fLower | fUpper | fDigit
)

// byteFlags classifies the bytes of the text.
var byteFlags = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			t[c] = fSpace
		case c == '\n':
			t[c] = fNewline
		case 'a' <= c && c <= 'z':
			t[c] = fLower
		case 'A' <= c && c <= 'Z':
			t[c] = fUpper
		case '0' <= c && c <= '9':
			t[c] = fDigit
		default:
			t[c] = fPunct
		}
	}
	return t
}()

// punctStr holds the one-byte strings of ASCII punctuation, so that
// punctuation tokens share them instead of pointing into the text.
const punctStr = "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f" +
	"\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f" +
	" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\x7f"

// tokenize splits text into tokens, appending them to toks[:0], and the
// indices of the tokens whose cand is set to cands[:0]; it never fails and
// all offsets are valid. The lower-cased forms of words that no table holds
// go to the arena a.
func tokenize(toks []tok, cands []int32, text string, a *arena) ([]tok, []int32) {
	toks, cands = toks[:0], cands[:0]
	if want := len(text)/4 + 8; cap(toks) < want {
		toks = make([]tok, 0, want)
	}
	if want := len(text)/16 + 8; cap(cands) < want {
		cands = make([]int32, 0, want) // news text has a candidate every 25 bytes or so
	}
	z := tokenizer{space: true, nl: true}
	return z.next(toks, cands, text, a, math.MaxInt)
}

// tokenizer splits a text into tokens a run at a time (see next): pos is
// where the next run starts, space and nl what precedes it.
type tokenizer struct {
	pos       int
	space, nl bool
}

// next appends the tokens of text from z.pos to toks, and the indices in
// toks of those whose cand is set to cands, until toks holds max tokens or
// the text ends; the tokens are those tokenize finds there.
func (z *tokenizer) next(toks []tok, cands []int32, text string, a *arena, limit int) ([]tok, []int32) {
	words := wordTable()
	space, nl := z.space, z.nl
	i := z.pos
	for i < len(text) && len(toks) < limit {
		c := text[i]
		f := byteFlags[c]
		switch {
		case f&fSpace != 0:
			space = true
			i++
			continue
		case f&fNewline != 0:
			space, nl = true, true
			i++
			continue
		case f&fPunct != 0:
			toks = append(toks, tok{})
			t := &toks[len(toks)-1]
			t.s, t.start, t.end = punctStr[c:c+1], int32(i), int32(i+1)
			t.kind, t.space, t.nl, t.cand = kPunct, space, nl, c == '\''
			if t.cand {
				cands = append(cands, int32(len(toks)-1))
			}
			space, nl = false, false
			i++
			continue
		case f != 0:
			// An ASCII letter or digit: scan the ASCII run.
			acc := f
			j := i + 1
			for j < len(text) {
				g := byteFlags[text[j]]
				if g&fAlnum == 0 {
					break
				}
				acc |= g
				j++
			}
			if j < len(text) && text[j] >= utf8.RuneSelf {
				// The run may go on with a non-ASCII letter: the general path.
				if r, size := utf8.DecodeRuneInString(text[j:]); !(r == utf8.RuneError && size <= 1) && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)) {
					k, kind := scanWord(text, i)
					toks = append(toks, makeWordTok(text, i, k, kind, space, nl, a))
					if toks[len(toks)-1].cand {
						cands = append(cands, int32(len(toks)-1))
					}
					space, nl = false, false
					i = k
					continue
				}
			}
			// Fill the new token in place: a composite literal is built on
			// the stack and copied, a copy that stalls on its own stores.
			toks = append(toks, tok{})
			t := &toks[len(toks)-1]
			t.s, t.start, t.end = text[i:j], int32(i), int32(j)
			t.space, t.nl, t.cand = space, nl, true
			words.fill(t, acc, a)
			if t.cand {
				cands = append(cands, int32(len(toks)-1))
			}
			space, nl = false, false
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			toks = append(toks, tok{s: "?", start: int32(i), end: int32(i + 1), kind: kPunct, space: space, nl: nl})
			i++
		case unicode.IsSpace(r):
			space = true
			if r == '\u2028' || r == '\u2029' || r == '\u0085' {
				nl = true
			}
			i += size
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j, kind := scanWord(text, i)
			toks = append(toks, makeWordTok(text, i, j, kind, space, nl, a))
			if toks[len(toks)-1].cand {
				cands = append(cands, int32(len(toks)-1))
			}
			i = j
		default:
			ps := normPunct(r, text[i:i+size])
			toks = append(toks, tok{s: ps, start: int32(i), end: int32(i + size), kind: kPunct, space: space, nl: nl, cand: ps == "'"})
			if ps == "'" {
				cands = append(cands, int32(len(toks)-1))
			}
			i += size
		}
		space, nl = false, false
	}
	z.pos, z.space, z.nl = i, space, nl
	return toks, cands
}

// scanWord returns the end of the letter/digit run starting at i and its kind.
func scanWord(text string, i int) (int, uint8) {
	letters, digits, other := false, false, false
	j := i
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
				letters = true
			case '0' <= c && c <= '9':
				digits = true
			default:
				goto done
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if r == utf8.RuneError && size <= 1 || !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)) {
			break
		}
		other = true
		j += size
	}
done:
	switch {
	case other:
		return j, kOther
	case letters && digits:
		return j, kAlnum
	case digits:
		return j, kNum
	default:
		return j, kWord
	}
}

// makeWordTok makes the token of the word text[i:j] of the given kind.
func makeWordTok(text string, i, j int, kind uint8, space, nl bool, a *arena) tok {
	if kind == kOther {
		raw := text[i:j]
		r, _ := utf8.DecodeRuneInString(raw)
		return tok{s: raw, start: int32(i), end: int32(j), kind: kind, space: space, nl: nl, cap: unicode.IsUpper(r)}
	}
	var acc uint8
	for k := i; k < j; k++ {
		acc |= byteFlags[text[k]]
	}
	t := tok{s: text[i:j], start: int32(i), end: int32(j), space: space, nl: nl, cand: true}
	wordTable().fill(&t, acc, a)
	return t
}

// fill completes the token t of an ASCII letter/digit run whose text,
// offsets and spacing are set (and cand true), given its byte flags acc;
// a lower-cased form that no table holds goes to the arena a.
func (wt *wordTab) fill(t *tok, acc uint8, a *arena) {
	raw := t.s
	if acc&(fLower|fUpper) == 0 {
		t.kind = kNum
		return
	}
	t.cap = acc&fUpper != 0 && 'A' <= raw[0] && raw[0] <= 'Z'
	e := wt.find(raw)
	if acc&fDigit != 0 {
		// "FY1998", "Q3", "5PM": the lower-case form, known or not.
		t.kind = kAlnum
		if e != nil {
			t.s, t.id = e.key, e.id
		} else if acc&fUpper != 0 {
			t.s = a.lower(raw)
		}
		return
	}
	// t.kind is kWord. Capitalized words the rules never compare against
	// keep their case: no rule can match them anyway.
	if e != nil && (acc&fUpper == 0 || e.vocab) {
		t.s, t.abbr, t.id, t.cand = e.key, e.abbrev, e.id, e.cand
	} else {
		t.cand = false
	}
}

// normPunct maps typographic variants to their ASCII counterparts.
func normPunct(r rune, raw string) string {
	switch r {
	case '\u2018', '\u2019', '\u201b', '\u2032', '`', '\u00b4':
		return "'"
	case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb':
		return "\""
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
		return "-"
	}
	return raw
}

// wordEntry is what the tokenizer knows of one lower-case ASCII word.
type wordEntry struct {
	key    string
	id     uint16    // 1, 2, … (index into wordTab.entries)
	info   *wordInfo // infos()[key] for keys of at most maxInfoLen bytes
	vocab  bool      // a word the rules compare against (vocab)
	abbrev bool      // abbrev[key]
	cand   bool      // a trigger word (see tok.cand)
}

// wordTab is an open-addressing hash table of the words the rules know,
// keyed by their lower-case form; it replaces a map lookup per token.
type wordTab struct {
	slots   []uint16 // power-of-two length; an id, or 0 for an empty slot
	mask    uint32
	entries []wordEntry // by id; entries[0] is unused
	infos   []*wordInfo // entries[id].info by id (nil for 0)
	// filter has, for each length and folded first byte of a key, a bit
	// for its folded last byte: most words of a text are not in the table
	// and fail this test without hashing.
	filter [maxKeyLen + 1][32]uint32
}

// maxKeyLen bounds the length of the words the table holds.
const maxKeyLen = 24

// wordTable is built once from infos, vocab and abbrev.
var wordTable = onceValue(func() *wordTab {
	keys := map[string]bool{}
	for w := range infos() {
		keys[w] = true
	}
	for w := range vocab() {
		keys[w] = true
	}
	for w := range abbrev {
		keys[w] = true
	}
	for _, w := range strings.Fields(weakFollowers) {
		keys[w] = true // not vocab: capitalized, they keep their case
	}
	sorted := make([]string, 0, len(keys))
	for w := range keys {
		sorted = append(sorted, w)
	}
	slices.Sort(sorted) // deterministic ids
	size := 1
	for size < 8*len(keys) {
		size *= 2
	}
	wt := &wordTab{slots: make([]uint16, size), mask: uint32(size - 1), entries: make([]wordEntry, 1, len(sorted)+1)}
	for _, w := range sorted {
		if !asciiAlnumLower(w) || len(w) > maxKeyLen {
			continue // no token can hold it (tokens split at "-", "'" …)
		}
		e := wordEntry{key: w, id: uint16(len(wt.entries)), abbrev: abbrev[w]}
		if len(w) <= maxInfoLen {
			e.info = infos()[w]
		}
		e.cand = e.info != nil && e.info.trigger
		if len(w) <= maxVocabLen {
			_, e.vocab = vocab()[w]
		}
		wt.entries = append(wt.entries, e)
		wt.filter[len(w)][w[0]&31] |= 1 << (w[len(w)-1] & 31)
		for x := wordHash(w) & wt.mask; ; x = (x + 1) & wt.mask {
			if wt.slots[x] == 0 {
				wt.slots[x] = e.id
				break
			}
		}
	}
	wt.infos = make([]*wordInfo, len(wt.entries))
	for id, e := range wt.entries {
		wt.infos[id] = e.info
	}
	return wt
})

// maxVocabLen bounds the length of the capitalized words lower-cased through vocab.
const maxVocabLen = 24

func asciiAlnumLower(w string) bool {
	if w == "" {
		return false
	}
	for k := 0; k < len(w); k++ {
		if c := w[k]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// find returns the entry of the ASCII letter/digit word raw (any case), or nil.
func (wt *wordTab) find(raw string) *wordEntry {
	n := len(raw)
	if n == 0 || n > maxKeyLen {
		return nil
	}
	// (raw is ASCII letters and digits: &31 folds the case of letters.)
	if wt.filter[n][raw[0]&31]&(1<<(raw[n-1]&31)) == 0 {
		return nil
	}
	for x := wordHash(raw) & wt.mask; ; x = (x + 1) & wt.mask {
		id := wt.slots[x]
		if id == 0 {
			return nil
		}
		if e := &wt.entries[id]; len(e.key) == n && eqFoldASCII(raw, e.key) {
			return e
		}
	}
}

// wordHash hashes the lower-case form of the non-empty ASCII letter/digit
// word w from its length and three of its bytes (the table resolves the
// collisions).
func wordHash(w string) uint32 {
	n := len(w)
	h := uint32(w[0]|0x20) | uint32(w[n-1]|0x20)<<8 | uint32(w[n/2]|0x20)<<16 | uint32(n)<<24
	h *= 0x9e3779b1
	return h ^ h>>15
}

// lookup returns the entry of the lower-case word w, or nil.
func (wt *wordTab) lookup(w string) *wordEntry {
	if !asciiAlnumLower(w) {
		return nil
	}
	return wt.find(w)
}

// eqFoldASCII reports whether the ASCII letter/digit word raw lower-cases to key.
func eqFoldASCII(raw, key string) bool {
	for k := 0; k < len(raw); k++ {
		if raw[k]|0x20 != key[k] {
			return false
		}
	}
	return true
}
