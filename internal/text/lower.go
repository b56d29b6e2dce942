package text

import (
	"encoding/binary"
	"strings"
)

// LowerASCII returns s with the ASCII letters A-Z lower-cased; it is s itself
// when there is none, and otherwise one allocation. It has the length of s,
// so a word s[i:j] of ASCII letters has the lower-case form
// LowerASCII(s)[i:j].
func LowerASCII(s string) string {
	k := 0
	for k < len(s) && (s[k] < 'A' || s[k] > 'Z') {
		k++
	}
	if k == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:k])
	var buf [512]byte
	for k < len(s) {
		n := copy(buf[:], s[k:])
		i := 0
		// eight bytes at a time: add 0x20 to each byte in 'A'..'Z'
		for ; i+8 <= n; i += 8 {
			x := binary.LittleEndian.Uint64(buf[i:])
			h := x & 0x7f7f7f7f7f7f7f7f
			ge := h + 0x3f3f3f3f3f3f3f3f // high bit set where the byte >= 'A'
			gt := h + 0x2525252525252525 // high bit set where the byte > 'Z'
			up := ge &^ gt &^ x & 0x8080808080808080
			binary.LittleEndian.PutUint64(buf[i:], x|up>>2)
		}
		for ; i < n; i++ {
			buf[i] += lowerDelta[buf[i]]
		}
		b.Write(buf[:n])
		k += n
	}
	return b.String()
}

// lowerDelta maps an ASCII upper-case letter to its lower-case distance.
var lowerDelta = func() (t [256]byte) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = 'a' - 'A'
	}
	return t
}()
