package events

import (
	"unicode"
	"unicode/utf8"
)

// tokenizeRef is the plain tokenizer that tokenize speeds up: every rune is
// decoded and classified by the unicode predicates. Tests compare the two.
func (c *coder) tokenizeRef(start, end int) {
	text := c.text
	toks := c.toks[:0]
	c.low, c.pend = c.low[:0], c.pend[:0]
	i := start
	for i < end {
		r, size := decode(text, i, end)
		switch {
		case r == ' ' || unicode.IsSpace(r) || r == utf8.RuneError && size <= 1 || unicode.IsControl(r):
			i += size
		case isWordRune(r):
			j := i + size
			ascii := r < utf8.RuneSelf
			for j < end {
				r2, s2 := decode(text, j, end)
				if isWordRune(r2) {
					ascii = ascii && r2 < utf8.RuneSelf
					j += s2
					continue
				}
				if r2 == '.' && j+1 < end {
					r3, _ := decode(text, j+1, end)
					if unicode.IsLetter(r3) && j-i <= 2 {
						ascii = false
						j += s2
						continue
					}
				}
				break
			}
			var lw string
			a, b := c.lower(text[i:j])
			if a < 0 {
				lw = text[i:j]
			}
			isCap := unicode.IsUpper(r)
			if j < end && (a < 0 && len(lw) > 1 && lw[len(lw)-1] == 'n' || a >= 0 && b-a > 1 && c.low[b-1] == 'n') {
				if t, next, ok := c.splitNt(toks, i, j, end, a, b, lw, isCap); ok {
					toks, i = t, next
					continue
				}
			}
			if a >= 0 {
				toks = c.addLowered(toks, token{s: i, e: j, cap: isCap, unit: -1}, a, b, fnvBytes(c.low[a:b]))
			} else {
				toks = c.add(toks, token{s: i, e: j, w: lw, cap: isCap, unit: -1}, 0)
			}
			i = j
		case isApos(r):
			j := i + size
			if t, next, ok := c.apostrophe(toks, i, j, end); ok {
				toks, i = t, next
				continue
			}
			toks = c.add(toks, token{s: i, e: j, w: "'", punct: true, unit: -1}, 0)
			i = j
		default:
			toks, i = c.punct(toks, i, end, r, size)
		}
	}
	c.toks = toks
}
