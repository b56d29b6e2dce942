package sentiment

import (
	"strings"
	"testing"
)

func TestASCIILowerWords(t *testing.T) {
	var all strings.Builder
	for c := range 256 {
		all.WriteByte(byte(c))
	}
	tests := []struct{ name, in string }{
		{"empty", ""},
		{"lower", "no capitals here at all"},
		{"mixed", "Ministers of the EU met in BRUSSELS on Monday, @[`{ ZAza"},
		{"all bytes", all.String() + all.String() + "Tail"},
		{"utf8", "Élysée Palace ÀÉ and Zürich"},
		{"long", strings.Repeat("The Quick BROWN fox, Z@[` ", 60)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := []byte(tc.in)
			for i, c := range want {
				if c >= 'A' && c <= 'Z' {
					want[i] = c + 'a' - 'A'
				}
			}
			if got := asciiLower(tc.in); got != string(want) {
				t.Errorf("asciiLower(%q) = %q, want %q", tc.in, got, want)
			}
		})
	}
}
