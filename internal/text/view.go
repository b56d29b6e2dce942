// Package text holds the text machinery the public packages share: a folded
// view of the input with a byte-offset map back to the original, tokens,
// sentence and paragraph segmentation, and headline and dateline detection.
package text

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// View is a folded copy of a text with a map from its byte offsets back to
// the original's. The folded copy keeps letter case but drops diacritics,
// turns curly quotes into straight ones, dashes into '-', unusual spaces into
// ' ', and removes zero-width characters, so that dictionary lookups see one
// spelling while every span still points at the caller's bytes.
type View struct {
	Orig string // the caller's text
	Fold string // the folded copy
	// off[i] is the byte offset in Orig of the rune that produced Fold[i];
	// off[len(Fold)] == len(Orig).
	off []int32
}

// NewView folds s. It never fails: invalid UTF-8 bytes fold to U+FFFD.
func NewView(s string) *View {
	v := MakeView(s)
	return &v
}

// MakeView is NewView returning the View itself, for callers that keep it
// in a variable of their own.
func MakeView(s string) View {
	v := View{Orig: s}
	first := firstNonASCII(s)
	if first == len(s) {
		// ASCII folds to itself: the offset map is the identity (off nil).
		v.Fold = s
		return v
	}
	buf := make([]byte, 0, len(s))
	off := make([]int32, 0, len(s)+1)
	var tmp [64]byte
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			// Copy the run of ASCII bytes up to the next other rune.
			j := i + firstNonASCII(s[i:])
			buf = append(buf, s[i:j]...)
			for k := i; k < j; k++ {
				off = append(off, int32(k))
			}
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		out := foldRune(r, tmp[:0])
		for range out {
			off = append(off, int32(i))
		}
		buf = append(buf, out...)
		i += size
	}
	off = append(off, int32(len(s)))
	v.Fold = string(buf)
	v.off = off
	return v
}

// firstNonASCII returns the index of the first byte of s that is not
// ASCII, or len(s), testing eight bytes at a time.
func firstNonASCII(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if w&0x8080808080808080 != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return i
		}
	}
	return i
}

// OrigOffset returns the offset in the original text of folded offset i.
func (v *View) OrigOffset(i int) int {
	if i <= 0 {
		return 0
	}
	if v.off == nil {
		return min(i, len(v.Orig))
	}
	if i >= len(v.off) {
		return len(v.Orig)
	}
	return int(v.off[i])
}

// OrigSpan maps the folded span [start, end) to the original text. The end
// is moved to the end of the original rune that produced Fold[end-1].
func (v *View) OrigSpan(start, end int) (int, int) {
	if end <= start {
		s := v.OrigOffset(start)
		return s, s
	}
	s := v.OrigOffset(start)
	e := v.OrigOffset(end)
	if v.off == nil {
		return s, e
	}
	// A multi-byte fold of one rune maps all its bytes to the rune start;
	// find the first folded byte after end-1 that belongs to another rune.
	last := v.OrigOffset(end - 1)
	if e <= last {
		_, size := utf8.DecodeRuneInString(v.Orig[last:])
		e = last + size
	}
	if e > len(v.Orig) {
		e = len(v.Orig)
	}
	return s, e
}

// foldRune appends the folded form of a non-ASCII rune to dst.
func foldRune(r rune, dst []byte) []byte {
	if r >= utf8.RuneSelf && r < rune(len(latinFold)) {
		return append(dst, latinFold[r]...)
	}
	return foldRuneSlow(r, dst)
}

// foldRuneSlow is foldRune for any rune.
func foldRuneSlow(r rune, dst []byte) []byte {
	switch r {
	case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '\u02BC':
		return append(dst, '\'')
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033':
		return append(dst, '"')
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return append(dst, '-')
	case '\u00A0', '\u2002', '\u2003', '\u2009', '\u202F', '\u3000', '\u2007', '\u2008', '\u200A':
		return append(dst, ' ')
	case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD':
		return dst
	case '\u2026':
		return append(dst, "..."...)
	case 'ß':
		return append(dst, "ss"...)
	case 'ø':
		return append(dst, 'o')
	case 'Ø':
		return append(dst, 'O')
	case 'ł':
		return append(dst, 'l')
	case 'Ł':
		return append(dst, 'L')
	case 'đ':
		return append(dst, 'd')
	case 'Đ':
		return append(dst, 'D')
	case 'ı':
		return append(dst, 'i')
	case 'æ':
		return append(dst, "ae"...)
	case 'Æ':
		return append(dst, "AE"...)
	case 'œ':
		return append(dst, "oe"...)
	case 'Œ':
		return append(dst, "OE"...)
	}
	if unicode.Is(unicode.Mn, r) {
		return dst // a combining mark: a diacritic on the previous letter
	}
	if r == utf8.RuneError {
		return utf8.AppendRune(dst, r)
	}
	var b [utf8.UTFMax]byte
	var nb [32]byte
	n := utf8.EncodeRune(b[:], r)
	d := norm.NFD.Append(nb[:0], b[:n]...)
	start := len(dst)
	for i := 0; i < len(d); {
		c, size := utf8.DecodeRune(d[i:])
		if !unicode.Is(unicode.Mn, c) {
			dst = append(dst, d[i:i+size]...)
		}
		i += size
	}
	if len(dst) == start {
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// Fold returns the folded form of s (as View.Fold would hold it).
func Fold(s string) string {
	if firstNonASCII(s) == len(s) {
		return s
	}
	buf := make([]byte, 0, len(s))
	var tmp [64]byte
	for _, r := range s {
		if r < utf8.RuneSelf {
			buf = append(buf, byte(r))
			continue
		}
		buf = append(buf, foldRune(r, tmp[:0])...)
	}
	return string(buf)
}
