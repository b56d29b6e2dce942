package events

import (
	"strings"
	"sync"
	"testing"

	"github.com/diplomacy-go/diplomacy/entities"
	"github.com/google/go-cmp/cmp"
)

// checkTokens checks that every word token of text[start:end] holds the
// lower-case form of its text, that offsets are in order and in range, and
// that word classes and patterns are those of the lexicon's maps.
func checkTokens(t *testing.T, text string, start, end int) {
	t.Helper()
	lx := loadLexicon()
	c := newCoder(lx, text, entities.Span{Start: start, End: end}, nil, Options{})
	defer c.free()
	c.tokenize(start, end)
	c.spell()
	prev := start
	for k, tok := range c.toks {
		if tok.s < prev || tok.e > end || tok.s >= tok.e {
			t.Fatalf("token %d %q at [%d,%d) after %d in [%d,%d)", k, tok.w, tok.s, tok.e, prev, start, end)
		}
		prev = tok.e
		src := text[tok.s:tok.e]
		switch {
		case tok.punct, strings.HasPrefix(tok.w, "'"), tok.w == "n't", tok.w == "can", tok.w == "will", tok.w == "shall":
		default:
			if want := strings.ToLower(src); tok.w != want {
				t.Errorf("token %q: w = %q, want %q", src, tok.w, want)
			}
		}
		if want := lx.words[tok.w]; tok.cls != want {
			t.Errorf("token %q: cls = %b, want %b", tok.w, tok.cls, want)
		}
		if got, want := lx.firstSets[tok.first], lx.byFirst[tok.w]; !slices0Equal(got, want) {
			t.Errorf("token %q: patterns %v, want %v", tok.w, got, want)
		}
	}
}

func slices0Equal(a, b []int) bool { return len(a) == 0 && len(b) == 0 || cmp.Equal(a, b) }

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"plain", "russia attacked ukraine.", []string{"russia", "attacked", "ukraine", "."}},
		{"capitals", "RUSSIA Attacked UKRAINE", []string{"russia", "attacked", "ukraine"}},
		{"clitics", "Moscow's envoy DIDN'T come; they'll CAN'T", []string{"moscow", "'s", "envoy", "did", "n't", "come", ";", "they", "'ll", "can", "n't"}},
		{"curly apostrophe", "Kyiv\u2019s allies WON\u2019T", []string{"kyiv", "'s", "allies", "will", "n't"}},
		{"plural possessive", "THE COUNTRIES' LEADERS", []string{"the", "countries", "'s", "leaders"}},
		{"abbreviation", "The U.S. and U.N. met", []string{"the", "u.s", ".", "and", "u.n", ".", "met"}},
		{"unicode capitals", "T\u00fcrkiye and \u00c9MIRATS met", []string{"t\u00fcrkiye", "and", "\u00e9mirats", "met"}},
		{"length-changing lower case", "\u0130stanbul \u212aelvin SIGNED", []string{"istanbul", "kelvin", "signed"}},
		{"dashes and quotes", "\u201cNo\u201d \u2014 said -- the pro-Iranian", []string{"\"", "no", "\"", "-", "said", "--", "the", "pro", "-", "iranian"}},
		{"invalid UTF-8", "Iran \xff\xfeSIGNED a deal", []string{"iran", "signed", "a", "deal"}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCoder(loadLexicon(), tt.text, whole(tt.text), nil, Options{})
			c.tokenize(0, len(tt.text))
			c.spell()
			var got []string
			for _, tok := range c.toks {
				got = append(got, tok.w)
			}
			c.free()
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("tokens (-want +got):\n%s", diff)
			}
			checkTokens(t, tt.text, 0, len(tt.text))
		})
	}
}

func TestVocabTable(t *testing.T) {
	lx := loadLexicon()
	for w := range lx.vocab {
		e := lx.find(w)
		if e == nil || e.w != w {
			t.Fatalf("find(%q) = %v", w, e)
		}
		if b := lx.findBytes([]byte(w), fnvString(w)); b != e {
			t.Fatalf("findBytes(%q) = %v, want %v", w, b, e)
		}
	}
	for _, w := range []string{"", "brazil", "zzzz", "Attacked", "1987"} {
		if e := lx.find(w); e != nil {
			t.Errorf("find(%q) = %v, want nil", w, e)
		}
	}
}

// TestCodeConcurrent checks that pooled coders give the same events from
// many goroutines as from one.
func TestCodeConcurrent(t *testing.T) {
	d := prepare(benchArticle)
	code := func() []Event {
		opt := Options{We: Issuers(d.text, d.ms)}
		var evs []Event
		for _, s := range d.sents {
			evs = append(evs, CodeWith(d.text, s, d.ms, opt)...)
		}
		return evs
	}
	want := code()
	if len(want) == 0 {
		t.Fatal("no events in the benchmark article")
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Go(func() {
			for range 20 {
				if diff := cmp.Diff(want, code()); diff != "" {
					t.Errorf("concurrent events differ (-want +got):\n%s", diff)
					return
				}
			}
		})
	}
	wg.Wait()
}
