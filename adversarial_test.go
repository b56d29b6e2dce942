package diplomacy_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/diplomacy-go/diplomacy"
	"github.com/diplomacy-go/diplomacy/internal/devsuite"
)

// TestAdversarial feeds inputs built to break parsers: each must parse (or
// be rejected with a typed error) quickly, with exact spans.
func TestAdversarial(t *testing.T) {
	const short = "Russia and \u201cCuba\u201d met in Moscow on Monday."
	tests := []struct {
		name string
		in   string
	}{
		{"8 MiB of one word", strings.Repeat("diplomacy ", 8<<20/10)},
		{"1 MiB without a space", strings.Repeat("x", 1<<20)},
		{"100k quotation marks", strings.Repeat("\"", 100000)},
		{"100k mixed quotes", strings.Repeat("\u201c\u2018\u00ab\"", 25000)},
		{"deep brackets", strings.Repeat("(", 50000) + "Russia" + strings.Repeat(")", 50000)},
		{"all capitals", strings.Repeat("RUSSIA AND CUBA SIGN ACCORD IN HAVANA. ", 2000)},
		{"mixed scripts", strings.Repeat("Путин и Díaz-Canel 会谈 في موسكو Russia ", 2000)},
		{"CRLF", strings.Repeat("MOSCOW, Dec. 28 (Wire) - Russia met Cuba.\r\n\r\n", 500)},
		{"BOM", "\ufeffRussia and Cuba signed a treaty on Monday."},
		{"zero width", "Rus\u200bsia and Cu\u200dba\u2060 met \ufeffin Mos\u200ccow."},
		{"many sentences", strings.Repeat("The U.S. said. ", 50000)},
		{"many names", strings.Repeat("President Putin met President Xi. ", 20000)},
		{"dateline only", "MOSCOW, December 28. /TASS/."},
		{"long line of dashes", strings.Repeat("- ", 100000)},
	}
	p, err := diplomacy.NewParser(diplomacy.Options{})
	require.NoError(t, err)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			doc, err := p.Parse(tt.in, day("2022-12-28"))
			if err != nil {
				var ie *diplomacy.InputError
				require.True(t, errors.As(err, &ie), "untyped error %v", err)
				return
			}
			checkSpans(t, tt.in, doc)
			// Generous even under the race detector; quadratic behaviour
			// on these inputs takes minutes.
			if d := time.Since(start); d > 60*time.Second {
				t.Errorf("took %v", d)
			}
		})
	}
	// Invalid UTF-8 at every position of a short text: a typed error that
	// points at the byte, never a panic.
	for i := 0; i <= len(short); i++ {
		bad := short[:i] + "\xff" + short[i:]
		_, err := p.Parse(bad, time.Time{})
		require.ErrorIs(t, err, diplomacy.ErrInvalidUTF8, "position %d", i)
		var ie *diplomacy.InputError
		require.True(t, errors.As(err, &ie))
		// Inside a multi-byte rune the invalid sequence starts at that rune.
		require.True(t, ie.Offset <= i && ie.Offset >= i-3, "offset %d for position %d", ie.Offset, i)
	}
}

// TestDevSuitesJoined parses each development suite's texts joined into
// one long document, once by blank lines and once run together, so that
// rules meet neighbours they never meet in a single article (the first run
// found a panic in quote attribution). Skipped where ../shared is absent.
func TestDevSuitesJoined(t *testing.T) {
	if testing.Short() {
		t.Skip("long documents")
	}
	for _, suite := range []string{"diplo-dev", "mentions-dev", "places-dev", "plover-dev", "quotes-dev", "timex-dev"} {
		docs, _ := devsuite.Load(t, suite)
		texts := make([]string, len(docs))
		for i, d := range docs {
			texts[i] = d.Text
		}
		for _, sep := range []string{"\n\n", " "} {
			s := strings.Join(texts, sep)
			doc, err := diplomacy.Parse(s, time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC))
			if err != nil {
				t.Fatalf("%s joined by %q: %v", suite, sep, err)
			}
			checkSpans(t, s, doc)
		}
	}
}
