package timex

import (
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

// tok is one token of the input with its byte offsets.
type tok struct {
	s          string    // lower-cased text; punctuation normalized ("’" → "'", "–" → "-")
	info       *wordInfo // what the rules know about the word; nil for most words
	start, end int32     // byte offsets into the original text
	n          int32     // value of a kNum token of at most 9 digits, else -1
	sent       int32     // sentence number
	kind       uint8
	cap        bool // starts with an upper-case letter
	space      bool // whitespace precedes the token
	nl         bool // a line break precedes the token
}

// tokenize splits text into tokens; it never fails and all offsets are valid.
func tokenize(text string) []tok {
	toks := make([]tok, 0, len(text)/4+8)
	space, nl := true, true
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				space = true
				i++
				continue
			case c == '\n':
				space, nl = true, true
				i++
				continue
			case isASCIIAlnum(c):
				j, kind := scanWord(text, i)
				toks = append(toks, makeWordTok(text, i, j, kind, space, nl))
				space, nl = false, false
				i = j
				continue
			default:
				toks = append(toks, tok{s: text[i : i+1], start: int32(i), end: int32(i + 1), kind: kPunct, space: space, nl: nl, n: -1})
				space, nl = false, false
				i++
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			toks = append(toks, tok{s: "?", start: int32(i), end: int32(i + 1), kind: kPunct, space: space, nl: nl, n: -1})
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
			toks = append(toks, makeWordTok(text, i, j, kind, space, nl))
			i = j
		default:
			toks = append(toks, tok{s: normPunct(r, text[i:i+size]), start: int32(i), end: int32(i + size), kind: kPunct, space: space, nl: nl, n: -1})
			i += size
		}
		space, nl = false, false
	}
	return toks
}

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
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

func makeWordTok(text string, i, j int, kind uint8, space, nl bool) tok {
	raw := text[i:j]
	t := tok{start: int32(i), end: int32(j), kind: kind, space: space, nl: nl, n: -1}
	switch kind {
	case kOther:
		r, _ := utf8.DecodeRuneInString(raw)
		t.cap = unicode.IsUpper(r)
		t.s = raw
		return t
	case kNum:
		t.s = raw
		if len(raw) <= 9 {
			n := 0
			for k := 0; k < len(raw); k++ {
				n = n*10 + int(raw[k]-'0')
			}
			t.n = int32(n)
		}
		return t
	}
	t.cap = 'A' <= raw[0] && raw[0] <= 'Z'
	if kind == kAlnum {
		t.s = strings.ToLower(raw) // "FY1998", "Q3", "5PM": rare
	} else {
		t.s = lowerWord(raw)
	}
	if len(t.s) <= maxInfoLen {
		t.info = infos()[t.s]
	}
	return t
}

// lowerWord lower-cases an ASCII word without allocating when the result is
// a word the rules know (other capitalized words keep their case: no rule
// can match them anyway).
func lowerWord(raw string) string {
	upper := false
	for k := 0; k < len(raw); k++ {
		if 'A' <= raw[k] && raw[k] <= 'Z' {
			upper = true
			break
		}
	}
	if !upper {
		return raw
	}
	if len(raw) > 24 {
		return raw
	}
	var buf [24]byte
	for k := 0; k < len(raw); k++ {
		c := raw[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	if v, ok := vocab()[string(buf[:len(raw)])]; ok {
		return v
	}
	return raw
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
