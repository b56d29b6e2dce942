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
	// mask holds the lexicons an entry of which may start here (see
	// lexicons.maskOf), and bitCap: the flag shares the word, so that a
	// long document's tokens take 40 bytes each rather than 48.
	mask uint32
	id   int32 // its vocab slot (see lexicons.lookup); -1 if none, 0 if not looked up
}

// capital reports whether t starts with an upper-case letter.
func (t *token) capital() bool { return t.mask&bitCap != 0 }

// tokenize splits text[start:end] into words (letters and digits, with inner
// periods of abbreviations such as "U.S." kept) and single punctuation
// marks. A possessive "'s" is its own token.
func tokenize(text string, start, end int) []token {
	toks, low := appendTokens(nil, nil, text, start, end)
	lows, off := string(low), 0
	for k := range toks {
		if t := &toks[k]; t.s == "" {
			t.s = lows[off : off+t.end-t.start]
			off += t.end - t.start
		}
	}
	return toks
}

// decode is utf8.DecodeRuneInString with a fast path for ASCII.
func decode(s string) (rune, int) {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	return utf8.DecodeRuneInString(s)
}

// isSpace is unicode.IsSpace with a fast path for ASCII.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r >= '\t' && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// isLetter is unicode.IsLetter with a fast path for ASCII.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

// isDigit is unicode.IsDigit with a fast path for ASCII.
func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= '0' && r <= '9'
	}
	return unicode.IsDigit(r)
}

// ASCII byte classes for the tokenizer's fast path.
const (
	cOther uint8 = iota
	cSpace
	cLower
	cUpper
	cDigit
)

var asciiClass = func() (t [256]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c >= 'a' && c <= 'z':
			t[c] = cLower
		case c >= 'A' && c <= 'Z':
			t[c] = cUpper
		case c >= '0' && c <= '9':
			t[c] = cDigit
		case isSpace(rune(c)):
			t[c] = cSpace
		}
	}
	return t
}()

// scanWord returns the end of the word whose letters or digits go on at j
// (the word starts at or before j; num tells whether it starts with a digit),
// whether it is all ASCII from j on and whether it has ASCII upper case there.
func scanWord(text string, j, end int, num bool) (int, bool, bool) {
	ascii, upper := true, false
	for j < end {
		c := text[j]
		if c < utf8.RuneSelf {
			if cl := asciiClass[c]; cl == cLower || cl == cDigit {
				j++
				continue
			} else if cl == cUpper {
				upper = true
				j++
				continue
			}
			// "1,000" and "1.2" are one number.
			if (c == ',' || c == '.') && num && j+1 < end && text[j+1] >= '0' && text[j+1] <= '9' {
				j++
				continue
			}
			break
		}
		r2, s2 := utf8.DecodeRuneInString(text[j:end])
		if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.IsMark(r2) {
			ascii = false
			j += s2
			continue
		}
		break
	}
	return j, ascii, upper
}

// appendWord appends the word text[i:j] to toks, or, when it is ASCII with
// upper case, appends it without its string and its lower-case bytes to low.
func appendWord(toks []token, low []byte, text string, i, j int, ascii, upper, capital bool) ([]token, []byte) {
	var s string
	switch {
	case !upper && ascii:
		s = text[i:j]
	case ascii:
		n := len(low)
		low = append(low, text[i:j]...)
		for k := n; k < len(low); k++ {
			if c := low[k]; c >= 'A' && c <= 'Z' {
				low[k] = c + 'a' - 'A'
			}
		}
	default:
		s = strings.ToLower(text[i:j])
	}
	var mask uint32
	if capital {
		mask = bitCap
	}
	return append(toks, token{start: i, end: j, s: s, mask: mask}), low
}

// appendTokens appends the tokens of text[start:end] to toks (see
// tokenize). An ASCII word with upper case is appended without its string:
// its lower-case bytes are appended to low instead, so that the caller can
// make one string of them all and slice it.
func appendTokens(toks []token, low []byte, text string, start, end int) ([]token, []byte) {
	base := len(toks)
	i := start
	for i < end {
		if c := text[i]; c < utf8.RuneSelf && c != '\'' {
			// ASCII fast path: what the general path below does.
			switch cl := asciiClass[c]; {
			case cl == cSpace:
			case cl != cOther: // a letter or a digit
				j, ascii, upper := scanWord(text, i+1, end, cl == cDigit)
				if ascii && !upper && cl != cUpper {
					toks = append(toks, token{start: i, end: j, s: text[i:j]})
				} else {
					toks, low = appendWord(toks, low, text, i, j, ascii, upper || cl == cUpper, cl == cUpper)
				}
				i = j
				continue
			case c == '`':
				toks = append(toks, token{start: i, end: i + 1, s: "'"})
			default:
				toks = append(toks, token{start: i, end: i + 1, s: text[i : i+1]})
			}
			i++
			continue
		}
		r, size := decode(text[i:end])
		switch {
		case isSpace(r) || r == utf8.RuneError && size <= 1 && !utf8.FullRuneInString(text[i:end]):
			i += size
		case isLetter(r) || isDigit(r):
			j, ascii, upper := scanWord(text, i, end, isDigit(r))
			toks, low = appendWord(toks, low, text, i, j, ascii, upper, unicode.IsUpper(r))
			i = j
		case (r == '\'' || r == '’') && i+size < end && (text[i+size] == 's' || text[i+size] == 'S') &&
			(i+size+1 >= end || !isWordByte(text[i+size+1])) && len(toks) > base && toks[len(toks)-1].end == i:
			toks = append(toks, token{start: i, end: i + size + 1, s: "'s"})
			i += size + 1
		case (r == '\'' || r == '’') && i+size < end && text[i+size] == 't' &&
			(i+size+1 >= end || !isWordByte(text[i+size+1])) && len(toks) > base && toks[len(toks)-1].end == i &&
			endsInN(toks[len(toks)-1], text):
			toks = append(toks, token{start: i, end: i + size + 1, s: "n't"})
			i += size + 1
		default:
			s := text[i : i+size]
			switch r {
			case utf8.RuneError:
				s = "\uFFFD"
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
	return toks, low
}

// endsInN reports whether a token's lower-case form ends in "n", when that
// form may not be known yet (an ASCII word with upper case).
func endsInN(t token, text string) bool {
	if t.s == "" {
		return text[t.end-1] == 'n' || text[t.end-1] == 'N'
	}
	return strings.HasSuffix(t.s, "n")
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
