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
	return isWordRune(r)
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

func isWordRune(r rune) bool {
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
	toks := make([]Token, 0, len(f)/5+1)
	for i := 0; i < len(f); {
		r, size := rune(f[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(f[i:])
		}
		switch {
		case r == ' ' || r == '\n' || r == '\t' || r == '\r' || r >= utf8.RuneSelf && unicode.IsSpace(r):
			i += size
		case isWordRune(r):
			j := i + size
			for j < len(f) {
				r2, s2 := rune(f[j]), 1
				if r2 >= utf8.RuneSelf {
					r2, s2 = utf8.DecodeRuneInString(f[j:])
				}
				if !isWordRune(r2) {
					break
				}
				j += s2
			}
			toks = append(toks, Token{i, j, f[i:j]})
			i = j
		default:
			toks = append(toks, Token{i, i + size, f[i : i+size]})
			i += size
		}
	}
	return toks
}
