package entities

import (
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/diplomacy-go/diplomacy/internal/devsuite"

	"github.com/diplomacy-go/diplomacy/internal/text"
)

// suiteTexts loads the texts of an evaluation suite when the shared
// evaluation tree is present next to the module.
func suiteTexts(b *testing.B, suite string) []string {
	b.Helper()
	docs, _ := devsuite.Load(b, suite)
	texts := make([]string, len(docs))
	for i, d := range docs {
		texts[i] = d.Text
	}
	return texts
}

func benchTexts(b *testing.B, texts []string, date time.Time) {
	r := Default()
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			r.Find(t, date)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/byte")
}

// wireCopy is hard-wrapped wire copy of our own, with a capitals headline,
// a dateline, titles, appositives and anaphora.
const wireCopy = `GERMANY AND POLAND SIGN BORDER TRADE ACCORD
    WARSAW, June 4 - Germany and Poland signed an accord on
cross-border trade on Tuesday, the Polish Foreign Ministry said,
ending months of talks that the European Commission had urged.
    Polish Foreign Minister Radoslaw Sikorski said the deal would
"open a new chapter" and thanked Chancellor Olaf Scholz for his
support. Anna Kowalska, a spokeswoman for the Polish government,
said Warsaw expected NATO allies to welcome it.
    Officials in Berlin and Brussels declined to comment. Hungary,
the landlocked neighbour, said the kingdom of Sweden and the
island nation of Malta had asked to join the talks in Geneva.
`

func BenchmarkFindWire(b *testing.B) {
	benchTexts(b, []string{strings.Repeat(wireCopy, 3), benchArticle}, day("2024-06-04"))
}

func BenchmarkFindPlaces(b *testing.B) {
	benchTexts(b, suiteTexts(b, "places-dev"), day("1987-03-01"))
}

func BenchmarkFindQuotes(b *testing.B) {
	benchTexts(b, suiteTexts(b, "quotes-dev"), time.Time{})
}

// checkTokenize compares the fused tokenizer with text.Tokenize, text.Lower
// and the Token methods it replaces.
func checkTokenize(t *testing.T, r *Resolver, s string) {
	t.Helper()
	v := text.NewView(s)
	sc := &scan{r: r, v: *v, bufs: &scanBufs{}}
	sc.tokenize(v.Fold)
	want := text.Tokenize(v.Fold)
	if len(sc.toks) != len(want) {
		t.Fatalf("%q: %d tokens, want %d", s, len(sc.toks), len(want))
	}
	prevEnd := 0
	for i, w := range want {
		got := sc.tok(i)
		if got != w {
			t.Fatalf("%q: token %d = %+v, want %+v", s, i, got, w)
		}
		if l := text.Lower(w.Text); sc.lower[i] != l {
			t.Fatalf("%q: lower %d = %q, want %q", s, i, sc.lower[i], l)
		}
		if id := r.tokenID(sc.lower[i]); sc.ids[i] != id {
			t.Fatalf("%q: id of %q = %d, want %d", s, w.Text, sc.ids[i], id)
		}
		fl := sc.bufs.tf[i]
		c := w.Text[0]
		count := !(c < utf8.RuneSelf && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) && w.IsWord() && hasLetter(w.Text)
		nl := i > 0 && strings.IndexByte(v.Fold[prevEnd:w.Start], '\n') >= 0
		if fl&tCap != 0 != w.IsCap() || fl&tWord != 0 != w.IsWord() || fl&tCount != 0 != count ||
			count && fl&tUpper != 0 != w.IsUpper() || i > 0 && fl&tNL != 0 != nl {
			t.Fatalf("%q: flags of %q = %05b", s, w.Text, fl)
		}
		if fl&tOpens != 0 != strings.Contains(".!?:;\"(-", w.Text) && len(w.Text) == 1 {
			t.Fatalf("%q: opens flag of %q = %v", s, w.Text, fl&tOpens != 0)
		}
		if id := sc.ids[i]; id >= 0 && sc.bufs.kf[i] != r.tokFlags[id] || id < 0 && sc.bufs.kf[i] != 0 {
			t.Fatalf("%q: key flags of %q = %b", s, w.Text, sc.bufs.kf[i])
		}
		prevEnd = w.End
	}
}

func TestTokenizeMatchesText(t *testing.T) {
	r := Default()
	for name, s := range map[string]string{
		"empty":    "",
		"wire":     wireCopy,
		"article":  benchArticle,
		"accents":  "Président Emmanuel Macron et São Tomé; Łódź, Ærø, Straße.",
		"cyrillic": "Путин и ЛАВРОВ встретились в Москве 3 мая.",
		"mixed":    "U.S.-backed A1 x2Y ÉTATS-UNIS naïve İstanbul ǅemal ΣΟΦΊΑ",
		"spaces":   "\n\n  Lead\u00a0line\u2028next\r\nTHE END\u200b.\t\u0085x",
		"invalid":  "bad \xff\xfe bytes \xe2\x80 and\xc3",
		"marks":    "e\u0301te\u0300 A\u030a",
		"digits":   "1987/88 3rd 10-K 2,000.5",
	} {
		t.Run(name, func(t *testing.T) { checkTokenize(t, r, s) })
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{wireCopy, "Ærø ÉTATS-UNIS \xff x\u0301Y", "A\nb\n\nC"} {
		f.Add(s)
	}
	r := Default()
	f.Fuzz(func(t *testing.T, s string) { checkTokenize(t, r, s) })
}

// TestFindConcurrent checks that concurrent calls, which share pooled
// buffers, give the results of serial ones.
func TestFindConcurrent(t *testing.T) {
	r := Default()
	texts := []string{wireCopy, benchArticle, strings.Repeat(wireCopy, 4), "Ærø and Łódź: President Putin in Moscow.", ""}
	d := day("2024-06-04")
	want := make([][]Mention, len(texts))
	for i, s := range texts {
		want[i] = r.Find(s, d)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 20; k++ {
				i := (g + k) % len(texts)
				if got := r.Find(texts[i], d); !slices.Equal(got, want[i]) {
					errs <- texts[i][:min(20, len(texts[i]))]
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("concurrent Find differs on %q", e)
	}
}

// TestEndTokens checks the one-walk endTokens against a binary search for
// each mention, on texts whose mentions end inside tokens, at the end of
// the text and after non-ASCII folds.
func TestEndTokens(t *testing.T) {
	texts := []string{
		wireCopy,
		"Russia's envoy met the Cuban Foreign Minister in Havana.",
		"Ministers from Türkiye and Côte d'Ivoire met in Geneva",
		strings.Repeat("France and Germany urged Iran, the UN said. ", 50),
		"",
	}
	r := Default()
	for _, s := range texts {
		b := scanPool.Get().(*scanBufs)
		sc := &scan{r: r, v: text.MakeView(s), date: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), people: b.people, bufs: b}
		sc.tokenize(sc.v.Fold)
		sc.out = r.Find(s, sc.date)
		// The mentions out of order too, as officials may see them.
		slices.Reverse(sc.out)
		got := slices.Clone(sc.endTokens())
		for k, m := range sc.out {
			want, _ := slices.BinarySearchFunc(sc.toks, m.End, func(tk span32, off int) int {
				st, _ := sc.v.OrigSpan(int(tk.start), int(tk.end))
				return st - off
			})
			if got[k] != want {
				t.Errorf("%.30q: mention %q ends at %d: token %d, want %d", s, m.Text, m.End, got[k], want)
			}
		}
		b.release()
	}
}

// TestFindLongText checks the path of texts too long for the pooled
// buffers (over 1<<16 tokens), where the mentions are handed out without a
// copy: every mention is found, and later calls do not write over them.
func TestFindLongText(t *testing.T) {
	const sentence = "Envoys from France and Kenya met in Nairobi on Monday. "
	long := strings.Repeat(sentence, 8000) // about 96,000 tokens
	r := Default()
	date := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	got := r.Find(long, date)
	if len(got) != 3*8000 {
		t.Fatalf("%d mentions, want %d", len(got), 3*8000)
	}
	want := slices.Clone(got)
	r.Find(long, date)
	for range 4 {
		r.Find(sentence+sentence, date)
	}
	if !slices.Equal(got, want) {
		t.Fatal("a later call changed the mentions of a long text")
	}
	for i, m := range got {
		if long[m.Start:m.End] != m.Text {
			t.Fatalf("mention %d: %q at %d-%d", i, m.Text, m.Start, m.End)
		}
	}
}
