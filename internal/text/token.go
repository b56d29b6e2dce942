package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is a word, number or punctuation mark of a folded text. Start and
// End are byte offsets into the folded text.
type Token struct {
	Start, End int
	Text       string
}

// IsWord reports whether the token is a word or number rather than punctuation.
func (t Token) IsWord() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return IsWordRune(r)
}

// IsCap reports whether the token starts with an upper-case letter.
func (t Token) IsCap() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// IsUpper reports whether every letter of the token is upper case and it
// has at least one.
func (t Token) IsUpper() bool {
	n := 0
	for _, r := range t.Text {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n > 0
}

// IsWordRune reports whether r belongs in a word: a letter, a digit or a
// combining mark.
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// Lower returns s in lower case, without allocating when it already is.
func Lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// Tokenize splits a folded text into word and punctuation tokens. Words are
// runs of letters and digits; every other non-space rune is a token of its
// own, so "U.S." is U . S . and "Russia's" is Russia ' s.
func Tokenize(f string) []Token {
	return TokenizeAppend(make([]Token, 0, len(f)/5+1), f)
}

// ASCII classes for TokenizeAppend.
const (
	asciiOther uint8 = iota
	asciiSpace
	asciiWord
)

var asciiClass = func() (c [utf8.RuneSelf]uint8) {
	for b := range c {
		switch {
		case b == ' ' || b == '\n' || b == '\t' || b == '\r':
			c[b] = asciiSpace
		case IsWordRune(rune(b)):
			c[b] = asciiWord
		}
	}
	return c
}()

// TokenizeAppend appends the tokens of f (as Tokenize splits them) to dst
// and returns the extended slice.
func TokenizeAppend(dst []Token, f string) []Token {
	for i := 0; i < len(f); {
		c := f[i]
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case asciiSpace:
				i++
				continue
			case asciiOther:
				dst = append(dst, Token{i, i + 1, f[i : i+1]})
				i++
				continue
			}
			j := WordEnd(f, i+1)
			dst = append(dst, Token{i, j, f[i:j]})
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(f[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case IsWordRune(r):
			j := WordEnd(f, i+size)
			dst = append(dst, Token{i, j, f[i:j]})
			i = j
		default:
			dst = append(dst, Token{i, i + size, f[i : i+size]})
			i += size
		}
	}
	return dst
}

// WordEnd returns the end of the run of word runes of f from j.
func WordEnd(f string, j int) int {
	for j < len(f) {
		c := f[j]
		if c < utf8.RuneSelf {
			if asciiClass[c] != asciiWord {
				break
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(f[j:])
		if !IsWordRune(r) {
			break
		}
		j += size
	}
	return j
}
