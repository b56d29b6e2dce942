package text

import (
	"strings"
	"testing"
)

// TestLowerASCII checks LowerASCII against byte-by-byte lower-casing, and
// that a text without capitals is returned as it is, without allocating.
func TestLowerASCII(t *testing.T) {
	var all strings.Builder
	for c := range 256 {
		all.WriteByte(byte(c))
	}
	for _, s := range []string{"", "a", "Z", "no capitals here", "Ministers of the EU met in BRUSSELS, @[`{ ZAza",
		all.String() + all.String() + "Tail", "Élysée Palace ÀÉ and Zürich", strings.Repeat("The Quick BROWN fox, Z@[` ", 60)} {
		want := []byte(s)
		for i, c := range want {
			if c >= 'A' && c <= 'Z' {
				want[i] = c + 'a' - 'A'
			}
		}
		if got := LowerASCII(s); got != string(want) {
			t.Errorf("LowerASCII(%q) = %q, want %q", s, got, want)
		}
	}
	s := strings.Repeat("no capitals, only 123 and é ", 40)
	if n := testing.AllocsPerRun(10, func() { _ = LowerASCII(s) }); n != 0 {
		t.Errorf("LowerASCII of a lower-case text allocates %v times", n)
	}
}
