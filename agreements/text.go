package agreements

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or punctuation mark with its byte offsets in the text.
type token struct {
	start, end int
	s          string // lower case; curly apostrophes folded to '
	cap        bool   // starts with an upper-case letter
}

// tokenize splits text[start:end] into words (letters and digits, with inner
// periods of abbreviations such as "U.S." kept) and single punctuation
// marks. A possessive "'s" is its own token.
func tokenize(text string, start, end int) []token {
	var toks []token
	i := start
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r) || r == utf8.RuneError && size <= 1 && !utf8.FullRuneInString(text[i:end]):
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			for j < end {
				r2, s2 := utf8.DecodeRuneInString(text[j:end])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.IsMark(r2) {
					j += s2
					continue
				}
				// "1,000" and "1.2" are one number.
				if (r2 == ',' || r2 == '.') && unicode.IsDigit(r) && j+1 < end && text[j+1] >= '0' && text[j+1] <= '9' {
					j++
					continue
				}
				break
			}
			toks = append(toks, token{start: i, end: j, s: strings.ToLower(text[i:j]), cap: unicode.IsUpper(r)})
			i = j
		case (r == '\'' || r == '’') && i+size < end && (text[i+size] == 's' || text[i+size] == 'S') &&
			(i+size+1 >= end || !isWordByte(text[i+size+1])) && len(toks) > 0 && toks[len(toks)-1].end == i:
			toks = append(toks, token{start: i, end: i + size + 1, s: "'s"})
			i += size + 1
		case (r == '\'' || r == '’') && i+size < end && text[i+size] == 't' &&
			(i+size+1 >= end || !isWordByte(text[i+size+1])) && len(toks) > 0 && toks[len(toks)-1].end == i &&
			strings.HasSuffix(toks[len(toks)-1].s, "n"):
			toks = append(toks, token{start: i, end: i + size + 1, s: "n't"})
			i += size + 1
		default:
			s := string(r)
			switch r {
			case '’', '‘', '`':
				s = "'"
			case '“', '”', '«', '»', '„':
				s = "\""
			case '–', '—', '‐', '‑', '‒', '―':
				s = "-"
			}
			toks = append(toks, token{start: i, end: i + size, s: s})
			i += size
		}
	}
	return toks
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// isPunct reports whether the token is a single non-word mark.
func (t token) isPunct() bool {
	r, _ := utf8.DecodeRuneInString(t.s)
	return t.s != "'s" && t.s != "n't" && !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// clause terminators: a frame never reaches across them.
func isTerminator(s string) bool {
	switch s {
	case ".", ";", ":", "!", "?", "\"", "(", ")", "[", "]", "…",
		"which", "that", "who", "whom", "whose", "said", "says", "say", "while", "but", "although", "because", "after", "before":
		return true
	}
	return false
}

// stop words end a backward walk over modifiers.
func isStopWord(s string) bool {
	switch s {
	case "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
		"of", "in", "on", "with", "to", "for", "by", "at", "from", "between", "among", "into", "over", "against",
		"was", "were", "is", "are", "be", "been", "has", "have", "had", "will", "would", "said", "says",
		"any", "no", "some", "all", "each", "every", "which", "who", "what", "as", "or", "not", "but":
		return true
	}
	return false
}
