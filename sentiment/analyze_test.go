package sentiment

import (
	"reflect"
	"strings"
	"testing"

	"github.com/diplomacy-go/diplomacy/entities"

	itext "github.com/diplomacy-go/diplomacy/internal/text"
)

func TestAnalyzeMatchesStancesAndTone(t *testing.T) {
	const text = "Chile welcomed Peru's fruitful proposal. The allies' talks don't help; Bolivia condemned Peru's grave provocation.\nFrance praised the very constructive co-operation with Germany."
	cut := strings.Index(text, "' talks") // a sentence starting at a clitic
	tests := []struct {
		name  string
		text  string
		sents []entities.Span
	}{
		{name: "sentences", text: text, sents: splitSentences(text)},
		{name: "no sentences", text: text},
		{name: "cut inside words", text: text, sents: []entities.Span{{Start: 3, End: 20}, {Start: 20, End: 63}, {Start: 63, End: len(text)}}},
		{name: "starts at a clitic", text: text, sents: []entities.Span{{Start: 0, End: cut}, {Start: cut, End: len(text)}}},
		{name: "cut inside don't", text: text, sents: []entities.Span{{Start: 0, End: strings.Index(text, "'t help")}, {Start: strings.Index(text, "'t help"), End: len(text)}}},
		{name: "cut inside a phrase", text: text, sents: []entities.Span{{Start: 0, End: strings.Index(text, " co-operation") + 4}, {Start: strings.Index(text, " co-operation") + 4, End: len(text)}}},
		{name: "overlapping and invalid", text: text, sents: []entities.Span{{Start: 10, End: 90}, {Start: 5, End: 40}, {Start: -1, End: 4}, {Start: 50, End: 10 * len(text)}}},
		{name: "no actors", text: "The talks were fruitful. The weather was not good.", sents: splitSentences("The talks were fruitful. The weather was not good.")},
		{name: "empty", text: ""},
	}
	l := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := findMentions(tt.text)
			vs := quoteVoices(tt.text, "CHL")
			st, tone := l.Analyze(tt.text, tt.sents, ms, vs)
			wantSt, wantTone := l.Stances(tt.text, tt.sents, ms, vs), l.Tone(tt.text, tt.sents)
			if !reflect.DeepEqual(st, wantSt) || tone != wantTone {
				t.Errorf("Analyze = %v, %v; Stances, Tone = %v, %v", st, tone, wantSt, wantTone)
			}
		})
	}
	var nilLex *Lexicon
	if st, tone := nilLex.Analyze(text, nil, findMentions(text), nil); st != nil || tone != 0 {
		t.Errorf("nil Lexicon: Analyze = %v, %v", st, tone)
	}
}

func TestTokenNorms(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{name: "upper case", text: "CONDEMNED Russia's Aggression", want: "condemned russia 's aggression"},
		{name: "don't", text: "We DON'T agree", want: "we do n't agree"},
		{name: "curly clitic", text: "Côte d’Ivoire’s allies’ WON’T", want: "côte d 'ivoire ' s allies 's wo n't"},
		{name: "hyphens and quotes", text: "«Win-win» co‑operation — “frank”", want: "\" win - win \" co - operation — \" frank \""},
		{name: "other clitics", text: "they'RE we've I'd", want: "they 're we 've i 'd"},
		{name: "invalid bytes", text: "good\xff\xfebad ÉTAT", want: "good bad état"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			toks := tokenize(tt.text)
			for k := range toks.toks {
				got = append(got, toks.normAt(k))
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("tokenize(%q) = %q, want %q", tt.text, g, tt.want)
			}
		})
	}
}

func TestASCIILower(t *testing.T) {
	for _, s := range []string{"", "already lower", "MiXeD Case", "ÉTAT Ünïcode ABC", strings.Repeat("Long TEXT ", 200)} {
		t.Run(s[:min(len(s), 16)], func(t *testing.T) {
			got := itext.LowerASCII(s)
			if len(got) != len(s) {
				t.Fatalf("itext.LowerASCII(%q) changed the length", s)
			}
			for i := 0; i < len(s); i++ {
				want := s[i]
				if want >= 'A' && want <= 'Z' {
					want += 'a' - 'A'
				}
				if got[i] != want {
					t.Fatalf("itext.LowerASCII(%q)[%d] = %q, want %q", s, i, got[i], want)
				}
			}
		})
	}
}

func FuzzAnalyze(f *testing.F) {
	f.Add("France condemned Germany's aggression. Joint Statement by Canada\nWe support Ukraine.", 3, 17)
	f.Add(`"We thank Norway," Sweden said. The allies' don't welcome it.`, 0, 5)
	f.Add("Iranian-backed Syria; Russian- and Iranian-backed forces. Not very good at all", 7, 9)
	l := Default()
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		ms := findMentions(text)
		sents := splitSentences(text)
		if a >= 0 && b >= 0 && len(text) > 0 {
			// sentences cut at arbitrary points too
			x, y := a%(len(text)+1), b%(len(text)+1)
			sents = append(sents, entities.Span{Start: min(x, y), End: max(x, y)}, entities.Span{Start: max(x, y), End: len(text)})
		}
		vs := quoteVoices(text, "SWE")
		st, tone := l.Analyze(text, sents, ms, vs)
		wantSt, wantTone := l.Stances(text, sents, ms, vs), l.Tone(text, sents)
		if !reflect.DeepEqual(st, wantSt) || tone != wantTone {
			t.Fatalf("Analyze(%q) = %v, %v; Stances, Tone = %v, %v", text, st, tone, wantSt, wantTone)
		}
		checkStances(t, text, st)
	})
}
