package quotes

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// markKind is the kind of a quotation mark.
type markKind uint8

const (
	markNone      markKind = iota
	markStraight           // "
	markTwoApos            // '' (typewriter close, or open and close in some archives)
	markBackticks          // `` (typewriter open)
	markLeftDbl            // “
	markRightDbl           // ”
	markLowDbl             // „
	markLeftGuil           // «
	markRightGuil          // »
	markLeftSgl            // ‘
	markRightSgl           // ’
	markApos               // '
)

// markByte marks the bytes that may start a quotation mark, and the
// newline; scans skip every other byte.
var markByte = [256]bool{'"': true, '\'': true, '`': true, 0xC2: true, 0xE2: true, '\n': true}

// skipPlain returns the offset of the first byte of text[i:hi] that may
// start a quotation mark or is a newline, or hi.
func skipPlain(text string, i, hi int) int {
	for i+8 <= hi {
		// eight bytes at a time: flag the bytes that are not ASCII or
		// are one of the ASCII candidates (the lowest flagged candidate
		// is exact; the bytes flagged above it may not be)
		b := text[i : i+8]
		x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		m := x&highBits | hasByte(x, '"') | hasByte(x, '\'') | hasByte(x, '`') | hasByte(x, '\n')
		for m != 0 {
			k := i + bits.TrailingZeros64(m)/8
			if markByte[text[k]] {
				return k
			}
			m &= m - 1
		}
		i += 8
	}
	for i < hi && !markByte[text[i]] {
		i++
	}
	return i
}

const (
	lowBits  = 0x0101010101010101
	highBits = 0x8080808080808080
)

// hasByte is non-zero when one of the eight bytes of x is c (c < 0x80).
func hasByte(x uint64, c byte) uint64 {
	y := x ^ (lowBits * uint64(c))
	return (y - lowBits) &^ y & highBits
}

// markAt returns the quotation mark that starts at byte i of text and its
// length in bytes.
func markAt(text string, i int) (markKind, int) {
	switch c := text[i]; c {
	case '"':
		return markStraight, 1
	case '\'':
		if i+1 < len(text) && text[i+1] == '\'' {
			return markTwoApos, 2
		}
		return markApos, 1
	case '`':
		if i+1 < len(text) && text[i+1] == '`' {
			return markBackticks, 2
		}
	case 0xC2: // « » are U+00AB, U+00BB
		if i+1 < len(text) {
			switch text[i+1] {
			case 0xAB:
				return markLeftGuil, 2
			case 0xBB:
				return markRightGuil, 2
			}
		}
	case 0xE2: // U+2018..U+201E are E2 80 98..9E
		if i+2 < len(text) && text[i+1] == 0x80 {
			switch text[i+2] {
			case 0x98:
				return markLeftSgl, 3
			case 0x99:
				return markRightSgl, 3
			case 0x9C:
				return markLeftDbl, 3
			case 0x9D:
				return markRightDbl, 3
			case 0x9E:
				return markLowDbl, 3
			}
		}
	}
	return markNone, 0
}

// isDouble reports whether k is a double quotation mark of any style.
func (k markKind) isDouble() bool {
	switch k {
	case markStraight, markTwoApos, markBackticks, markLeftDbl, markRightDbl, markLowDbl, markLeftGuil, markRightGuil:
		return true
	}
	return false
}

// rawQuote is a pair of matching quotation marks and the words between them.
type rawQuote struct {
	openStart, openEnd   int  // the opening mark
	closeStart, closeEnd int  // the closing mark
	start, end           int  // the quoted words, trimmed of spaces
	single               bool // single quotation marks
}

// prevRune returns the rune before byte i, or ' ' at the start of text.
func prevRune(text string, i int) rune {
	if i <= 0 {
		return ' '
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return r
}

// nextRune returns the rune at byte i, or ' ' at the end of text.
func nextRune(text string, i int) rune {
	if i >= len(text) {
		return ' '
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return r
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u00a0' }

// isOpenLeft reports whether r may stand before an opening quotation mark.
func isOpenLeft(r rune) bool {
	if isSpace(r) {
		return true
	}
	switch r {
	case '(', '[', '{', '-', '—', '–', '/', ':', ';', ',', '“', '‘', '„', '«', '"', '\'', '`', '…':
		return true
	}
	return false
}

// looksOpen reports whether the mark at [i, j) looks like an opening mark:
// space or punctuation before it and a word character after it.
func looksOpen(text string, i, j int) bool {
	return isOpenLeft(prevRune(text, i)) && !isSpace(nextRune(text, j))
}

// looksClose reports whether the mark at [i, j) looks like a closing mark: a
// non-space before it and a space, punctuation or the end after it.
func looksClose(text string, i, j int) bool {
	if isSpace(prevRune(text, i)) {
		return false
	}
	r := nextRune(text, j)
	return isSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// closes reports whether a mark of kind k (at [i, j)) closes a quotation
// opened by a mark of kind open.
func closes(text string, open, k markKind, i, j int) bool {
	switch open {
	case markLeftGuil:
		return k == markRightGuil
	case markLowDbl:
		return k == markLeftDbl || k == markRightDbl || k == markStraight
	case markLeftDbl, markRightDbl:
		switch k {
		case markRightDbl, markStraight:
			return true
		case markLeftDbl:
			return looksClose(text, i, j)
		}
	case markStraight:
		return k == markStraight || k == markRightDbl
	case markTwoApos, markBackticks:
		return k == markTwoApos || k == markStraight || k == markRightDbl
	}
	return false
}

// opens reports whether a mark of kind k at [i, j) opens a quotation when
// none is open.
func opens(text string, k markKind, i, j int) bool {
	switch k {
	case markLeftDbl, markLowDbl, markLeftGuil, markBackticks:
		return !isSpace(nextRune(text, j)) || k == markLeftGuil
	case markStraight, markTwoApos:
		// spaced marks (`" words , " he said`) open by parity
		return looksOpen(text, i, j) || (isSpace(prevRune(text, i)) && isSpace(nextRune(text, j)))
	case markRightDbl:
		return looksOpen(text, i, j)
	}
	return false
}

// reopens reports whether the mark at [i, j), met while a quotation is open,
// plainly opens a new one (so the open one was never closed).
func reopens(text string, open, k markKind, i, j int) bool {
	switch k {
	case markLeftDbl:
		return open != markLowDbl && !looksClose(text, i, j) && looksOpen(text, i, j)
	case markStraight, markTwoApos:
		if open == markLowDbl || open == markLeftGuil {
			return false
		}
		return isSpace(prevRune(text, i)) && !isSpace(nextRune(text, j)) && !unicode.IsPunct(nextRune(text, j))
	case markBackticks, markLowDbl:
		return true
	}
	return false
}

// scanQuotes pairs the double quotation marks of text, paragraph by
// paragraph. A paragraph that ends inside a quotation continues it when the
// next paragraph opens with a quotation mark; otherwise the unclosed
// quotation is dropped. Single quotation marks are paired in the stretches
// outside double quotations by scanSingles.
// The quotations are appended to dst[:0].
func scanQuotes(dst []rawQuote, text string, wrapped bool) []rawQuote {
	out := dst[:0]
	inside := false
	var cur rawQuote
	var openKind markKind
	depth := 0 // quotations nested in the open one
	outsideFrom := 0
	for i := 0; i < len(text); {
		if i = skipPlain(text, i, len(text)); i >= len(text) {
			break
		}
		c := text[i]
		if c == '\n' && inside && isBreak(text, i, wrapped) {
			j := i
			for j < len(text) && isSpace(nextRune(text, j)) {
				_, n := utf8.DecodeRuneInString(text[j:])
				j += n
			}
			if j < len(text) {
				if k, n := markAt(text, j); k.isDouble() && k != markRightGuil && opens(text, k, j, j+n) {
					i = j + n
					continue
				}
			}
			inside = false
			outsideFrom = cur.openStart
			i = j
			continue
		}
		k, n := markAt(text, i)
		if !k.isDouble() {
			if n == 0 {
				n = 1
			}
			i += n
			continue
		}
		switch {
		case !inside:
			if opens(text, k, i, i+n) {
				out = scanSingles(out, text, outsideFrom, i, wrapped)
				inside, openKind, depth = true, k, 0
				cur = rawQuote{openStart: i, openEnd: i + n}
			}
		case closes(text, openKind, k, i, i+n) && !(plainOpen(text, i, i+n) && !looksClose(text, i, i+n)):
			if depth > 0 {
				depth--
				break
			}
			cur.closeStart, cur.closeEnd = i, i+n
			if q, ok := trimQuote(text, cur); ok {
				out = append(out, q)
			}
			inside = false
			outsideFrom = i + n
		case reopens(text, openKind, k, i, i+n):
			if closersAhead(text, i+n, openKind, wrapped) > depth+1 {
				depth++ // a quotation inside the quotation
				break
			}
			out = scanSingles(out, text, cur.openStart, i, wrapped)
			openKind, depth = k, 0
			cur = rawQuote{openStart: i, openEnd: i + n}
		}
		i += n
	}
	if inside {
		outsideFrom = cur.openStart
	}
	out = scanSingles(out, text, outsideFrom, len(text), wrapped)
	slices.SortStableFunc(out, func(a, b rawQuote) int { return a.openStart - b.openStart })
	return out
}

// plainOpen reports whether the mark at [i, j) plainly opens a quotation:
// a space before it and a word after it.
func plainOpen(text string, i, j int) bool {
	return isSpace(prevRune(text, i)) && isWordRune(nextRune(text, j))
}

// closersAhead counts (up to 3) the marks after byte i, in the same
// paragraph, that would close a quotation opened by open.
func closersAhead(text string, i int, open markKind, wrapped bool) int {
	n := 0
	for j := i; j < len(text) && n < 3 && j-i < 800; {
		if j = skipPlain(text, j, min(len(text), i+800)); j >= len(text) || j-i >= 800 {
			break
		}
		if text[j] == '\n' && isBreak(text, j, wrapped) {
			break
		}
		k, m := markAt(text, j)
		if m == 0 {
			j++
			continue
		}
		if k.isDouble() && closes(text, open, k, j, j+m) && looksClose(text, j, j+m) {
			n++
		}
		j += m
	}
	return n
}

// trimQuote sets the quoted words of q, trimmed of spaces; ok is false when
// no letter or digit is quoted.
func trimQuote(text string, q rawQuote) (rawQuote, bool) {
	s, e := q.openEnd, q.closeStart
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:])
		if !isSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !isSpace(r) {
			break
		}
		e -= n
	}
	q.start, q.end = s, e
	for _, r := range text[s:e] {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return q, true
		}
	}
	return q, false
}

// scanSingles pairs single quotation marks (‘…’ and '…') in text[from:to],
// a stretch outside double quotations, within paragraphs. An opening mark
// must start a word and a closing mark end one, so apostrophes in words
// (don't, the voters' choice) rarely pair.
// The quotations are appended to out, which is returned.
func scanSingles(out []rawQuote, text string, from, to int, wrapped bool) []rawQuote {
	if from < 0 || to > len(text) || from >= to {
		return out
	}
	open := -1
	var openKind markKind
	nextApos, nextLeft := -1, -1 // the next ' and ‘ (to when none)
	for i := from; i < to; {
		if open < 0 {
			// with no quotation open, nothing happens before a mark
			// that may open one
			if nextApos < i {
				nextApos = indexByteIn(text, i, to, '\'')
			}
			if nextLeft < i {
				nextLeft = indexIn(text, i, to, "‘")
			}
			i = min(nextApos, nextLeft)
		} else {
			i = skipPlain(text, i, to)
		}
		if i >= to {
			break
		}
		c := text[i]
		if c == '\n' && isBreak(text, i, wrapped) {
			open = -1
			i++
			continue
		}
		k, n := markAt(text, i)
		if n == 0 {
			i++
			continue
		}
		switch k {
		case markLeftSgl, markApos, markRightSgl:
			if open < 0 {
				if (k == markLeftSgl || k == markApos) && looksOpen(text, i, i+n) {
					open, openKind = i, k
				}
			} else if looksClose(text, i, i+n) && !unicode.IsLetter(nextRune(text, i+n)) &&
				(k == markRightSgl || (k == markApos && openKind == markApos)) {
				q := rawQuote{openStart: open, openEnd: open + sglLen(openKind), closeStart: i, closeEnd: i + n, single: true}
				if q2, ok := trimQuote(text, q); ok {
					out = append(out, q2)
				}
				open = -1
			}
		}
		i += n
	}
	return out
}

// indexByteIn returns the offset of the first c in text[i:to], or to.
func indexByteIn(text string, i, to int, c byte) int {
	if k := strings.IndexByte(text[i:to], c); k >= 0 {
		return i + k
	}
	return to
}

// indexIn returns the offset of the first sub in text[i:to], or to.
func indexIn(text string, i, to int, sub string) int {
	if k := strings.Index(text[i:to], sub); k >= 0 {
		return i + k
	}
	return to
}

func sglLen(k markKind) int {
	if k == markApos {
		return 1
	}
	return 3
}
