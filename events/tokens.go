package events

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word or punctuation mark of a sentence.
type token struct {
	s, e  int    // byte offsets into the caller's text
	w     string // lower-case form ("n't", "'s" for clitics; folded apostrophes)
	cap   bool   // starts with an upper-case letter
	punct bool
	unit  int // index of the actor unit covering it, -1 for none
}

// isApos reports whether r is an apostrophe or right single quote.
func isApos(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u02bc' }

// isWordRune reports whether r belongs to a word.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

// tokenize splits text[start:end] into tokens. Offsets stay in the caller's
// text. Clitics are split off ("Russia's" -> "russia" "'s", "didn't" ->
// "did" "n't"), hyphens and dashes are tokens of their own.
func tokenize(text string, start, end int) []token {
	var toks []token
	i := start
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r) || r == utf8.RuneError && size <= 1 || unicode.IsControl(r):
			i += size
		case isWordRune(r):
			j := i
			for j < end {
				r2, s2 := utf8.DecodeRuneInString(text[j:end])
				if isWordRune(r2) {
					j += s2
					continue
				}
				// U.S., U.N.: a single letter followed by '.' and another
				// letter stays one word.
				if r2 == '.' && j+1 < end {
					r3, _ := utf8.DecodeRuneInString(text[j+1 : end])
					if unicode.IsLetter(r3) && j-i <= 2 {
						j += s2
						continue
					}
				}
				break
			}
			w := text[i:j]
			low := strings.ToLower(w)
			first, _ := utf8.DecodeRuneInString(w)
			// "didn't": split the n off when an apostrophe and t follow.
			if j < end && strings.HasSuffix(low, "n") && len(low) > 1 {
				r2, s2 := utf8.DecodeRuneInString(text[j:end])
				if isApos(r2) && j+s2 < end && (text[j+s2] == 't' || text[j+s2] == 'T') &&
					(j+s2+1 >= end || !isWordRune(rune(text[j+s2+1]))) {
					stem := low[:len(low)-1]
					switch stem {
					case "ca":
						stem = "can"
					case "wo":
						stem = "will"
					case "sha":
						stem = "shall"
					}
					toks = append(toks, token{s: i, e: j - 1, w: stem, cap: unicode.IsUpper(first), unit: -1})
					toks = append(toks, token{s: j - 1, e: j + s2 + 1, w: "n't", unit: -1})
					i = j + s2 + 1
					continue
				}
			}
			toks = append(toks, token{s: i, e: j, w: low, cap: unicode.IsUpper(first), unit: -1})
			i = j
		case isApos(r):
			// Clitic: 's 're 've 'll 'd after a word; otherwise a quote mark.
			j := i + size
			k := j
			for k < end && k-j < 3 && isWordRune(rune(text[k])) && text[k] < utf8.RuneSelf {
				k++
			}
			cl := strings.ToLower(text[j:k])
			if len(toks) > 0 && !toks[len(toks)-1].punct && toks[len(toks)-1].e == i &&
				(cl == "s" || cl == "re" || cl == "ve" || cl == "ll" || cl == "d") &&
				(k >= end || !isWordRune(rune(text[k]))) {
				toks = append(toks, token{s: i, e: k, w: "'" + cl, unit: -1})
				i = k
				continue
			}
			if len(toks) > 0 && !toks[len(toks)-1].punct && toks[len(toks)-1].e == i && k == j {
				// Plural possessive: "the countries' leaders".
				toks = append(toks, token{s: i, e: j, w: "'s", unit: -1})
				i = j
				continue
			}
			toks = append(toks, token{s: i, e: j, w: "'", punct: true, unit: -1})
			i = j
		default:
			w := text[i : i+size]
			switch r {
			case '\u2013', '\u2014', '\u2012', '\u2010', '\u2011':
				w = "-"
			case '\u201c', '\u201d', '\u00ab', '\u00bb', '\u201e':
				w = "\""
			}
			if r == '-' && i+1 < end && text[i+1] == '-' {
				w = "--"
				size = 2
			}
			toks = append(toks, token{s: i, e: i + size, w: w, punct: true, unit: -1})
			i += size
		}
	}
	return toks
}
