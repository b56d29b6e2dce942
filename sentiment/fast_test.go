package sentiment

import (
	"math/rand/v2"
	"reflect"
	"sort"
	"strings"
	"testing"

	itext "github.com/diplomacy-go/diplomacy/internal/text"
)

// The tests below check the fast paths against the plain code they stand for.

func TestNonWordBytes(t *testing.T) {
	for pos := range 8 {
		for c := range 256 {
			x := uint64(0x6161616161616161) // "aaaaaaaa"
			x = x&^(0xff<<(8*pos)) | uint64(c)<<(8*pos)
			got := nonWordBytes(x)>>(8*pos)&0x80 != 0
			want := !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z')
			if got != want {
				t.Errorf("byte %#x at %d: stop = %v, want %v", c, pos, got, want)
			}
			if rest := nonWordBytes(x) &^ (0x80 << (8 * pos)); rest != 0 {
				t.Errorf("byte %#x at %d: other bytes flagged: %#x", c, pos, rest)
			}
		}
	}
}

func TestMayHoldWord(t *testing.T) {
	tests := []struct {
		name, text, word string
		want             bool
	}{
		{"alone", "Then we said no.", "we", true},
		{"capital", "We, the leaders", "we", true},
		{"inside words", "They were weary between weeks, however.", "we", false},
		{"clitic", "we'll see", "we", true},
		{"split n't", "wen't", "we", true},
		{"at the end", "so do we", "we", true},
		{"next to a multi-byte character", "éwe", "we", true},
		{"absent", "nothing here", "we", false},
		{"digit after", "we2", "we", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := mayHoldWord(itext.LowerASCII(tc.text), tc.word); got != tc.want {
				t.Errorf("mayHoldWord(%q, %q) = %v, want %v", tc.text, tc.word, got, tc.want)
			}
			// the promise: no token has the norm when the answer is false
			if !mayHoldWord(itext.LowerASCII(tc.text), tc.word) {
				tt := tokenize(tc.text)
				for k := range tt.toks {
					if tt.normAt(k) == tc.word {
						t.Errorf("token %d of %q is %q", k, tc.text, tc.word)
					}
				}
			}
		})
	}
}

func TestSearches(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 5, 17, 100} {
		toks := make([]token, n)
		idx := make([]int32, n)
		pos := 0
		for k := range toks {
			pos += r.IntN(3)
			toks[k].start = pos
			pos += 1 + r.IntN(4)
			toks[k].end = pos
			idx[k] = int32(toks[k].start)
		}
		for p := -1; p <= pos+1; p++ {
			wantEnd := sort.Search(n, func(k int) bool { return toks[k].end > p })
			wantStart := sort.Search(n, func(k int) bool { return toks[k].start >= p })
			for hint := -1; hint <= n+1; hint++ {
				if got := searchEnd(toks, hint, p); got != wantEnd {
					t.Fatalf("n=%d searchEnd(hint %d, %d) = %d, want %d", n, hint, p, got, wantEnd)
				}
				if got := searchStart(toks, hint, p); got != wantStart {
					t.Fatalf("n=%d searchStart(hint %d, %d) = %d, want %d", n, hint, p, got, wantStart)
				}
				if got := searchIdx(idx, hint, p); got != wantStart {
					t.Fatalf("n=%d searchIdx(hint %d, %d) = %d, want %d", n, hint, p, got, wantStart)
				}
			}
		}
	}
}

func TestWordSet(t *testing.T) {
	words := []string{"we", "our", "communiqué", "émigrés", "a", strings.Repeat("x", 70), "ethnic cleansing"}
	s := set(words...)
	for _, w := range words {
		if !s.has(w) {
			t.Errorf("set lacks %q", w)
		}
	}
	for _, w := range []string{"", "w", "wee", "ours", "communique", strings.Repeat("x", 69), strings.Repeat("x", 71), "ethnic", "b"} {
		if s.has(w) {
			t.Errorf("set has %q", w)
		}
	}
	if set().has("anything") {
		t.Error("the empty set has a word")
	}
}

// aggregateRef is aggregate as it was written first, with a map for the
// pairs: the reference for the doc's linear search and index.
func aggregateRef(text string, cs []contribution) []Stance {
	type key struct{ h, t string }
	accs := map[key]*pairAcc{}
	var order []key
	for _, c := range cs {
		k := key{c.holder, c.target}
		a := accs[k]
		if a == nil {
			a = &pairAcc{}
			accs[k] = a
			order = append(order, k)
		}
		a.add(c)
	}
	var out []Stance
	for _, k := range order {
		a := accs[k]
		a.holder, a.target = k.h, k.t
		out = a.appendStances(out, text)
	}
	return out
}

func TestAggregate(t *testing.T) {
	const text = "One sentence. Another sentence. A third one here."
	sents := splitSentences(text)
	codes := []string{"USA", "RUS", "CHN", "FRA", "GBR", "DEU", "JPN", "IND", "BRA", "ZAF", "EU", "UN"}
	r := rand.New(rand.NewPCG(3, 4))
	for _, tc := range []struct {
		name        string
		n, nCodes   int
		valueSpread float64
	}{
		{"none", 0, 2, 1},
		{"few pairs", 30, 3, 1.5},
		{"many pairs", 400, len(codes), 2},
		{"strong both ways", 200, 2, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var cs []contribution
			for k := range tc.n {
				cs = append(cs, contribution{
					holder: codes[r.IntN(tc.nCodes)], target: codes[r.IntN(tc.nCodes)],
					value: (r.Float64()*2 - 1) * tc.valueSpread, sent: sents[r.IntN(len(sents))], order: k,
				})
			}
			d := &doc{text: text}
			for range 2 { // the second time over reused buffers
				if got, want := d.aggregate(cs), aggregateRef(text, cs); !reflect.DeepEqual(got, want) {
					t.Fatalf("aggregate = %v\nwant %v", got, want)
				}
			}
		})
	}
}

func TestCodeLists(t *testing.T) {
	d := &doc{}
	a := d.one("USA")
	b := d.one("RUS")
	a = append(a, "CHN") // must not write over b
	if b[0] != "RUS" || a[0] != "USA" || a[1] != "CHN" {
		t.Errorf("lists overlap: a = %v, b = %v", a, b)
	}
	if &d.one("USA")[0] == &d.one("USA")[0] {
		t.Error("two lists share their element")
	}
	start := len(d.codes)
	d.codes = append(d.codes, "FRA")
	d.addCode(start, "FRA")
	d.addCode(start, "")
	d.addCode(start, "GBR")
	if got := d.codes[start:]; !reflect.DeepEqual(got, []string{"FRA", "GBR"}) {
		t.Errorf("addCode built %v", got)
	}
}

func TestWordTable(t *testing.T) {
	l := Default()
	for w, es := range l.byFirst {
		if got := l.index.get(w); !reflect.DeepEqual(got, es) {
			t.Errorf("get(%q) = %d entries, want %d", w, len(got), len(es))
		}
	}
	tt := tokenize("The Élysée said it would not, in any way, condemn the talks; co-operation is a win-win for all 12 sides' envoys.")
	for k := range tt.toks {
		w := tt.normAt(k)
		if got, want := l.index.get(w), l.byFirst[w]; !reflect.DeepEqual(got, want) {
			t.Errorf("get(%q) = %v, want %v", w, got, want)
		}
	}
}
