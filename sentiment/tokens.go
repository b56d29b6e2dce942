package sentiment

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	itext "github.com/diplomacy-go/diplomacy/internal/text"
)

type tokKind uint8

const (
	tokWord  tokKind = iota + 1 // letters and digits, or a clitic such as 's and n't
	tokPunct                    // one punctuation character
)

// token is a word or a punctuation mark with its byte offsets. It holds no
// pointer: its norm (lower case; clitics as "'s" and "n't") is read through
// the tokens it belongs to.
type token struct {
	start, end int
	x          int32 // the norm: 0 low[start:end], > 0 constNorms[x], < 0 extra[-x-1]
	kind       tokKind
	hyphen     bool // joined to the previous word by a hyphen ("Russian-backed")
	upper      bool // starts with an upper-case letter
	boundary   bool // a punctuation mark that ends a clause (isBoundary)
}

// tokens is a tokenized text: its tokens and the strings their norms are
// cut from.
type tokens struct {
	toks  []token
	low   string   // text.LowerASCII of the text: the norms of most tokens
	extra []string // the other norms that are not constants
}

// The norms that are not slices of the lower-cased text.
var constNorms = [...]string{"", "-", "—", "'", "\"", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "'t"}

// constNorm returns the index of norm in constNorms, or 0.
func constNorm(norm string) int32 {
	for k, c := range constNorms {
		if k > 0 && c == norm {
			return int32(k)
		}
	}
	return 0
}

// normAt returns the norm of token k.
func (tt *tokens) normAt(k int) string { return tt.normOf(&tt.toks[k]) }

// normOf returns the norm of t, one of tt's tokens.
func (tt *tokens) normOf(t *token) string {
	switch {
	case t.x == 0:
		return tt.low[t.start:t.end]
	case t.x > 0:
		return constNorms[t.x]
	}
	return tt.extra[-t.x-1]
}

// setNorm makes norm the norm of t, whose offsets are set.
func (tt *tokens) setNorm(t *token, norm string) {
	switch {
	case t.end <= len(tt.low) && tt.low[t.start:t.end] == norm:
		t.x = 0
	case constNorm(norm) > 0:
		t.x = constNorm(norm)
	default:
		tt.extra = append(tt.extra, norm)
		t.x = -int32(len(tt.extra))
	}
}

// reset empties tt for the text whose text.LowerASCII is low.
func (tt *tokens) reset(low string) {
	clear(tt.extra)
	tt.toks, tt.low, tt.extra = tt.toks[:0], low, tt.extra[:0]
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// ASCII byte classes for the tokenizer's fast path.
const (
	asciiPunct uint8 = iota
	asciiSpace
	asciiWord
)

var asciiClass = func() (c [128]uint8) {
	for b := range c {
		switch r := rune(b); {
		case unicode.IsSpace(r):
			c[b] = asciiSpace
		case isWordRune(r):
			c[b] = asciiWord
		}
	}
	return c
}()

// asciiPunctTok is the punctuation token of each ASCII character.
var asciiPunctTok = func() (t [utf8.RuneSelf]token) {
	for c := range t {
		t[c] = punctToken(rune(c), string(rune(c)))
	}
	return t
}()

// punctToken is the token of the punctuation character r written raw, with
// the offsets 0 and len(raw).
func punctToken(r rune, raw string) token {
	norm := punctNorm(r, raw)
	return token{end: len(raw), x: constNorm(norm), kind: tokPunct, boundary: isBoundaryNorm(norm)}
}

// tokenize splits s into words and punctuation. Offsets are into s.
func tokenize(s string) *tokens {
	tt := &tokens{toks: make([]token, 0, len(s)/5+1)}
	tt.reset(itext.LowerASCII(s))
	appendTokens(tt, s)
	return tt
}

// appendTokens appends the tokens of s to tt.toks; tt.low is itext.LowerASCII(s):
// the norms of ASCII words are slices of it, so that no word allocates.
func appendTokens(tt *tokens, s string) {
	toks := tt.toks // a local, not captured by a closure: kept in registers
	low := tt.low
	first := len(toks)
	i := 0
	for i < len(s) {
		c := s[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case asciiSpace:
				i++
				continue
			case asciiPunct:
				t := asciiPunctTok[c]
				t.start, t.end = i, i+1
				toks = append(toks, t)
				i++
				continue
			}
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && size <= 1:
				i++
				continue
			case unicode.IsSpace(r):
				i += size
				continue
			case !isWordRune(r):
				// a raw norm is low[i:i+size]: text.LowerASCII keeps multi-byte characters
				t := punctToken(r, s[i:i+size])
				t.start, t.end = i, i+size
				toks = append(toks, t)
				i += size
				continue
			}
		}
		// a word: letters, digits and combining marks
		j := i + size
		ascii := size == 1
		for j < len(s) {
			// eight bytes at a time while all are ASCII letters or digits
			for j+8 <= len(low) {
				stop := nonWordBytes(load64(low, j))
				if stop != 0 {
					j += bits.TrailingZeros64(stop) >> 3
					break
				}
				j += 8
			}
			if j >= len(s) {
				break
			}
			if b := s[j]; b < utf8.RuneSelf {
				if asciiClass[b] != asciiWord {
					break
				}
				j++
				continue
			}
			r2, sz := utf8.DecodeRuneInString(s[j:])
			if !isWordRune(r2) {
				break
			}
			ascii = false
			j += sz
		}
		var x int32
		if !ascii {
			if norm := strings.ToLower(s[i:j]); norm != low[i:j] {
				tt.extra = append(tt.extra, norm)
				x = -int32(len(tt.extra))
			}
		}
		upper := false
		if size == 1 {
			upper = c >= 'A' && c <= 'Z'
		} else {
			upper = unicode.IsUpper(r)
		}
		// a word right after a hyphen that is right after a token:
		// "Russian-backed"
		hyphen := false
		if n := len(toks); i > 0 && (s[i-1] == '-' || s[i-1] >= utf8.RuneSelf) && n-2 >= first {
			if h := &toks[n-1]; h.end == i && h.kind == tokPunct && h.x == normHyphen && toks[n-2].end == h.start {
				hyphen = true
			}
		}
		toks = append(toks, token{start: i, end: j, x: x, kind: tokWord, upper: upper, hyphen: hyphen})
		i = j
		// clitics: 's, n't, 're ... after an apostrophe followed by letters
		if i < len(s) && (s[i] == '\'' || s[i] >= utf8.RuneSelf) {
			toks, i = tt.appendClitic(toks, s, i)
		}
	}
	tt.toks = toks
}

// appendClitic reads the clitic that may follow the word token that ends
// toks at s[i:], an apostrophe or a multi-byte character: 's, n't, 're ...
// and the plural possessive "allies'". It returns toks and the position
// after what it read. It is kept out of appendTokens, whose loop is hot.
func (tt *tokens) appendClitic(toks []token, s string, i int) ([]token, int) {
	low := tt.low
	r2, sz := rune(s[i]), 1
	if r2 >= utf8.RuneSelf {
		r2, sz = utf8.DecodeRuneInString(s[i:])
	}
	if isApostrophe(r2) {
		k := i + sz
		sascii := true
		for k < len(s) {
			if b := s[k]; b < utf8.RuneSelf {
				if asciiClass[b] != asciiWord {
					break
				}
				k++
				continue
			}
			r3, sz3 := utf8.DecodeRuneInString(s[k:])
			if !isWordRune(r3) {
				break
			}
			sascii = false
			k += sz3
		}
		last := &toks[len(toks)-1]
		if k > i+sz {
			var suffix string
			if sascii {
				suffix = low[i+sz : k]
			} else {
				suffix = strings.ToLower(s[i+sz : k])
			}
			lastNorm := tt.normOf(last)
			if suffix == "t" && lastNorm == "n" {
				*last = token{start: last.start, end: k, x: normNT, kind: tokWord, hyphen: last.hyphen}
			} else if suffix == "t" && strings.HasSuffix(lastNorm, "n") {
				// "don't": split "do" + "n't"
				last.end--
				if last.x != 0 {
					tt.setNorm(last, lastNorm[:len(lastNorm)-1])
				}
				toks = append(toks, token{start: last.end, end: k, x: normNT, kind: tokWord})
			} else {
				t := token{start: i, end: k, kind: tokWord}
				tt.setNorm(&t, clitic(suffix, low[i:k], sz == 1 && sascii))
				toks = append(toks, t)
			}
			i = k
		} else if k == i+sz && len(toks) > 0 && strings.HasSuffix(tt.normOf(last), "s") {
			// plural possessive "allies'"
			toks = append(toks, token{start: i, end: k, x: normS, kind: tokWord})
			i = k
		}
	}
	return toks, i
}

// load64 returns the eight bytes of s from i as a little-endian number.
func load64(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// nonWordBytes returns the high bit of each byte of x that is not an ASCII
// lower-case letter or digit: the bytes of a lower-cased text (see
// text.LowerASCII) that end an ASCII stretch of a word. Each byte's high bit
// being cleared first, no sum carries into the next byte.
func nonWordBytes(x uint64) uint64 {
	const hi = 0x8080808080808080
	const lo = 0x0101010101010101
	h := x &^ hi
	digit := (h + lo*(0x80-'0')) &^ (h + lo*(0x80-'9'-1))
	letter := (h + lo*(0x80-'a')) &^ (h + lo*(0x80-'z'-1))
	return ^(digit|letter)&hi | x&hi
}

// mayHoldWord reports whether a token of a text whose text.LowerASCII is low
// may have the norm w, a non-empty word of ASCII lower-case letters. It is
// false when every occurrence of w in low has an ASCII letter or digit
// right before it (no word token starts there) or right after it (the word
// goes on), save an "n" after it, which may be the n of a split "n't". Only
// a word token whose norm is a slice of low can have such a norm: other
// norms hold a non-ASCII letter or an apostrophe.
func mayHoldWord(low, w string) bool {
	for i := 0; ; {
		k := strings.Index(low[i:], w)
		if k < 0 {
			return false
		}
		p, e := i+k, i+k+len(w)
		before := p > 0 && low[p-1] < utf8.RuneSelf && asciiClass[low[p-1]] == asciiWord
		after := e < len(low) && low[e] < utf8.RuneSelf && asciiClass[low[e]] == asciiWord && low[e] != 'n'
		if !before && !after {
			return true
		}
		i = p + 1
	}
}

// Indices of constNorms.
const (
	normHyphen = 1
	normNT     = 6
	normS      = 5
	normQuote  = 4
)

// clitic returns "'" + suffix without allocating in the common cases; raw is
// the lower-cased clitic as written, usable when its apostrophe is ASCII.
func clitic(suffix, raw string, rawOK bool) string {
	switch suffix {
	case "s":
		return "'s"
	case "re":
		return "'re"
	case "ve":
		return "'ve"
	case "ll":
		return "'ll"
	case "d":
		return "'d"
	case "m":
		return "'m"
	case "t":
		return "'t"
	}
	if rawOK {
		return raw
	}
	return "'" + suffix
}

func punctNorm(r rune, raw string) string {
	switch {
	case isHyphen(r):
		return "-"
	case r == '—' || r == '–' || r == '―':
		return "—"
	case isApostrophe(r) || r == '‘' || r == '`':
		return "'"
	case r == '"' || r == '“' || r == '”' || r == '«' || r == '»' || r == '„':
		return "\""
	}
	return raw
}

// isBoundary reports whether a punctuation token ends a clause for the
// purposes of negation scope and of attaching a term to an actor.
func (t *token) isBoundary() bool { return t.boundary }

// isBoundaryNorm reports whether a punctuation mark of this norm ends a clause.
func isBoundaryNorm(norm string) bool {
	switch norm {
	case ",", ";", ":", "—", "(", ")", "!", "?", "[", "]", "…":
		return true
	}
	return false
}
