package timex

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestPhraseWordsInTable checks that every first word of the phrase tables
// is in the word table, so that tokens find their phrases by word id.
func TestPhraseWordsInTable(t *testing.T) {
	wt := wordTable()
	tables := map[string]map[string][][]string{
		"seasonMods": seasonMods.byWord, "durationDets": durationDets.byWord,
		"weekdayMods": weekdayMods.byWord, "unitMods": unitMods.byWord,
		"yearEndForms": yearEndForms.byWord, "hedges": hedges.byWord, "timeHedges": timeHedges.byWord,
	}
	for name, m := range tables {
		t.Run(name, func(t *testing.T) {
			for w := range m {
				if wt.lookup(w) == nil {
					t.Errorf("%q is not in the word table", w)
				}
			}
		})
	}
	t.Run("refPhrases", func(t *testing.T) {
		for w := range refPhrases() {
			if wt.lookup(w) == nil {
				t.Errorf("%q is not in the word table", w)
			}
		}
	})
}

func TestPad(t *testing.T) {
	for _, c := range []struct {
		n, width int
		want     string
	}{
		{0, 1, "0"}, {7, 2, "07"}, {12, 2, "12"}, {123, 2, "123"}, {5, 4, "0005"}, {1998, 4, "1998"},
		{9999, 1, "9999"}, {10000, 4, "10000"}, {-5, 4, "00-5"}, {42, 6, "000042"}, {300, 1, "300"},
	} {
		t.Run(c.want, func(t *testing.T) {
			if got := pad(c.n, c.width); got != c.want {
				t.Errorf("pad(%d, %d) = %q, want %q", c.n, c.width, got, c.want)
			}
		})
	}
}

// TestWeakFollowersInTable checks the assumption of weakMayStart.
func TestWeakFollowersInTable(t *testing.T) {
	wt := wordTable()
	for _, w := range strings.Fields(weakFollowers) {
		t.Run(w, func(t *testing.T) {
			if wt.lookup(w) == nil {
				t.Errorf("%q is not in the word table", w)
			}
		})
	}
	for _, m := range []map[string]int{lex().months, lex().weekdays, lex().numbers, lex().ordinals, decadeWords} {
		for w := range m {
			if asciiAlnumLower(w) && wt.lookup(w) == nil {
				t.Errorf("%q is not in the word table", w)
			}
		}
	}
	for _, m := range []map[string]string{lex().seasons, lex().parts} {
		for w := range m {
			if wt.lookup(w) == nil {
				t.Errorf("%q is not in the word table", w)
			}
		}
	}
	for w := range lex().units {
		if wt.lookup(w) == nil {
			t.Errorf("%q is not in the word table", w)
		}
	}
	for _, h := range holidays() {
		for _, w := range h.words {
			if asciiAlnumLower(w) && wt.lookup(w) == nil {
				t.Errorf("%q is not in the word table", w)
			}
		}
	}
}

// TestFindReuse checks that the pooled scratch buffers do not leak state
// from one call into the next.
func TestFindReuse(t *testing.T) {
	texts := []string{
		strings.Repeat("The third quarter of 1998 ended on Sept. 30, the ministry said on Friday. ", 40),
		"Talks resume next month.",
		"",
		"The quarter rose 3 percent from a year earlier; the year-ago quarter was weak.",
		"MID-1990S. the '80s, 3 p.m. EST Nov. 9",
	}
	want := make([]string, len(texts))
	for i, s := range texts {
		want[i] = fmt.Sprint(Find(s, wed))
	}
	for round := range 3 {
		for i := len(texts) - 1; i >= 0; i-- {
			t.Run(fmt.Sprintf("round%d/text%d", round, i), func(t *testing.T) {
				if got := fmt.Sprint(Find(texts[i], wed)); got != want[i] {
					t.Errorf("Find(%q) = %s after other calls, want %s", texts[i], got, want[i])
				}
			})
		}
	}
}

// TestFindValuesStable checks that the expressions Find returned keep their
// values when later calls reuse the pooled buffers: the values live in an
// arena that a later scan never writes into.
func TestFindValuesStable(t *testing.T) {
	texts := []string{
		"The envoys met on Tuesday and again on Dec. 2, 2021; a truce from May 3-9 held for two weeks.",
		"Exports fell in the second quarter and every Monday morning since mid-2019, at 4:15 p.m. EST.",
		"The FY2021 budget, the spring of 1999, the 1980s and the year-ago quarter.",
	}
	kept := make([][]Expr, len(texts))
	want := make([]string, len(texts))
	for i, s := range texts {
		kept[i] = Find(s, wed)
		want[i] = fmt.Sprint(kept[i])
		if len(kept[i]) < 3 {
			t.Fatalf("Find(%q) = %v: want at least 3 expressions for the test to mean something", s, kept[i])
		}
	}
	for range 20 {
		for _, s := range texts {
			Find(strings.ToUpper(s), wed)
			Find(s, time.Date(1999, 1, 4, 0, 0, 0, 0, time.UTC))
		}
	}
	for i := range texts {
		t.Run(fmt.Sprintf("text%d", i), func(t *testing.T) {
			if got := fmt.Sprint(kept[i]); got != want[i] {
				t.Errorf("values changed after later calls: %s, want %s", got, want[i])
			}
		})
	}
}
