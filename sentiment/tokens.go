package sentiment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tokWord  tokKind = iota + 1 // letters and digits, or a clitic such as 's and n't
	tokPunct                    // one punctuation character
)

// token is a word or a punctuation mark with its byte offsets.
type token struct {
	start, end int
	norm       string // lower case; clitics as "'s" and "n't"
	kind       tokKind
	hyphen     bool // joined to the previous word by a hyphen ("Russian-backed")
	upper      bool // starts with an upper-case letter
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

// asciiLower returns s with the ASCII letters A-Z lower-cased; it is s itself
// when there is none. It has the length of s, so a word s[i:j] of ASCII
// letters has the lower-case form asciiLower(s)[i:j].
func asciiLower(s string) string {
	k := 0
	for k < len(s) && (s[k] < 'A' || s[k] > 'Z') {
		k++
	}
	if k == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:k])
	var buf [512]byte
	for k < len(s) {
		n := copy(buf[:], s[k:])
		for i, c := range buf[:n] {
			buf[i] = c + lowerDelta[c]
		}
		b.Write(buf[:n])
		k += n
	}
	return b.String()
}

// lowerDelta maps an ASCII upper-case letter to its lower-case distance.
var lowerDelta = func() (t [256]byte) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = 'a' - 'A'
	}
	return t
}()

// asciiPunctNorm is punctNorm for the ASCII characters.
var asciiPunctNorm = func() (t [utf8.RuneSelf]string) {
	for c := range t {
		t[c] = punctNorm(rune(c), string(rune(c)))
	}
	return t
}()

// tokenize splits s into words and punctuation. Offsets are into s.
func tokenize(s string) []token {
	return appendTokens(make([]token, 0, len(s)/5+1), s, asciiLower(s))
}

// appendTokens appends the tokens of s to dst. low is asciiLower(s): the
// norms of ASCII words are slices of it, so that no word allocates.
func appendTokens(dst []token, s, low string) []token {
	toks := dst
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
				toks = append(toks, token{start: i, end: i + 1, kind: tokPunct, norm: asciiPunctNorm[c]})
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
				toks = append(toks, token{start: i, end: i + size, kind: tokPunct, norm: punctNorm(r, s[i:i+size])})
				i += size
				continue
			}
		}
		// a word: letters, digits and combining marks
		j := i + size
		ascii := size == 1
		for j < len(s) {
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
		norm := low[i:j]
		if !ascii {
			norm = strings.ToLower(s[i:j])
		}
		upper := false
		if size == 1 {
			upper = c >= 'A' && c <= 'Z'
		} else {
			upper = unicode.IsUpper(r)
		}
		toks = append(toks, token{start: i, end: j, norm: norm, kind: tokWord, upper: upper})
		i = j
		// clitics: 's, n't, 're ... after an apostrophe followed by letters
		if i < len(s) {
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
					if suffix == "t" && last.norm == "n" {
						*last = token{start: last.start, end: k, norm: "n't", kind: tokWord}
					} else if suffix == "t" && strings.HasSuffix(last.norm, "n") {
						// "don't": split "do" + "n't"
						last.end--
						last.norm = last.norm[:len(last.norm)-1]
						toks = append(toks, token{start: last.end, end: k, norm: "n't", kind: tokWord})
					} else {
						toks = append(toks, token{start: i, end: k, norm: clitic(suffix, low[i:k], sz == 1 && sascii), kind: tokWord})
					}
					i = k
				} else if k == i+sz && len(toks) > 0 && strings.HasSuffix(last.norm, "s") {
					// plural possessive "allies'"
					toks = append(toks, token{start: i, end: k, norm: "'s", kind: tokWord})
					i = k
				}
			}
		}
	}
	// mark words joined by hyphens and drop nothing: the hyphen stays a token
	for k := first + 1; k+1 < len(toks); k++ {
		if toks[k].kind == tokPunct && toks[k].norm == "-" && toks[k-1].end == toks[k].start && toks[k+1].start == toks[k].end && toks[k+1].kind == tokWord {
			toks[k+1].hyphen = true
		}
	}
	return toks
}

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
func (t token) isBoundary() bool {
	if t.kind != tokPunct {
		return false
	}
	switch t.norm {
	case ",", ";", ":", "—", "(", ")", "!", "?", "[", "]", "…":
		return true
	}
	return false
}
