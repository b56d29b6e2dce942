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
	r, _ := utf8.DecodeRuneInString(t.w)
	return unicode.IsUpper(r)
}

// isWordRune reports whether r is part of a word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize splits text[lo:hi] into words and punctuation. Hyphens,
// apostrophes, periods and ampersands inside words are kept ("Diaz-Canel",
// "O'Donnell", "U.S", "AT&T"), and the period of an abbreviation or an
// initial is part of its word ("Mr.", "S.", "U.S.").
func tokenize(text string, lo, hi int, wrapped bool) []token {
	lo, hi = max(lo, 0), min(hi, len(text))
	var out []token
	for i := lo; i < hi; {
		r, n := utf8.DecodeRuneInString(text[i:hi])
		if isSpace(r) {
			if r == '\n' && isBreak(text, i, wrapped) {
				out = append(out, mkToken(text, i, i+n, true))
			}
			i += n
			continue
		}
		if !isWordRune(r) {
			out = append(out, mkToken(text, i, i+n, true))
			i += n
			continue
		}
		j := i + n
		for j < hi {
			r2, n2 := utf8.DecodeRuneInString(text[j:hi])
			if isWordRune(r2) {
				j += n2
				continue
			}
			if r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '.' || r2 == '&' {
				r3, _ := utf8.DecodeRuneInString(text[j+n2 : hi])
				if j+n2 < hi && isWordRune(r3) {
					j += n2
					continue
				}
			}
			break
		}
		if j < hi && text[j] == '.' {
			w := text[i:j]
			if isAbbrev(w) {
				j++
			}
		}
		out = append(out, mkToken(text, i, j, false))
		i = j
	}
	return out
}

func mkToken(text string, s, e int, punct bool) token {
	w := text[s:e]
	l := strings.ToLower(w)
	if strings.Contains(l, "’") {
		l = strings.ReplaceAll(l, "’", "'")
	}
	return token{s: s, e: e, w: w, lower: l, punct: punct}
}

// isAbbrev reports whether w followed by a period is an abbreviation or an
// initial rather than the end of a sentence.
func isAbbrev(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if n == len(w) && unicode.IsUpper(r) {
		return true // an initial
	}
	if strings.Contains(w, ".") {
		return true // U.S, U.N
	}
	return abbrevs()[strings.ToLower(w)]
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
	ls := strings.LastIndexByte(text[:i], '\n') + 1
	line := text[ls:i]
	return strings.ToUpper(line) == line
}
