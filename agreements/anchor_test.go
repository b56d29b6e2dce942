package agreements

import (
	"strings"
	"testing"
	"unicode"
)

// anchorLexicons are the lexicons whose entries anchorSet.find must never
// miss, with what a match tells.
func anchorLexicons(lx *lexicons) map[string]struct {
	l    *lexicon
	what uint8
} {
	type lw = struct {
		l    *lexicon
		what uint8
	}
	return map[string]lw{
		"agreement": {lx.agreement, anchorTrigger}, "agreeVerb": {lx.agreeVerb, anchorTrigger},
		"partnership": {lx.partnership, anchorTrigger}, "sanction": {lx.sanction, anchorTrigger},
		"issuers": {lx.issuers, anchorIssuer}, "author": {lx.author, anchorIssuer},
	}
}

// truth is what tokenizing s shows it to hold: a match of an entry of the
// anchor lexicons, or "backed".
func truth(lx *lexicons, s string) uint8 {
	toks := tokenize(s, 0, len(s))
	for k := range toks {
		toks[k].mask, toks[k].id = lx.lookup(toks[k].s)
	}
	var what uint8
	for _, x := range anchorLexicons(lx) {
		for i := range toks {
			if e, _ := x.l.match(toks, i); e != nil {
				what |= x.what
			}
		}
	}
	for _, t := range toks {
		if t.s == "backed" {
			what |= anchorTrigger
		}
	}
	return what
}

func TestAnchors(t *testing.T) {
	lx := load()
	t.Run("every entry has anchors", func(t *testing.T) {
		if lx.anchors.all != 0 || len(lx.anchors.words) == 0 || len(lx.anchors.words) > maxAnchors {
			t.Errorf("all = %b with %d words: the filter would let every sentence through", lx.anchors.all, len(lx.anchors.words))
		}
	})
	for name, x := range anchorLexicons(lx) {
		var entries []*entry
		for _, es := range x.l.exact {
			entries = append(entries, es...)
		}
		for _, es := range x.l.prefix {
			entries = append(entries, es...)
		}
		for _, e := range entries {
			phrase := strings.Join(e.toks, " ")
			if e.prefix {
				phrase += "ing"
			}
			for _, form := range []string{phrase, strings.ToUpper(phrase), strings.Title(phrase)} {
				s := "On Monday, " + form + "; officials said."
				t.Run(name+"/"+form, func(t *testing.T) {
					want := truth(lx, s)
					if want&x.what == 0 {
						t.Fatalf("tokenizing %q finds no entry of %s", s, name)
					}
					if got := lx.anchors.find(s); got&want != want {
						t.Errorf("find(%q) = %b, want at least %b", s, got, want)
					}
				})
			}
		}
	}
	tests := []struct {
		name, text string
		want       uint8
	}{
		{"nothing", "Shares rose 4 percent in early trading on Monday.", 0},
		{"a word inside another", "The embargoed report on agreementless bans.", 0},
		{"a digit before", "Code 5treaty was filed.", 0},
		{"one word of two", "Joint efforts were announced.", 0},
		{"both words apart", "The ban hit oil firms.", anchorTrigger},
		{"backed", "the Russian-backed government", anchorTrigger},
		{"issuers", "We, the leaders of Chile and Peru, met.", anchorIssuer},
		{"both", "Statement by the ministry on the treaty", anchorTrigger | anchorIssuer},
		{"non-ASCII neighbour", "l’accord et le “pact”", anchorTrigger},
		{"Kelvin sign lower-cases to k", "an arms \u212Aey", anchorTrigger | anchorIssuer},
		{"dotted capital I lower-cases to i", "\u0130mport", anchorTrigger | anchorIssuer},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lx.anchors.find(tt.text); got != tt.want {
				t.Errorf("find(%q) = %b, want %b", tt.text, got, tt.want)
			}
			if w := truth(lx, tt.text); lx.anchors.find(tt.text)&w != w {
				t.Errorf("find(%q) misses %b", tt.text, w)
			}
		})
	}
}

// TestLowerToASCII checks the two runes find treats specially are the only
// non-ASCII runes that lower-case to ASCII.
func TestLowerToASCII(t *testing.T) {
	var got []rune
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); l < 0x80 {
			got = append(got, r)
		}
	}
	if len(got) != 2 || got[0] != 0x130 || got[1] != 0x212a {
		t.Errorf("runes lower-casing to ASCII: %U, want U+0130 U+212A", got)
	}
}

// FuzzAnchors checks that find never misses what tokenizing finds.
func FuzzAnchors(f *testing.F) {
	for _, s := range []string{
		"Russia and Cuba signed an agreement.", "a TRADE BAN on oil", "the U.S.-backed forces",
		"We, the Heads of State and Government of", "Statement-by", "co-operation", "\u212Aey \u0130mport",
		"sanctions'", "5pact pact5 pact", "naïve-treaty", "",
	} {
		f.Add(s)
	}
	lx := load()
	f.Fuzz(func(t *testing.T, s string) {
		if w := truth(lx, s); lx.anchors.find(s)&w != w {
			t.Errorf("find(%q) = %b, tokenizing finds %b", s, lx.anchors.find(s), w)
		}
	})
}
