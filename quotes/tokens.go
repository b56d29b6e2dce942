package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation character of the text, with its byte
// offsets.
type token struct {
	s, e  int
	w     string // the surface text
	lower string // w in lower case, with ’ as '
	punct bool
}

// capital reports whether the token starts with an upper-case letter.
func (t token) capital() bool {
	if len(t.w) > 0 && t.w[0] < utf8.RuneSelf {
		c := t.w[0]
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(t.w)
	return unicode.IsUpper(r)
}

// isWordRune reports whether r is part of a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// decodeRune is utf8.DecodeRuneInString with a fast path for ASCII.
func decodeRune(s string) (rune, int) {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	return utf8.DecodeRuneInString(s)
}

// tokenize splits text[lo:hi] into words and punctuation, appending them to
// dst[:0]. Hyphens, apostrophes, periods and ampersands inside words are
// kept ("Diaz-Canel", "O'Donnell", "U.S", "AT&T"), and the period of an
// abbreviation or an initial is part of its word ("Mr.", "S.", "U.S.").
// lower is text with its ASCII letters in lower case (see text.LowerASCII); the
// lower case of an ASCII token is a slice of it.
func tokenize(dst []token, text, lower string, lo, hi int, wrapped bool) []token {
	lo, hi = max(lo, 0), min(hi, len(text))
	out := dst[:0]
	for i := lo; i < hi; {
		var r rune
		n := 1
		if c := text[i]; c < utf8.RuneSelf {
			switch asciiClass[c] {
			case clsSpace:
				if c == '\n' && isBreak(text, i, wrapped) {
					out = append(out, mkToken(text, lower, i, i+1, true, true))
				}
				i++
				continue
			case clsOther:
				out = append(out, mkToken(text, lower, i, i+1, true, true))
				i++
				continue
			}
			r = rune(c)
		} else {
			r, n = utf8.DecodeRuneInString(text[i:hi])
			if isSpace(r) {
				i += n
				continue
			}
			if !isWordRune(r) {
				out = append(out, mkToken(text, lower, i, i+n, true, false))
				i += n
				continue
			}
		}
		ascii := n == 1
		j := i + n
		for j < hi {
			c := text[j]
			if c < utf8.RuneSelf {
				if asciiWord[c] {
					j++
					continue
				}
				if c != '-' && c != '\'' && c != '.' && c != '&' {
					break
				}
			}
			r2, n2 := decodeRune(text[j:hi])
			if isWordRune(r2) {
				ascii = false
				j += n2
				continue
			}
			if r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '.' || r2 == '&' {
				r3, n3 := decodeRune(text[j+n2 : hi])
				if j+n2 < hi && isWordRune(r3) {
					ascii = ascii && n2 == 1 && n3 == 1
					j += n2 + n3
					continue
				}
			}
			break
		}
		if j < hi && text[j] == '.' {
			if isAbbrev(text[i:j], lower[i:j], ascii) {
				j++
			}
		}
		out = append(out, mkToken(text, lower, i, j, false, ascii))
		i = j
	}
	return out
}

// The classes of ASCII bytes for tokenize.
const (
	clsOther = iota // punctuation and control bytes
	clsSpace
	clsWord
)

// asciiClass gives the class of each ASCII byte.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range utf8.RuneSelf {
		switch {
		case asciiWord[c]:
			t[c] = clsWord
		case isSpace(rune(c)):
			t[c] = clsSpace
		}
	}
	return t
}()

// mkToken makes the token text[s:e]; ascii tells that it is all ASCII.
func mkToken(text, lower string, s, e int, punct, ascii bool) token {
	w := text[s:e]
	if ascii {
		return token{s: s, e: e, w: w, lower: lower[s:e], punct: punct}
	}
	l := strings.ToLower(w)
	if strings.Contains(l, "’") {
		l = strings.ReplaceAll(l, "’", "'")
	}
	return token{s: s, e: e, w: w, lower: l, punct: punct}
}

// isAbbrev reports whether w followed by a period is an abbreviation or an
// initial rather than the end of a sentence; lw is w with its ASCII
// letters in lower case, ascii whether w is all ASCII.
func isAbbrev(w, lw string, ascii bool) bool {
	r, n := utf8.DecodeRuneInString(w)
	if n == len(w) && unicode.IsUpper(r) {
		return true // an initial
	}
	if strings.IndexByte(w, '.') >= 0 {
		return true // U.S, U.N
	}
	if !ascii {
		lw = strings.ToLower(w)
	}
	return abbrevs().has(lw)
}

// isSentenceEnd reports whether the punctuation token at index i of toks
// ends a sentence.
func isSentenceEnd(toks []token, i int) bool {
	t := toks[i]
	if !t.punct {
		return false
	}
	switch t.w {
	case "\n":
		return true
	case ".", "!", "?", "…":
		if i+1 >= len(toks) {
			return true
		}
		nx := toks[i+1]
		r, _ := utf8.DecodeRuneInString(nx.w)
		if nx.punct {
			switch nx.w {
			case ")", ",", ";", ":":
				return false
			}
			return true
		}
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	return false
}

// isWrapped reports whether text is hard-wrapped: most of its lines are
// 40 to 90 bytes long and none is much longer, so that a single newline
// does not end a paragraph.
func isWrapped(text string) bool {
	n, mid := 0, 0
	for line := range strings.SplitSeq(text, "\n") {
		l := len(strings.TrimSpace(line))
		if l == 0 {
			continue
		}
		if l > 100 {
			return false
		}
		n++
		if l >= 40 && l <= 90 {
			mid++
		}
	}
	return n >= 4 && mid*10 >= n*7
}

// isBreak reports whether the newline at text[i] ends a paragraph. In
// hard-wrapped text only a blank line, an indented line, or a line after a
// heading in capitals starts a new paragraph.
func isBreak(text string, i int, wrapped bool) bool {
	if !wrapped || i+1 >= len(text) {
		return true
	}
	switch text[i+1] {
	case '\n', '\r', ' ', '\t':
		return true
	}
	if i > 0 && text[i-1] == '\n' {
		return true
	}
	// a heading in capitals
	// the line is in capitals unless it has a lower-case letter; most
	// lines end in one
	j := i - 1
	for j >= 0 && text[j] != '\n' {
		if c := text[j]; 'a' <= c && c <= 'z' {
			return false
		}
		j--
	}
	return isUpperLine(text[j+1 : i])
}

// isUpperLine reports whether strings.ToUpper(s) == s, without building
// the upper-case string: s is valid UTF-8 and has no letter that changes.
func isUpperLine(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return false
		}
		if unicode.ToUpper(r) != r {
			return false
		}
		i += n
	}
	return true
}
