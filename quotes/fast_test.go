package quotes

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	itext "github.com/diplomacy-go/diplomacy/internal/text"
)

// The fast paths of the scanners must give what the plain rune-by-rune
// definitions give; the reference versions below are those definitions.

// refTokenize is tokenize written plainly: rune by rune, lower-casing each
// token with strings.ToLower.
func refTokenize(text string, lo, hi int, wrapped bool) []token {
	lo, hi = max(lo, 0), min(hi, len(text))
	isWord := func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
	}
	mk := func(s, e int, punct bool) token {
		w := text[s:e]
		l := strings.ReplaceAll(strings.ToLower(w), "’", "'")
		return token{s: s, e: e, w: w, lower: l, punct: punct}
	}
	var out []token
	for i := lo; i < hi; {
		r, n := utf8.DecodeRuneInString(text[i:hi])
		if isSpace(r) {
			if r == '\n' && refIsBreak(text, i, wrapped) {
				out = append(out, mk(i, i+n, true))
			}
			i += n
			continue
		}
		if !isWord(r) {
			out = append(out, mk(i, i+n, true))
			i += n
			continue
		}
		j := i + n
		for j < hi {
			r2, n2 := utf8.DecodeRuneInString(text[j:hi])
			if isWord(r2) {
				j += n2
				continue
			}
			if r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '.' || r2 == '&' {
				r3, _ := utf8.DecodeRuneInString(text[j+n2 : hi])
				if j+n2 < hi && isWord(r3) {
					j += n2
					continue
				}
			}
			break
		}
		if j < hi && text[j] == '.' {
			w := text[i:j]
			r, n := utf8.DecodeRuneInString(w)
			if (n == len(w) && unicode.IsUpper(r)) || strings.Contains(w, ".") || abbrevs().has(strings.ToLower(w)) {
				j++
			}
		}
		out = append(out, mk(i, j, false))
		i = j
	}
	return out
}

// refScanSingles is scanSingles visiting every byte.
func refScanSingles(text string, from, to int, wrapped bool) []rawQuote {
	if from < 0 || to > len(text) || from >= to {
		return nil
	}
	var out []rawQuote
	open := -1
	var openKind markKind
	for i := from; i < to; {
		if text[i] == '\n' && refIsBreak(text, i, wrapped) {
			open = -1
			i++
			continue
		}
		k, n := markAt(text, i)
		if n == 0 {
			i++
			continue
		}
		switch k {
		case markLeftSgl, markApos, markRightSgl:
			if open < 0 {
				if (k == markLeftSgl || k == markApos) && looksOpen(text, i, i+n) {
					open, openKind = i, k
				}
			} else if looksClose(text, i, i+n) && !unicode.IsLetter(nextRune(text, i+n)) &&
				(k == markRightSgl || (k == markApos && openKind == markApos)) {
				q := rawQuote{openStart: open, openEnd: open + sglLen(openKind), closeStart: i, closeEnd: i + n, single: true}
				if q2, ok := trimQuote(text, q); ok {
					out = append(out, q2)
				}
				open = -1
			}
		}
		i += n
	}
	return out
}

// refIsBreak is isBreak with the heading test written as strings.ToUpper.
func refIsBreak(text string, i int, wrapped bool) bool {
	if !wrapped || i+1 >= len(text) {
		return true
	}
	switch text[i+1] {
	case '\n', '\r', ' ', '\t':
		return true
	}
	if i > 0 && text[i-1] == '\n' {
		return true
	}
	line := text[strings.LastIndexByte(text[:i], '\n')+1 : i]
	return strings.ToUpper(line) == line
}

// fastSamples are texts that exercise the fast paths: ASCII and not,
// curly marks, invalid UTF-8, headings in capitals, wrapped lines.
var fastSamples = []struct{ name, text string }{
	{"empty", ""},
	{"ascii", `The minister said: "We will not sign." Mr. Dalton, 62, told U.S. reporters.`},
	{"curly", "“Nous sommes prêts,” a déclaré M. Éric Vallée — l’accord ‘tient’ toujours."},
	{"apostrophes", "Don't say ''never'' to the voters' choice, ``she said''."},
	{"invalid", "\xff\"x\xfe\" \xe2\x80 tail \xc2"},
	{"heading", "TALKS RESUME IN GENEVA\nThe delegations met on a Tuesday morning for\nfurther talks on the ceasefire and its terms.\nÉTAT D'URGENCE\nnext line"},
	{"spaces", "a\u00a0b\u2003c\td\r\ne\n\nf   g\u0085h"},
	{"long", strings.Repeat("Officials in KYIV said the \"corridor\" stays open. ", 9)},
}

func TestTokenizeMatchesReference(t *testing.T) {
	for _, tc := range fastSamples {
		t.Run(tc.name, func(t *testing.T) {
			lower := itext.LowerASCII(tc.text)
			for _, wrapped := range []bool{false, true} {
				for lo := 0; lo <= len(tc.text); lo += 7 {
					for _, hi := range []int{len(tc.text), lo + 5, lo + 40} {
						got := tokenize(nil, tc.text, lower, lo, hi, wrapped)
						want := refTokenize(tc.text, lo, hi, wrapped)
						if !slices.Equal(got, want) {
							t.Fatalf("tokenize(%d, %d, %v) = %v, want %v", lo, hi, wrapped, got, want)
						}
					}
				}
			}
		})
	}
}

func TestScanHelpers(t *testing.T) {
	for _, tc := range fastSamples {
		t.Run(tc.name, func(t *testing.T) {
			text := tc.text
			if got, want := itext.LowerASCII(text), refLowerASCII(text); got != want {
				t.Errorf("LowerASCII = %q, want %q", got, want)
			}
			for _, wrapped := range []bool{false, true} {
				for from := 0; from < len(text); from += 5 {
					got := scanSingles(nil, text, from, len(text), wrapped)
					if want := refScanSingles(text, from, len(text), wrapped); !slices.Equal(got, want) {
						t.Errorf("scanSingles(%d, %v) = %v, want %v", from, wrapped, got, want)
					}
				}
			}
			for i := 0; i <= len(text); i++ {
				want := i
				for want < len(text) && !markByte[text[want]] {
					want++
				}
				if got := skipPlain(text, i, len(text)); got != want {
					t.Errorf("skipPlain(%d) = %d, want %d", i, got, want)
				}
			}
			for i := 0; i < len(text); i++ {
				if text[i] != '\n' {
					continue
				}
				if got, want := isBreak(text, i, true), refIsBreak(text, i, true); got != want {
					t.Errorf("isBreak(%d) = %v, want %v", i, got, want)
				}
			}
			for s := range strings.SplitSeq(text, " ") {
				if got, want := isUpperLine(s), strings.ToUpper(s) == s; got != want {
					t.Errorf("isUpperLine(%q) = %v, want %v", s, got, want)
				}
				want := strings.ContainsAny(s, "\n\t\r\u00a0") || strings.Contains(s, "  ")
				if got := hasOddSpace(s); got != want {
					t.Errorf("hasOddSpace(%q) = %v, want %v", s, got, want)
				}
			}
			if got, want := hasOddSpace(text), strings.ContainsAny(text, "\n\t\r\u00a0") || strings.Contains(text, "  "); got != want {
				t.Errorf("hasOddSpace(text) = %v, want %v", got, want)
			}
		})
	}
}

func refLowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func TestSetHas(t *testing.T) {
	words := cueVerbWords + " according issued"
	s := wordSet(words)()
	in := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		in[w] = true
	}
	tests := []struct {
		name  string
		words []string
	}{
		{"members", strings.Fields(words)},
		{"others", strings.Fields("the a of saids sai s d aid xsaid SAID Said according' issue issuedd " + strings.Repeat("x", 70))},
		{"empty", []string{""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, w := range tc.words {
				if got := s.has(w); got != in[w] {
					t.Errorf("has(%q) = %v, want %v", w, got, in[w])
				}
			}
		})
	}
}

// FuzzTokenize checks tokenize and the scan helpers against their plain
// definitions on any text.
func FuzzTokenize(f *testing.F) {
	for _, tc := range fastSamples {
		f.Add(tc.text, 0, len(tc.text))
	}
	f.Fuzz(func(t *testing.T, text string, lo, hi int) {
		if len(text) > 0 {
			lo, hi = lo%len(text), hi%(len(text)+1)
		}
		for _, wrapped := range []bool{false, true} {
			got := tokenize(nil, text, itext.LowerASCII(text), lo, hi, wrapped)
			if want := refTokenize(text, lo, hi, wrapped); !slices.Equal(got, want) {
				t.Fatalf("tokenize(%q, %d, %d, %v) = %v, want %v", text, lo, hi, wrapped, got, want)
			}
		}
		if got, want := itext.LowerASCII(text), refLowerASCII(text); got != want {
			t.Fatalf("itext.LowerASCII(%q) = %q", text, got)
		}
		for _, wrapped := range []bool{false, true} {
			got := scanSingles(nil, text, max(lo, 0), min(max(hi, 0), len(text)), wrapped)
			want := refScanSingles(text, max(lo, 0), min(max(hi, 0), len(text)), wrapped)
			if !slices.Equal(got, want) {
				t.Fatalf("scanSingles(%q, %d, %d, %v) = %v, want %v", text, lo, hi, wrapped, got, want)
			}
		}
		if got, want := isUpperLine(text), strings.ToUpper(text) == text; got != want {
			t.Fatalf("isUpperLine(%q) = %v", text, got)
		}
		want := len(text) // the first candidate at or after i
		for i := len(text); i >= 0; i-- {
			if i < len(text) && markByte[text[i]] {
				want = i
			}
			if got := skipPlain(text, i, len(text)); got != want {
				t.Fatalf("skipPlain(%q, %d) = %d, want %d", text, i, got, want)
			}
		}
	})
}

func TestFindConcurrent(t *testing.T) {
	texts := []string{wireText, benchText, `"A," he said, "B."`, fastSamples[2].text, ""}
	want := make([][]Quote, len(texts))
	for i, s := range texts {
		want[i] = Find(s, nil)
	}
	done := make(chan bool)
	for g := range 4 {
		go func() {
			defer func() { done <- true }()
			for k := range 20 {
				i := (g + k) % len(texts)
				if got := Find(texts[i], nil); !slices.Equal(got, want[i]) {
					t.Errorf("text %d: concurrent Find differs", i)
					return
				}
			}
		}()
	}
	for range 4 {
		<-done
	}
}
