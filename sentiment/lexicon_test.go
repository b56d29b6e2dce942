package sentiment

import (
	"errors"
	"strings"
	"testing"
)

func TestDefaultLexicon(t *testing.T) {
	l := Default()
	if l.Len() < 400 {
		t.Fatalf("Default has %d entries, want at least 400", l.Len())
	}
	if Default() != l {
		t.Error("Default is not loaded once")
	}
	tests := []struct {
		term     string
		kind     TermKind
		positive bool
		tags     Tag
	}{
		{"constructive", KindWord, true, 0},
		{"fruitful", KindWord, true, 0},
		{"fraternal", KindWord, true, TagMutual},
		{"mutually beneficial", KindPhrase, true, 0},
		{"frank and candid", KindPhrase, false, 0},
		{"grave concern", KindPhrase, false, 0},
		{"interference in internal affairs", KindPhrase, false, TagEvent},
		{"hegemony", KindWord, false, TagEvent},
		{"aggression", KindWord, false, TagEvent},
		{"condemned", KindWord, false, TagAttitude},
		{"welcomes", KindWord, true, TagAttitude},
		{"thanked", KindWord, true, TagAttitude},
		{"unacceptable", KindWord, false, 0},
		{"war crimes", KindPhrase, false, TagEvent},
	}
	for _, tt := range tests {
		t.Run(tt.term, func(t *testing.T) {
			got, ok := l.Lookup(tt.term)
			if !ok {
				t.Fatalf("Lookup(%q) not found", tt.term)
			}
			if got.Kind != tt.kind || (got.Score > 0) != tt.positive || got.Tags&tt.tags != tt.tags {
				t.Errorf("Lookup(%q) = %+v, want kind %v positive %v tags %b", tt.term, got, tt.kind, tt.positive, tt.tags)
			}
		})
	}
	for _, m := range []struct {
		term string
		kind TermKind
	}{{"not", KindNegator}, {"never", KindNegator}, {"no longer", KindNegator}, {"without", KindNegator},
		{"very", KindIntensifier}, {"deeply", KindIntensifier}, {"strongly", KindIntensifier}, {"firmly", KindIntensifier},
		{"somewhat", KindHedge}, {"may", KindHedge}, {"slightly", KindDiminisher}} {
		t.Run("modifier/"+m.term, func(t *testing.T) {
			if got, ok := l.Lookup(m.term); !ok || got.Kind != m.kind {
				t.Errorf("Lookup(%q) = %+v, %v; want kind %v", m.term, got, ok, m.kind)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	src := "# a comment\n\nfriendly\t0.5\tword\nfrank and candid\t-0.3\tphrase\nnot\t-0.7\tnegator\nvery\t1.3\tintensifier\nmay\t0.6\thedge\nslightly\t0.5\tdiminisher\ncondemn\t-0.8\tword\tattitude,speech\n"
	l, err := Load(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	if l.Len() != 7 {
		t.Errorf("Len = %d, want 7", l.Len())
	}
	if got, _ := l.Lookup("condemn"); got.Tags != TagAttitude|TagSpeech {
		t.Errorf("tags = %b", got.Tags)
	}
	if got := l.Score("a very friendly visit"); got <= l.Score("a friendly visit") {
		t.Errorf("intensifier did not strengthen: %v", got)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, src string
		line      int
		msg       string
	}{
		{"too few fields", "good\t0.5\n", 1, "fields"},
		{"bad score", "ok\t0.1\tword\ngood\tx\tword\n", 2, "bad score"},
		{"out of range", "\n\ngood\t1.5\tword\n", 3, "out of"},
		{"unknown kind", "good\t0.5\tadverb\n", 1, "unknown kind"},
		{"unknown tag", "good\t0.5\tword\tsarcasm\n", 1, "unknown tag"},
		{"duplicate", "good\t0.5\tword\n# c\ngood\t0.4\tword\n", 3, "duplicate"},
		{"hyphen duplicate", "win-win\t0.5\tword\nwin win\t0.4\tphrase\n", 2, "duplicate"},
		{"upper case", "Good\t0.5\tword\n", 1, "lower case"},
		{"negator sign", "not\t0.5\tnegator\n", 1, "negator"},
		{"intensifier factor", "very\t0.5\tintensifier\n", 1, "intensifier"},
		{"hedge factor", "may\t1.5\thedge\n", 1, "hedge"},
		{"NaN", "good\tNaN\tword\n", 1, "bad score"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(strings.NewReader(tt.src))
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Load error = %v, want *ParseError", err)
			}
			if pe.Line != tt.line || !strings.Contains(pe.Error(), tt.msg) || !strings.Contains(pe.Error(), "line") {
				t.Errorf("Load error = %q (line %d), want line %d containing %q", pe.Error(), pe.Line, tt.line, tt.msg)
			}
		})
	}
}

func TestNilLexicon(t *testing.T) {
	var l *Lexicon
	if l.Len() != 0 || l.Score("great friends") != 0 || l.Stances("x", nil, nil, nil) != nil {
		t.Error("nil lexicon should be empty")
	}
	if _, ok := l.Lookup("good"); ok {
		t.Error("nil lexicon found a term")
	}
}

// TestSingleSpaced checks singleSpaced against the expression it replaces.
func TestSingleSpaced(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\u00a0b", "peace talks", "x y z", "\u3000", "é è"} {
		want := strings.Join(strings.Fields(s), " ") == s
		if got := singleSpaced(s); got != want {
			t.Errorf("singleSpaced(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzLoad checks that Load never panics, that its errors are ParseErrors
// with a line, and that a lexicon it loads finds each of its terms again
// and scores any text.
func FuzzLoad(f *testing.F) {
	f.Add("friendly\t0.5\tword\nfrank and candid\t-0.3\tphrase\nnot\t-0.7\tnegator\n")
	f.Add("# c\n\nvery\t1.3\tintensifier\ncondemn\t-0.8\tword\tattitude,speech\n")
	f.Add("win-win\t0.5\tword\nwin win\t0.4\tphrase\n")
	f.Add("good\tNaN\tword\r\n")
	f.Add("\xff\t0.1\tword\n")
	f.Fuzz(func(t *testing.T, src string) {
		l, err := Load(strings.NewReader(src))
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Line < 1 {
				t.Fatalf("Load error = %v, want a *ParseError with a line", err)
			}
			return
		}
		n := 0
		for line := range strings.SplitSeq(src, "\n") {
			raw := strings.TrimSpace(line)
			if raw == "" || strings.HasPrefix(raw, "#") {
				continue // as Load skips them
			}
			term, _, _ := strings.Cut(strings.TrimRight(line, "\r"), "\t")
			n++
			if _, found := l.Lookup(strings.TrimSpace(term)); !found {
				t.Fatalf("term %q of a loaded lexicon not found", term)
			}
		}
		if l.Len() != n {
			t.Fatalf("Len = %d, want %d", l.Len(), n)
		}
		_ = l.Score(src)
	})
}
