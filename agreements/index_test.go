package agreements

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, text, want string // want: token@start, ^ marking a capital
	}{
		{"abbreviation and possessive", "The U.S. and Russia's deal", "^the@0 ^u@4 .@5 ^s@6 .@7 and@9 ^russia@13 's@19 deal@22"},
		{"numbers", "1,000.5 tonnes, 2.", "1,000.5@0 tonnes@8 ,@14 2@16 .@17"},
		{"non-ASCII words", "Ünïcode ÉTATS-UNIS", "^ünïcode@0 ^états@10 -@16 ^unis@17"},
		{"negations", "We don’t; they DIDN'T. Rock ’n’ roll", "^we@0 don@3 n't@6 ;@10 they@12 ^didn@17 '@21 ^t@22 .@23 ^rock@25 '@30 n@33 '@34 roll@38"},
		{"quotes and dashes", "“Quoted” — `x` «y» 'z'", "\"@0 ^quoted@3 \"@9 -@13 '@17 x@18 '@19 \"@21 y@23 \"@24 '@27 z@28 '@29"},
		{"invalid UTF-8 and Unicode spaces", "bad\xffbyte\u00a0nbsp\u0085nel", "bad@0 \uFFFD@3 byte@4 nbsp@10 nel@16"},
		{"upper-case possessive", "Paris's and Kyiv’S talks", "^paris@0 's@5 and@8 ^kyiv@12 's@16 talks@21"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, tok := range tokenize(tt.text, 0, len(tt.text)) {
				c := ""
				if tok.capital() {
					c = "^"
				}
				got = append(got, fmt.Sprintf("%s%s@%d", c, tok.s, tok.start))
			}
			if diff := cmp.Diff(tt.want, strings.Join(got, " ")); diff != "" {
				t.Errorf("tokenize(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestMaskIndex checks that the first-token index never rules out a match:
// every word a lexicon's entry may start with has the lexicon's bit.
func TestMaskIndex(t *testing.T) {
	lx := load()
	all := map[string]*lexicon{
		"agreement": lx.agreement, "agreeVerb": lx.agreeVerb, "status": lx.status, "partnership": lx.partnership,
		"trend": lx.trend, "sanction": lx.sanction, "sanctionAct": lx.sanctionAct, "target": lx.target,
		"sector": lx.sector, "modal": lx.modal, "negation": lx.negation, "definite": lx.definite,
		"bilateral": lx.bilateral, "hypothetical": lx.hypothetical, "rupture": lx.rupture, "issuers": lx.issuers,
		"author": lx.author, "groups": lx.groups,
	}
	words := []string{"the", "a", "x", ",", "-", "reuters", "sanctioned", "concluding", "reimposes", "impose", "threatening"}
	for _, l := range all {
		for w := range l.exact {
			words = append(words, w, w+"s")
		}
		for p := range l.prefix {
			words = append(words, p, p+"ed", p+"ing", p[:len(p)-1])
		}
	}
	for w := range lx.mods {
		words = append(words, w)
	}
	for w := range lx.sanctionKind {
		words = append(words, w)
	}
	for w := range lx.business {
		words = append(words, w)
	}
	for name, l := range all {
		t.Run(name, func(t *testing.T) {
			if l.bit == 0 {
				t.Fatal("lexicon has no bit")
			}
			if l.bit&(bitMod|bitSanctionKind|bitBusiness|bitBacked|bitCap) != 0 {
				t.Fatalf("lexicon bit %#x is one of the mask's other bits", l.bit)
			}
			for _, w := range words {
				m, id := lx.lookup(w)
				toks := []token{{s: w, mask: m, id: id}}
				bare := *l
				bare.bit = 0
				e, _ := bare.match(toks, 0)
				may := len(l.exact[w]) > 0 || e != nil
				if may && toks[0].mask&l.bit == 0 {
					t.Errorf("maskOf(%q) lacks the bit of a lexicon with an entry starting there", w)
				}
				if got, _ := l.match(toks, 0); got != e {
					t.Errorf("match(%q) = %v with the index, %v without", w, got, e)
				}
			}
		})
	}
	t.Run("word lists", func(t *testing.T) {
		for _, w := range words {
			m := lx.maskOf(w)
			if (m&bitMod != 0) != (lx.mods[w] != "") || (m&bitSanctionKind != 0) != (lx.sanctionKind[w] != "") ||
				(m&bitBusiness != 0) != lx.business[w] || (m&bitBacked != 0) != (w == "backed") {
				t.Errorf("maskOf(%q) = %b disagrees with the word lists", w, m)
			}
			if got, want := lx.vocab.get(w), lx.first[w]; got != want {
				t.Errorf("vocab.get(%q) = %b, want %b", w, got, want)
			}
		}
	})
}

// TestReuse checks that the arrays reused between calls leak nothing from
// one text into another, sequentially and concurrently.
func TestReuse(t *testing.T) {
	type input struct {
		name string
		text string
		ms   []mk
	}
	inputs := []input{
		{"agreement", "Russia and Cuba signed a trade agreement in Havana.\nThe two sides pledged to deepen their strategic partnership.",
			[]mk{ctry("Russia", "RUS"), ctry("Cuba", "CUB"), capt("Havana", "CUB")}},
		{"sanctions", "The European Union extended its sanctions on Belarus.\nMinsk condemned the measures.",
			[]mk{org("European Union", "EU"), ctry("Belarus", "BLR"), capt("Minsk", "BLR")}},
		{"nothing", "Shares rose in Tokyo on Monday after the central bank held rates.", []mk{capt("Tokyo", "JPN")}},
		{"statement", "We, the leaders of Norway, Iceland and Denmark, met in Oslo.\nWe signed a fisheries agreement.",
			[]mk{ctry("Norway", "NOR"), ctry("Iceland", "ISL"), ctry("Denmark", "DNK"), capt("Oslo", "NOR")}},
	}
	want := make([]Result, len(inputs))
	run := func(i int) Result {
		sents, ms := fixture(inputs[i].text, inputs[i].ms...)
		return Extract(inputs[i].text, sents, ms, nil)
	}
	for i := range inputs {
		want[i] = run(i)
	}
	for round := 0; round < 3; round++ {
		for i := len(inputs) - 1; i >= 0; i-- {
			t.Run(fmt.Sprintf("sequential/%s/%d", inputs[i].name, round), func(t *testing.T) {
				if diff := cmp.Diff(want[i], run(i)); diff != "" {
					t.Errorf("result changed on reuse (-first +now):\n%s", diff)
				}
			})
		}
	}
	t.Run("concurrent", func(t *testing.T) {
		var wg sync.WaitGroup
		got := make([]Result, 4*len(inputs))
		for k := range got {
			wg.Go(func() { got[k] = run(k % len(inputs)) })
		}
		wg.Wait()
		for k := range got {
			if diff := cmp.Diff(want[k%len(inputs)], got[k]); diff != "" {
				t.Errorf("%s: concurrent result differs (-want +got):\n%s", inputs[k%len(inputs)].name, diff)
			}
		}
	})
	t.Run("no trigger", func(t *testing.T) {
		r := run(2)
		if r.Agreements == nil || r.Partnerships == nil || r.Sanctions == nil ||
			len(r.Agreements)+len(r.Partnerships)+len(r.Sanctions) != 0 {
			t.Errorf("want empty non-nil slices, got %+v", r)
		}
	})
}
