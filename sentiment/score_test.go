package sentiment

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/diplomacy-go/diplomacy/entities"
)

func TestScorePolarity(t *testing.T) {
	tests := []struct {
		name string
		text string
		sign int // -1, 0, +1
	}{
		{"neutral", "The delegation arrived in the capital on Monday.", 0},
		{"warm talks", "The two ministers held warm and constructive talks.", 1},
		{"mutually beneficial", "They discussed mutually-beneficial projects in energy.", 1},
		{"frank and candid", "The talks were frank and candid.", -1},
		{"grave concern", "The ministry expressed grave concern over the missile launch.", -1},
		{"interference", "This is interference in internal affairs.", -1},
		{"hegemony", "They oppose hegemony and bullying.", -1},
		{"negated positive", "The meeting was not constructive.", -1},
		{"negated negative", "The proposal is not unacceptable.", 1},
		{"contraction", "We don't welcome this step.", -1},
		{"never", "Such threats will never be acceptable or legitimate.", -1},
		{"no longer", "The two states are no longer friends.", -1},
		{"without", "They settled it without hostility.", 1},
		{"not only blocks negation", "The visit was not only useful but fruitful.", 1},
		{"removing an obstacle", "The offer removes a serious obstacle to progress.", 1},
		{"curly apostrophe", "We don’t welcome the decision.", -1},
		{"inside a name", "The United Nations met.", 0},
	}
	l := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := l.Score(tt.text)
			if sign(got) != tt.sign {
				t.Errorf("Score(%q) = %v, want sign %d", tt.text, got, tt.sign)
			}
		})
	}
}

func sign(x float64) int {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	}
	return 0
}

func TestScoreModifiers(t *testing.T) {
	tests := []struct {
		name     string
		plain    string
		modified string
		stronger bool // the modified text scores further from zero
	}{
		{"very", "The talks were productive.", "The talks were very productive.", true},
		{"deeply", "We are concerned.", "We are deeply concerned.", true},
		{"strongly", "Japan condemned the test.", "Japan strongly condemned the test.", true},
		{"firmly", "We support the process.", "We firmly support the process.", true},
		{"post modifier", "They condemned the attack.", "They condemned the attack in the strongest terms.", true},
		{"somewhat hedge", "The reply was constructive.", "The reply was somewhat constructive.", false},
		{"may hedge", "This is a provocation.", "This may be a provocation.", false},
		{"slightly", "Relations are strained.", "Relations are slightly strained.", false},
		{"negation weakens", "It is a hostile act.", "It is not a hostile act.", false},
	}
	l := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, m := math.Abs(l.Score(tt.plain)), math.Abs(l.Score(tt.modified))
			if p == 0 {
				t.Fatalf("Score(%q) = 0", tt.plain)
			}
			if (m > p) != tt.stronger {
				t.Errorf("|Score(%q)| = %v, |Score(%q)| = %v, want stronger=%v", tt.modified, m, tt.plain, p, tt.stronger)
			}
		})
	}
}

func TestScoreRange(t *testing.T) {
	l := Default()
	long := strings.Repeat("We strongly condemn this barbaric, brutal and illegal aggression. ", 50)
	if got := l.Score(long); got < -1 || got > -0.9 {
		t.Errorf("Score(long negative) = %v, want in [-1, -0.9]", got)
	}
	if got := l.Score(""); got != 0 {
		t.Errorf("Score(\"\") = %v", got)
	}
}

func TestTone(t *testing.T) {
	text := "The talks were fruitful. The weather was mild. Both sides praised the warm atmosphere."
	sents := []entities.Span{{Start: 0, End: 24}, {Start: 25, End: 46}, {Start: 47, End: len(text)}}
	l := Default()
	tone := l.Tone(text, sents)
	if tone <= 0 || tone > 1 {
		t.Errorf("Tone = %v, want positive", tone)
	}
	if got := l.Tone(text, nil); got <= 0 {
		t.Errorf("Tone without sentences = %v, want positive", got)
	}
	bad := []entities.Span{{Start: -3, End: 2}, {Start: 5, End: 1000}}
	if got := l.Tone(text, bad); got != 0 {
		t.Errorf("Tone with invalid spans = %v, want 0", got)
	}
	neg := "We condemn the brutal attack. It is unacceptable."
	if got := l.Tone(neg, nil); got >= 0 {
		t.Errorf("Tone(%q) = %v, want negative", neg, got)
	}
}

func FuzzScore(f *testing.F) {
	for _, s := range []string{"", "not very good", "We don't welcome it", "win-win", "«Frank» and candid…",
		"Russia's aggression", "allies'", "\xff\xfe", "n't", "'s", "- - -", "may may may not not"} {
		f.Add(s)
	}
	l := Default()
	f.Fuzz(func(t *testing.T, s string) {
		v := l.Score(s)
		if math.IsNaN(v) || v < -1 || v > 1 {
			t.Fatalf("Score(%q) = %v", s, v)
		}
		for _, tk := range tokenize(s).toks {
			if tk.start < 0 || tk.start >= tk.end || tk.end > len(s) {
				t.Fatalf("token %+v out of range in %q", tk, s)
			}
		}
		if utf8.ValidString(s) {
			_ = l.Tone(s, nil)
		}
	})
}

func BenchmarkScore(b *testing.B) {
	text := "The two presidents held frank and candid talks, but expressed deep concern over the " +
		"unprovoked aggression and welcomed the very constructive, mutually beneficial cooperation."
	l := Default()
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		l.Score(text)
	}
}
