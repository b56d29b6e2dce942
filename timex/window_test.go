package timex

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// windowed returns the expressions of text scanned in windows of chunk
// tokens, however short the text.
func windowed(text string, ref time.Time, chunk int) []Expr {
	p := newParser(text, ref)
	out := p.runWindows(-1, chunk)
	p.release()
	return out
}

// whole returns the expressions of text tokenized at once, however long.
func whole(text string, ref time.Time) []Expr {
	p := newParser(text, ref)
	out := p.runWindows(len(text), chunkToks)
	p.release()
	return out
}

// windowText is a long text of sentences whose expressions depend on
// what comes before them (quarters and years that later phrases refer
// to), on the tense around them, and on what follows them (ranges).
func windowText(r *rand.Rand, n int) string {
	parts := []string{
		"Exports rose in the third quarter of %[1]d, the ministry said.",
		"The quarter was weaker than the year-ago period.",
		"Sales fell from the previous quarter and from a year earlier.",
		"Talks will resume on %[2]s %[3]d to %[4]d, officials said.",
		"The summit held in %[1]d was followed by talks last week.",
		"He will travel on Monday and return next month.",
		"Between %[1]d and %[5]d trade doubled; the comparable comparable same year-ago quarter lagged.",
		"Q%[6]d %[1]d results are expected on Thursday at 3 p.m.",
		"The deal, signed %[7]d years ago, expires in the fourth quarter.",
		"\n\nThey met on %[3]d %[2]s.\n",
		"The ceasefire has held for six decades.",
	}
	months := []string{"January", "March", "June", "November"}
	var b strings.Builder
	for b.Len() < n {
		y := 1990 + r.IntN(40)
		fmt.Fprintf(&b, parts[r.IntN(len(parts))], y, months[r.IntN(len(months))], 1+r.IntN(20), 21+r.IntN(7), y+1+r.IntN(5), 1+r.IntN(4), 2+r.IntN(30))
		b.WriteByte(' ')
	}
	return b.String()
}

// TestWindows checks that a text has the same expressions scanned whole
// and in windows of any size.
func TestWindows(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	texts := []string{
		windowText(r, 40<<10),
		windowText(r, 9<<10),
		"In the " + strings.Repeat("comparable ", 300) + "year-ago quarter of 2021 and March 3 to 5, " + strings.Repeat("the ", 400) + "next week.",
		strings.Repeat("x ", 300) + "in the second quarter of 2020. " + strings.Repeat("y ", 390) + "the quarter was flat.",
	}
	for k, text := range texts {
		for _, ref := range []time.Time{wed, {}} {
			want := whole(text, ref)
			if len(want) == 0 {
				t.Fatalf("text %d: no expressions", k)
			}
			for _, chunk := range []int{1, 5, 64, 300, chunkToks} {
				if diff := cmp.Diff(want, windowed(text, ref, chunk)); diff != "" {
					t.Errorf("text %d, windows of %d tokens (-whole +windowed):\n%s", k, chunk, diff)
				}
			}
		}
	}
}
