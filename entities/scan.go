package entities

import (
	"unicode"
	"unicode/utf8"

	"github.com/diplomacy-go/diplomacy/internal/text"
)

// Per-token flags of scanBufs.tf, set by tokenize.
const (
	tCap   uint8 = 1 << iota // starts with an upper-case letter (Token.IsCap)
	tWord                    // a word or number (Token.IsWord)
	tCount                   // a word with a letter that counts for the case of its line
	tUpper                   // every letter is upper case (Token.IsUpper)
	tNL                      // a line break stands before the token
	tOpens                   // one of . ! ? : ; " ( - that may end a sentence or open one
)

// Byte classes of tokenize, as text.Tokenize splits ASCII; 0 is any
// other ASCII byte, a token of its own.
const (
	cSpace uint8 = 1 << iota
	cWord        // ASCII letter or digit
	cUp          // ASCII upper-case letter
	cLo          // ASCII lower-case letter
	cHigh        // a byte of a multi-byte rune
)

var byteClass = func() (c [256]uint8) {
	for b := range c {
		switch {
		case b >= utf8.RuneSelf:
			c[b] = cHigh
		case b == ' ' || b == '\n' || b == '\t' || b == '\r':
			c[b] = cSpace
		case b >= 'a' && b <= 'z':
			c[b] = cWord | cLo
		case b >= 'A' && b <= 'Z':
			c[b] = cWord | cUp
		case b >= '0' && b <= '9':
			c[b] = cWord
		}
	}
	return c
}()

// tokenize splits the folded text f into tokens exactly as text.Tokenize
// does and, in the same pass, fills each token's lower-case form, its id in
// the vocabulary and its flags. ASCII tokens with capitals are lower-cased
// into one shared buffer that becomes one string for the whole text.
func (sc *scan) tokenize(f string) {
	b := sc.bufs
	r := sc.r
	toks, lower, ids, tf := b.toks[:0], b.lower[:0], b.ids[:0], b.tf[:0]
	lb, pend := b.lbuf[:0], b.pend[:0]
	// Size the token arrays once from the text (about one token per five
	// bytes of news text) rather than by doubling on long documents.
	if n := len(f)/5 + 16; cap(toks) < n {
		toks = make([]span32, 0, n)
		lower = make([]string, 0, n)
		ids = make([]int32, 0, n)
		tf = make([]uint8, 0, n)
		// Capitalized words, a fifth of the tokens or so, are lower-cased
		// into lb, their index and offset going to pend.
		lb = make([]byte, 0, len(f)/4)
		pend = make([]int32, 0, n/2)
	}
	nl := uint8(0)
	for i := 0; i < len(f); {
		c := f[i]
		if c < utf8.RuneSelf {
			switch byteClass[c] {
			case cSpace:
				if c == '\n' {
					nl = tNL
				}
				i++
				continue
			case 0:
				s := f[i : i+1]
				toks = append(toks, span32{int32(i), int32(i + 1)})
				lower = append(lower, s)
				ids = append(ids, r.byteIDs[c])
				tf = append(tf, nl|opens[c])
				nl = 0
				i++
				continue
			}
			// An ASCII word, unless a non-ASCII letter continues it.
			acc := uint8(0)
			j := i
			for ; j < len(f); j++ {
				k := byteClass[f[j]]
				if k&cWord == 0 {
					break
				}
				acc |= k
			}
			up, lo := acc&cUp != 0, acc&cLo != 0
			if j < len(f) && f[j] >= utf8.RuneSelf {
				if r, _ := utf8.DecodeRuneInString(f[j:]); text.IsWordRune(r) {
					toks, lower, ids, tf = sc.slowWord(f, i, j, nl, toks, lower, ids, tf)
					nl = 0
					i = int(toks[len(toks)-1].end)
					continue
				}
			}
			s := f[i:j]
			var fl uint8
			switch {
			case c >= 'A' && c <= 'Z':
				fl = tCap | tWord | tCount
			case c >= 'a' && c <= 'z':
				fl = tWord | tCount
			default:
				fl = tWord
			}
			if !lo && fl&tCount != 0 {
				fl |= tUpper
			}
			toks = append(toks, span32{int32(i), int32(j)})
			tf = append(tf, fl|nl)
			nl = 0
			if !up {
				lower = append(lower, s)
				if len(s) == 1 {
					ids = append(ids, r.byteIDs[c])
				} else {
					ids = append(ids, r.tokenIDHash(s, lowerWordHash(f, i, j)))
				}
			} else {
				o := len(lb)
				for k := i; k < j; k++ {
					lb = append(lb, f[k]|0x20) // lower-cases letters, keeps digits
				}
				lw := lb[o:]
				lower = append(lower, "")
				if len(lw) == 1 {
					ids = append(ids, r.byteIDs[lw[0]])
				} else {
					ids = append(ids, r.tokenIDBytes(lw, lowerWordHash(f, i, j)))
				}
				pend = append(pend, int32(len(toks)-1), int32(o))
			}
			i = j
			continue
		}
		ru, size := utf8.DecodeRuneInString(f[i:])
		switch {
		case unicode.IsSpace(ru):
			i += size
		case text.IsWordRune(ru):
			toks, lower, ids, tf = sc.slowWord(f, i, i+size, nl, toks, lower, ids, tf)
			nl = 0
			i = int(toks[len(toks)-1].end)
		default:
			s := f[i : i+size]
			toks = append(toks, span32{int32(i), int32(i + size)})
			lower = append(lower, text.Lower(s))
			ids = append(ids, r.tokenID(lower[len(lower)-1]))
			tf = append(tf, nl)
			nl = 0
			i += size
		}
	}
	if len(pend) > 0 {
		ls := string(lb)
		for k := 0; k < len(pend); k += 2 {
			t, o := pend[k], int(pend[k+1])
			lower[t] = ls[o : o+int(toks[t].end-toks[t].start)]
		}
	}
	kf := b.kf[:0]
	if cap(kf) < len(ids) {
		kf = make([]uint8, 0, cap(ids))
	}
	for _, id := range ids {
		k := uint8(0)
		if id >= 0 {
			k = r.tokFlags[id]
		}
		kf = append(kf, k)
	}
	b.toks, b.lower, b.ids, b.tf, b.kf, b.lbuf, b.pend = toks, lower, ids, tf, kf, lb, pend
	sc.toks, sc.lower, sc.ids = toks, lower, ids
}

// span32 is a token's byte range in the folded text. The tokens of a
// long document are many: 8 bytes without pointers each, rather than a
// text.Token's 32 with its string, keep them compact and out of the
// collector's scan.
type span32 struct{ start, end int32 }

// tok returns token i as a text.Token.
func (sc *scan) tok(i int) text.Token {
	t := sc.toks[i]
	return text.Token{Start: int(t.start), End: int(t.end), Text: sc.v.Fold[t.start:t.end]}
}

// opens marks the bytes after which a token starts a sentence.
var opens = func() (o [utf8.RuneSelf]uint8) {
	for _, c := range ".!?:;\"(-" {
		o[c] = tOpens
	}
	return o
}()

// lowerWordHash is vhash of the lower-case form of f[i:j], a run of ASCII
// letters and digits: setting bit 0x20 lower-cases a letter and keeps a
// digit.
func lowerWordHash(f string, i, j int) uint32 {
	const lowerBits = 0x2020202020202020
	n := j - i
	var a, b uint64
	switch {
	case n >= 8:
		a = le64(f[i:]) | lowerBits
		b = le64(f[j-8:]) | lowerBits
	case i+8 <= len(f):
		m := uint64(1)<<(8*n) - 1
		a = (le64(f[i:]) | lowerBits) & m
	default:
		for k := n - 1; k >= 0; k-- {
			a = a<<8 | uint64(f[i+k]|0x20)
		}
	}
	return mixHash(a, b, n)
}

// le64 reads the first eight bytes of s, little-endian.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// vhash hashes a token for the vocabulary table from its first and last
// eight bytes and its length.
func vhash(s string) uint32 {
	n := len(s)
	var a, b uint64
	if n >= 8 {
		a, b = le64(s), le64(s[n-8:])
	} else {
		for k := n - 1; k >= 0; k-- {
			a = a<<8 | uint64(s[k])
		}
	}
	return mixHash(a, b, n)
}

func mixHash(a, b uint64, n int) uint32 {
	h := (a ^ (b<<31 | b>>33) ^ uint64(n)<<56) * 0x9E3779B97F4A7C15
	h ^= h >> 29
	h *= 0xBF58476D1CE4E5B9
	return uint32(h >> 32)
}

// slowWord appends the word token that starts at i and holds non-ASCII
// runes from j on, with the flags the Token methods give.
func (sc *scan) slowWord(f string, i, j int, nl uint8, toks []span32, lower []string, ids []int32, tf []uint8) ([]span32, []string, []int32, []uint8) {
	j = text.WordEnd(f, j)
	t := text.Token{Start: i, End: j, Text: f[i:j]}
	fl := nl | tWord
	if t.IsCap() {
		fl |= tCap
	}
	if c := t.Text[0]; (c >= utf8.RuneSelf || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') && hasLetter(t.Text) {
		fl |= tCount
		if t.IsUpper() {
			fl |= tUpper
		}
	}
	l := text.Lower(t.Text)
	return append(toks, span32{int32(i), int32(j)}), append(lower, l), append(ids, sc.r.tokenID(l)), append(tf, fl)
}
