package text

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestViewFold(t *testing.T) {
	tests := []struct {
		name, in, fold string
	}{
		{"ascii", "Putin met Xi", "Putin met Xi"},
		{"diacritics", "Díaz-Canel in Türkiye", "Diaz-Canel in Turkiye"},
		{"decomposed", "Die\u0301go", "Diego"},
		{"quotes and dashes", "\u201cWe agree\u201d \u2014 he said\u2019s", "\"We agree\" - he said's"},
		{"zero width", "Rus\u200bsia", "Russia"},
		{"ellipsis", "empire\u2026 and", "empire... and"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := NewView(tt.in)
			assert.Equal(t, tt.fold, v.Fold)
			// Every folded span maps back to a valid original span.
			for i := 0; i <= len(v.Fold); i++ {
				for j := i; j <= len(v.Fold); j++ {
					s, e := v.OrigSpan(i, j)
					require.True(t, 0 <= s && s <= e && e <= len(tt.in), "span %d-%d -> %d-%d", i, j, s, e)
				}
			}
		})
	}
}

func TestViewOrigSpan(t *testing.T) {
	in := "Presidente Díaz-Canel said"
	v := NewView(in)
	i := strings.Index(v.Fold, "Diaz-Canel")
	s, e := v.OrigSpan(i, i+len("Diaz-Canel"))
	assert.Equal(t, "Díaz-Canel", in[s:e])
}

func sentTexts(in string) []string {
	v := NewView(in)
	seg := Segment(v)
	var out []string
	for _, s := range seg.Sentences {
		out = append(out, in[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"abbreviations", "Mr. Lavrov met U.S. officials on Jan. 5 in St. Petersburg. They talked.",
			[]string{"Mr. Lavrov met U.S. officials on Jan. 5 in St. Petersburg.", "They talked."}},
		{"acronym at end", "He flew to the U.S. The talks began.", []string{"He flew to the U.S.", "The talks began."}},
		{"quote", "\"We are ready.\" He said so. \"Fine,\" she added.", []string{"\"We are ready.\"", "He said so.", "\"Fine,\" she added."}},
		{"lower after period", "It rose 1.5 pct. and fell.", []string{"It rose 1.5 pct. and fell."}},
		{"lines", "Headline here\nFirst line.\nSecond line.", []string{"Headline here", "First line.", "Second line."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := cmp.Diff(tt.want, sentTexts(tt.in)); d != "" {
				t.Errorf("sentences (-want +got):\n%s", d)
			}
		})
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		name, in, place, region, date, first string
	}{
		{"tass", "Headline of the story\nMOSCOW, December 28. /TASS/. Russia said it would talk.", "MOSCOW", "", "December 28", "Russia said it would talk."},
		{"conll", "Story title.\nBRUSSELS 1996-08-22\nThe Commission said no.", "BRUSSELS", "", "1996-08-22", "The Commission said no."},
		{"reuters 1987", "OIL PRICES FALL\nWASHINGTON, March 3 - Prices fell sharply.", "WASHINGTON", "", "March 3", "Prices fell sharply."},
		{"us state", "FIRM SETS PAYOUT\nKOKOMO, Ind., March 3 - The firm paid.", "KOKOMO", "Ind.", "March 3", "The firm paid."},
		{"agency", "HAVANA (Reuters) - Cuba rejected the plan.", "HAVANA", "", "", "Cuba rejected the plan."},
		{"em dash", "UNITED NATIONS (AP) \u2014 The council met.", "UNITED NATIONS", "", "", "The council met."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := NewView(tt.in)
			seg := Segment(v)
			require.NotNil(t, seg.Dateline)
			d := seg.Dateline
			assert.Equal(t, tt.place, d.Place)
			assert.Equal(t, tt.place, tt.in[d.PlaceSpan.Start:d.PlaceSpan.End])
			assert.Equal(t, tt.region, d.Region)
			assert.Equal(t, tt.date, d.DateText)
			var first string
			for _, s := range seg.Sentences {
				if s.Start >= d.Span.End {
					first = tt.in[s.Start:s.End]
					break
				}
			}
			assert.Equal(t, tt.first, first)
		})
	}
}

func TestNoDateline(t *testing.T) {
	for _, in := range []string{
		"Russia and Cuba met.\nThey agreed.",
		"NATO said on Monday it would meet.",
		"The US President spoke.",
	} {
		seg := Segment(NewView(in))
		assert.Nil(t, seg.Dateline, in)
	}
}

func TestDatelineVariants(t *testing.T) {
	for _, tt := range []struct{ in, place, region, date string }{
		{"TITLE OF STORY\nCOLUMBUS, IND., Feb 26 - The firm said.", "COLUMBUS", "IND.", "Feb 26"},
		{"TITLE OF STORY\nWEST HARTFORD, Conn., FEb 26 -\n    Shr loss", "WEST HARTFORD", "Conn.", "FEb 26"},
		{"TITLE OF STORY\nWINNIPEG, Manitoba, March 2 - The firm said.", "WINNIPEG", "Manitoba", "March 2"},
	} {
		seg := Segment(NewView(tt.in))
		require.NotNil(t, seg.Dateline, tt.in)
		assert.Equal(t, tt.place, seg.Dateline.Place)
		assert.Equal(t, tt.region, seg.Dateline.Region)
		assert.Equal(t, tt.date, seg.Dateline.DateText)
	}
}
