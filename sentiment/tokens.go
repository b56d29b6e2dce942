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

// tokenize splits s into words and punctuation. Offsets are into s.
func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/5+1)
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			i++
		case unicode.IsSpace(r):
			i += size
		case isWordRune(r):
			j := i
			for j < len(s) {
				r2, sz := utf8.DecodeRuneInString(s[j:])
				if isWordRune(r2) {
					j += sz
					continue
				}
				break
			}
			toks = appendWord(toks, s, i, j)
			i = j
			// clitics: 's, n't, 're ... after an apostrophe followed by letters
			if i < len(s) {
				r2, sz := utf8.DecodeRuneInString(s[i:])
				if isApostrophe(r2) {
					k := i + sz
					for k < len(s) {
						r3, sz3 := utf8.DecodeRuneInString(s[k:])
						if !isWordRune(r3) {
							break
						}
						k += sz3
					}
					if k > i+sz {
						suffix := strings.ToLower(s[i+sz : k])
						last := &toks[len(toks)-1]
						if suffix == "t" && last.norm == "n" {
							*last = token{start: last.start, end: k, norm: "n't", kind: tokWord}
						} else if suffix == "t" && strings.HasSuffix(last.norm, "n") {
							// "don't": split "do" + "n't"
							last.end--
							last.norm = last.norm[:len(last.norm)-1]
							toks = append(toks, token{start: last.end, end: k, norm: "n't", kind: tokWord})
						} else {
							toks = append(toks, token{start: i, end: k, norm: "'" + suffix, kind: tokWord})
						}
						i = k
					} else if k == i+sz && len(toks) > 0 && strings.HasSuffix(toks[len(toks)-1].norm, "s") {
						// plural possessive "allies'"
						toks = append(toks, token{start: i, end: k, norm: "'s", kind: tokWord})
						i = k
					}
				}
			}
		default:
			tk := token{start: i, end: i + size, kind: tokPunct, norm: punctNorm(r, s[i:i+size])}
			toks = append(toks, tk)
			i += size
		}
	}
	// mark words joined by hyphens and drop nothing: the hyphen stays a token
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].kind == tokPunct && toks[k].norm == "-" && toks[k-1].end == toks[k].start && toks[k+1].start == toks[k].end && toks[k+1].kind == tokWord {
			toks[k+1].hyphen = true
		}
	}
	return toks
}

func appendWord(toks []token, s string, i, j int) []token {
	w := s[i:j]
	r, _ := utf8.DecodeRuneInString(w)
	return append(toks, token{start: i, end: j, norm: lower(w), kind: tokWord, upper: unicode.IsUpper(r)})
}

// lower lower-cases w without allocating when it is already lower-case ASCII.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 || (c >= 'A' && c <= 'Z') {
			return strings.ToLower(w)
		}
	}
	return w
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
